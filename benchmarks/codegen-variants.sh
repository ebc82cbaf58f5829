#!/usr/bin/env bash
# Codegen of the whole Heat snapshot as the build runs it (`Codegen --snapshot --out ...
# --resources-out ... --json-schema` into empty folders), whole processes, several variants
# (class path and JVM options) run in rotating order each round. Prints per variant the median
# wall, CPU (user + sys) and codegen's own "in N ms", and the min / median / max of the per-round
# ratios to the first variant.
#   benchmarks/codegen-variants.sh ROUNDS 'NAME|CLASSPATH|JVM OPTIONS' 'NAME|CLASSPATH|JVM OPTIONS'...
set -euo pipefail
rounds=$1
shift
variants=("$@")
work=$(mktemp -d)
n=${#variants[@]}
for i in $(seq 1 "$rounds"); do
  for k in $(seq 0 $((n - 1))); do
    v=${variants[$(((k + i) % n))]}
    IFS='|' read -r name cp opts <<<"$v"
    rm -rf "$work/out" "$work/res"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$work/t" java $opts -cp "$cp" io.hotdsl.codegen.Codegen \
      --snapshot --out "$work/out" --resources-out "$work/res" --json-schema >"$work/o"
    echo "$i $name $(cat "$work/t") $(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' "$work/o")" >>"$work/rows"
  done
done
python3 - "$work/rows" "${variants[@]}" <<'P'
import statistics as st, sys
rows = [l.split() for l in open(sys.argv[1])]
names = [v.split('|')[0] for v in sys.argv[2:]]
by = {(r[0], r[1]): r for r in rows}
rounds = sorted({r[0] for r in rows}, key=int)
base = names[0]
def m(r, what):
    return {'wall': float(r[2]), 'cpu': float(r[3]) + float(r[4]), 'printed': float(r[5]) / 1000}[what]
for name in names:
    line = [name]
    for what in ('wall', 'cpu', 'printed'):
        vals = [m(by[(i, name)], what) for i in rounds]
        ratios = sorted(m(by[(i, name)], what) / m(by[(i, base)], what) for i in rounds)
        line.append('%s %.2f s (min %.2f), ratio %.2f (%.2f-%.2f)' % (
            what, st.median(vals), min(vals), st.median(ratios), ratios[0], ratios[-1]))
    print(' | '.join(line))
P
rm -rf "$work"
