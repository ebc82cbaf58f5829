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
python3 "$(dirname "$0")/pair-summary.py" "$work/times" a b A B
rm -rf "$work"
