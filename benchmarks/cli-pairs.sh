#!/usr/bin/env bash
# Whole-process pairs of `hot validate FILE`, in alternating order, for two class paths, each
# with its own AppCDS archive (made here on first use). Prints the median wall and CPU
# (user + sys) times and the per-pair ratios B/A.
# JVM options for one side only: JAVA_OPTS_A, JAVA_OPTS_B (e.g. JAVA_OPTS_B=-XX:TieredStopAtLevel=1,
# as ./hot runs the jar now).
#   benchmarks/cli-pairs.sh PAIRS CLASSPATH_A CLASSPATH_B [FILE]
set -euo pipefail
pairs=$1 a=$2 b=$3
file=${4:-"$(cd "$(dirname "$0")/.." && pwd)/hot-cli/src/cds/training.yaml"}
work=$(mktemp -d)
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
for side in a b; do
  cp=${!side}
  java -XX:ArchiveClassesAtExit="$work/$side.jsa" "${quiet[@]}" -cp "$cp" io.hotdsl.cli.Hot \
    validate "$file" >/dev/null 2>&1
done
run() {
  local cp=${!1}
  local opts=JAVA_OPTS_${1^^}
  # shellcheck disable=SC2086
  /usr/bin/time -f "$1 %e %U %S" -a -o "$work/times" java ${!opts:-} -XX:SharedArchiveFile="$work/$1.jsa" \
    "${quiet[@]}" -cp "$cp" io.hotdsl.cli.Hot validate "$file" >/dev/null 2>&1
}
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 0 ]; then run a; run b; else run b; run a; fi
done
python3 - "$work/times" <<'P'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.split() and l.split()[0] in ('a', 'b')]
a = [r for r in rows if r[0] == 'a']; b = [r for r in rows if r[0] == 'b']
cpu = lambda r: float(r[2]) + float(r[3])
wall = [float(y[1]) / float(x[1]) for x, y in zip(a, b)]
cpus = [cpu(y) / cpu(x) for x, y in zip(a, b)]
print('pairs', len(wall))
print('wall median: A %.2f s, B %.2f s; per-pair B/A %.2f (%.2f-%.2f)' % (
    st.median(float(r[1]) for r in a), st.median(float(r[1]) for r in b), st.median(wall),
    min(wall), max(wall)))
print('CPU median: A %.2f s, B %.2f s; per-pair B/A %.2f (%.2f-%.2f)' % (
    st.median(cpu(r) for r in a), st.median(cpu(r) for r in b), st.median(cpus), min(cpus),
    max(cpus)))
P
rm -rf "$work"
