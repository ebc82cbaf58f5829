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
python3 "$(dirname "$0")/pair-summary.py" "$work/times" small corpus "small file" corpus
rm -rf "$work"
