#!/usr/bin/env bash
# Proves the layering guard can fail: plants one bad include at a time into a copy of include/ and
# src/, and requires layering_test.sh to reject each copy naming the planted file, and to pass the clean copy.
# Usage: layering_planted_test.sh [source root].
set -u
root=$(cd "${1:-.}" && pwd) || exit 2
guard="$root/tests/layering_test.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/revisor-layering-XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
bad=0

fresh_copy() {  # a clean copy of the tree the guard reads, in $work/tree
  rm -rf "$work/tree"
  mkdir -p "$work/tree"
  cp -R "$root/include" "$root/src" "$work/tree/"
}

first_file() {  # the first file of a directory of the copy matching a glob, relative to the copy
  (cd "$work/tree" && find "$1" -maxdepth 1 -type f -name "$2" | sort | head -n 1)
}

# plant NAME DIR GLOB INCLUDE: the guard must fail on the copy and name the planted file.
plant() {
  local name=$1 file out
  fresh_copy
  file=$(first_file "$2" "$3")
  if [ -z "$file" ]; then
    echo "FAIL $name: no $3 under $2 to plant into"
    bad=1
    return
  fi
  printf '%s\n' "$4" >>"$work/tree/$file"
  if out=$(bash "$guard" "$work/tree" 2>&1); then
    echo "FAIL $name: the guard passed with '$4' in $file"
    bad=1
  elif ! grep -qF "$file:" <<<"$out"; then
    echo "FAIL $name: the guard failed without naming $file:"
    echo "$out"
    bad=1
  else
    echo "ok   $name: $(grep -F "$file:" <<<"$out" | head -n 1)"
  fi
}

fresh_copy
if out=$(bash "$guard" "$work/tree" 2>&1); then
  echo "ok   clean copy passes"
else
  echo "FAIL the guard rejects the unplanted tree:"
  echo "$out"
  bad=1
fi

plant "backward revisor include" src/text '*.cpp' '#include "revisor/report/render.h"'
plant "third-party header in the wrong layer" src/report '*.cpp' '#include <git2.h>'
plant "another layer's private header" src/analyze '*.cpp' '#include "store/git_handles.h"'
plant "cli reaching into a layer's private header" src/cli '*.cpp' '#include "report/display.h"'
plant "third-party header in a public header" include/revisor/report '*.h' '#include <nlohmann/json.hpp>'
plant "private header in a public header" include/revisor/text '*.h' '#include "text/dom.h"'

exit $bad
