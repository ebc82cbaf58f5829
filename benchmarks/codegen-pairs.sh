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
python3 "$(dirname "$0")/pair-summary.py" "$work/times" a b A B
rm -rf "$work"
