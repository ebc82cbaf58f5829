#!/bin/sh
# Extracts every template file of a git repository (a bare git dir is fine) for
# PublicTemplatesTest: the files at HEAD under OUT/head, and each file removed in
# history at its last version, with the whole tree of that version around it (so its
# get_file and nested-template neighbours resolve), under OUT/removed/<commit>/.
# OUT/templates.txt lists the candidate files (.yaml/.yml/.template/.json), one a line;
# the test decides which of them are templates.
#   public-templates.sh /work/.mirror/openstack+heat-templates/repo /tmp/public-templates
set -eu
GIT_DIR=$1
OUT=$2
export GIT_DIR
rm -rf "$OUT"
mkdir -p "$OUT/head"
git archive HEAD | tar -x -C "$OUT/head"
git ls-tree -r --name-only HEAD | grep -E '\.(yaml|yml|template|json)$' | sed 's|^|head/|' \
  > "$OUT/templates.txt"
git log --no-renames --diff-filter=D --name-only --pretty=format: \
  | grep -E '\.(yaml|yml|template|json)$' | sort -u | while read -r path; do
  if git cat-file -e "HEAD:$path" 2>/dev/null; then
    continue
  fi
  gone=$(git log -1 --format=%H -- "$path")
  at=$(printf %.12s "$gone")
  if [ ! -d "$OUT/removed/$at" ]; then
    mkdir -p "$OUT/removed/$at"
    git archive "$gone^" | tar -x -C "$OUT/removed/$at"
  fi
  echo "removed/$at/$path" >> "$OUT/templates.txt"
done
wc -l < "$OUT/templates.txt"
