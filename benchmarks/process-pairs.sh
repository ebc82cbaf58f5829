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
python3 "$(dirname "$0")/pair-summary.py" "$work/times" a b "A (Jackson)" "B (hot)"
rm -rf "$work"
