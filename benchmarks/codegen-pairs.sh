#!/usr/bin/env bash
# Codegen of the whole Heat snapshot as the build runs it (`Codegen --snapshot --out ...
# --resources-out ... --json-schema` into empty folders), as whole processes, two class paths in
# alternating order. Prints the median wall and CPU (user + sys) times and the min / median / max
# of the per-round ratios B/A.
#   benchmarks/codegen-pairs.sh ROUNDS CLASSPATH_A CLASSPATH_B
set -euo pipefail
rounds=$1 a=$2 b=$3
work=$(mktemp -d)
run() {
  local cp=${!1}
  rm -rf "$work/out" "$work/res"
  /usr/bin/time -f "$1 %e %U %S" -a -o "$work/times" java -cp "$cp" io.hotdsl.codegen.Codegen \
    --snapshot --out "$work/out" --resources-out "$work/res" --json-schema >/dev/null
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
print('wall: A median %.2f s (min %.2f), B median %.2f s (min %.2f); per-round B/A %.2f (min %.2f, max %.2f)' % (
    st.median(float(r[1]) for r in a), min(float(r[1]) for r in a),
    st.median(float(r[1]) for r in b), min(float(r[1]) for r in b), st.median(wall), wall[0], wall[-1]))
print('CPU: A median %.2f s (min %.2f), B median %.2f s (min %.2f); per-round B/A %.2f (min %.2f, max %.2f)' % (
    st.median(cpu(r) for r in a), min(cpu(r) for r in a), st.median(cpu(r) for r in b),
    min(cpu(r) for r in b), st.median(cpus), cpus[0], cpus[-1]))
P
rm -rf "$work"
