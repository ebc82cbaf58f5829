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
python3 "$(dirname "$0")/pair-summary.py" "$work/times" a b A B
rm -rf "$work"
