#!/usr/bin/env bash
# Whole processes (JVM start included), in alternating order: A `WholeProcess jackson N` (the tree
# as plain maps, written by Jackson's YAMLMapper), B `WholeProcess hot N` (built with the typed
# DSL, validated, rendered by HotRenderer.yaml). Prints the median wall and CPU (user + sys) times
# and the min / median / max of the per-round ratios B/A.
#   benchmarks/process-pairs.sh ROUNDS N [JAR]
set -euo pipefail
rounds=$1 n=$2
jar=${3:-"$(cd "$(dirname "$0")" && pwd)/target/benchmarks.jar"}
work=$(mktemp -d)
run() {
  /usr/bin/time -f "$1 %e %U %S" -a -o "$work/times" java -cp "$jar" \
    io.hotdsl.benchmarks.WholeProcess "$2" "$n" >/dev/null
}
[ "$(java -cp "$jar" io.hotdsl.benchmarks.WholeProcess check "$n")" = true ] \
  || { echo "the two trees differ" >&2; exit 1; }
for i in $(seq 1 "$rounds"); do
  if [ $((i % 2)) = 0 ]; then run a jackson; run b hot; else run b hot; run a jackson; fi
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
