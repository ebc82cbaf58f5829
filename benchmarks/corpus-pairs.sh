#!/usr/bin/env bash
# `hot validate --root CORPUS CORPUS` (every template below CORPUS in one call) against `hot
# validate FILE` (one small file), whole processes in alternating order, both as ./hot runs them
# (C1 only, with an AppCDS archive made here first as ./hot makes it). Prints the median wall and
# CPU (user + sys) times and the min / median / max of the per-pair ratios corpus / small file.
#   benchmarks/corpus-pairs.sh PAIRS HOT_JAR CORPUS [FILE]
set -euo pipefail
pairs=$1 jar=$2 corpus=$3
file=${4:-"$(cd "$(dirname "$0")/.." && pwd)/hot-cli/src/cds/training.yaml"}
work=$(mktemp -d)
quiet=(-Xlog:cds=off -Xlog:cds+dynamic=off)
java -XX:ArchiveClassesAtExit="$work/hot.jsa" "${quiet[@]}" -jar "$jar" validate "$file" \
  >/dev/null 2>&1
hot() {
  java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/hot.jsa" "${quiet[@]}" -jar "$jar" \
    validate "$@"
}
run() {
  # exit 1 when a template is invalid: expected for a corpus; 2 (usage, I/O) is not
  local rc=0
  if [ "$1" = small ]; then
    /usr/bin/time -f "small %e %U %S" -a -o "$work/times" bash -c "$(declare -f hot); \
      quiet=(${quiet[*]}); work=$work; jar=$jar; hot '$file'" >/dev/null 2>&1 || rc=$?
  else
    /usr/bin/time -f "corpus %e %U %S" -a -o "$work/times" bash -c "$(declare -f hot); \
      quiet=(${quiet[*]}); work=$work; jar=$jar; hot --root '$corpus' '$corpus'" \
      >"$work/out" 2>&1 || rc=$?
  fi
  [ "$rc" -le 1 ] || { echo "hot validate exited $rc" >&2; exit 2; }
}
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 0 ]; then run small; run corpus; else run corpus; run small; fi
done
tail -1 "$work/out"
python3 - "$work/times" <<'P'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1]) if l.split() and l.split()[0] in ('small', 'corpus')]
a = [r for r in rows if r[0] == 'small']; b = [r for r in rows if r[0] == 'corpus']
cpu = lambda r: float(r[2]) + float(r[3])
wall = sorted(float(y[1]) / float(x[1]) for x, y in zip(a, b))
cpus = sorted(cpu(y) / cpu(x) for x, y in zip(a, b))
print('pairs', len(wall))
print('wall median: small file %.2f s, corpus %.2f s; per-pair corpus/small %.2f (min %.2f, max %.2f)' % (
    st.median(float(r[1]) for r in a), st.median(float(r[1]) for r in b), st.median(wall),
    wall[0], wall[-1]))
print('CPU median: small file %.2f s, corpus %.2f s; per-pair corpus/small %.2f (min %.2f, max %.2f)' % (
    st.median(cpu(r) for r in a), st.median(cpu(r) for r in b), st.median(cpus), cpus[0],
    cpus[-1]))
P
rm -rf "$work"
