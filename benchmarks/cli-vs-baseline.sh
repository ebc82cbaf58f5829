#!/usr/bin/env bash
# `hot validate FILE` as whole processes, old against new, in alternating order: A is a jar run as
# the ./hot of its day ran it (`java -jar`, no archive: the baseline of issue 21), B a jar run as
# ./hot runs it now (C1 only, with the AppCDS archive made here first, as ./hot makes it). Prints the
# median wall and CPU (user + sys) times and the min / median / max of the per-round ratios B/A.
#   benchmarks/cli-vs-baseline.sh ROUNDS OLD.jar NEW.jar [FILE]
set -euo pipefail
rounds=$1 a=$2 b=$3
file=${4:-"$(cd "$(dirname "$0")/.." && pwd)/hot-cli/src/cds/training.yaml"}
work=$(mktemp -d)
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
java -XX:ArchiveClassesAtExit="$work/b.jsa" "${quiet[@]}" -jar "$b" validate "$file" >/dev/null 2>&1
run() {
  if [ "$1" = a ]; then
    /usr/bin/time -f "a %e %U %S" -a -o "$work/times" java -jar "$a" validate "$file" >/dev/null 2>&1
  else
    /usr/bin/time -f "b %e %U %S" -a -o "$work/times" java -XX:TieredStopAtLevel=1 \
      -XX:SharedArchiveFile="$work/b.jsa" \
      "${quiet[@]}" -jar "$b" validate "$file" >/dev/null 2>&1
  fi
}
for i in $(seq 1 "$rounds"); do
  if [ $((i % 2)) = 0 ]; then run a; run b; else run b; run a; fi
done
python3 - "$work/times" <<'P'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.split() and l.split()[0] in ('a', 'b')]
a = [r for r in rows if r[0] == 'a']; b = [r for r in rows if r[0] == 'b']
cpu = lambda r: float(r[2]) + float(r[3])
wall = sorted(float(y[1]) / float(x[1]) for x, y in zip(a, b))
cpus = sorted(cpu(y) / cpu(x) for x, y in zip(a, b))
print('rounds', len(wall))
print('wall median: A %.2f s, B %.2f s; per-round B/A %.2f (min %.2f, max %.2f)' % (
    st.median(float(r[1]) for r in a), st.median(float(r[1]) for r in b), st.median(wall),
    wall[0], wall[-1]))
print('CPU median: A %.2f s, B %.2f s; per-round B/A %.2f (min %.2f, max %.2f)' % (
    st.median(cpu(r) for r in a), st.median(cpu(r) for r in b), st.median(cpus), cpus[0],
    cpus[-1]))
P
rm -rf "$work"
