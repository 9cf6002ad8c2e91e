#!/usr/bin/env bash
# Layering guard over include/ and src/: fails on an include that points up the flow
# (text -> store -> align -> analyze -> report; import beside them, on base, text and store; watch
# after report and import -> cli), into another layer's private headers, or at a
# third-party library the layer does not link; public headers name no third-party or private header.
# Usage: layering_test.sh [source root]. Prints one line per violation, naming file and line.
set -u
root=${1:-.}
cd "$root" || exit 2

# Every layer, in the order of the flow. A directory under src/ or include/revisor/ not listed here
# fails the guard, so a new layer has to be given its rows below.
layers="base text store align analyze report import watch cli"

# layer -> revisor layers whose public headers ("revisor/<layer>/...") it may include.
declare -A revisor_layers=(
  [base]="base"
  [text]="base text"
  [store]="base text store"
  [align]="base text align"
  [analyze]="base text align analyze"
  [report]="base text align analyze report"
  [import]="base text store import"
  [watch]="base text store align analyze report import watch"
  [cli]="base text store align analyze report import watch"
)

# layer -> third-party header prefixes its sources (src/<layer>/) may include. The rows mirror the
# PRIVATE_DEPS of each revisor_layer(...) in CMakeLists.txt and the links of the revisor executable
# for cli. Every third-party header sits in /usr/include, on every include path, so this table and not
# the build is what keeps <git2.h> out of src/report.
declare -A third_party=(
  [base]="fmt/"
  [text]="unicode/ gumbo re2/ nlohmann/ fmt/"
  [store]="git2 nlohmann/ openssl/ fmt/"
  [align]="dtl/ fmt/"
  [analyze]="re2/ unicode/ fmt/ wn.h"
  [report]="nlohmann/ fmt/"
  [import]="nlohmann/ fmt/ sqlite3"
  [watch]="curl/ libxml/ re2/ nlohmann/ fmt/"
  [cli]="CLI/ nlohmann/ fmt/"
)

# The third-party header prefixes the guard recognizes ("git2" covers <git2.h> and <git2/...>).
# Anything else (the standard library, POSIX) is not checked.
known_third_party="git2 unicode/ gumbo re2/ dtl/ CLI/ nlohmann/ fmt/ openssl/ libxml/ curl/ sqlite3 httplib catch2 wn.h"

bad=0
fail() {
  echo "$1"
  bad=1
}
in_list() {  # in_list WORD "LIST": WORD is one of LIST's words
  case " $2 " in *" $1 "*) return 0 ;; *) return 1 ;; esac
}
third_party_prefix() {  # sets `prefix` to the known prefix an include path starts with, if any
  local p
  for p in $known_third_party; do
    case $1 in "$p"*) prefix=$p && return 0 ;; esac
  done
  return 1
}

# check FILE LAYER public|private
check() {
  local file=$1 layer=$2 kind=$3 line text path first prefix
  local re='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"]'
  while IFS=: read -r line text; do
    [[ $text =~ $re ]] || continue
    path=${BASH_REMATCH[1]}
    first=${path%%/*}
    if [[ $path == revisor/*/* ]]; then
      local target=${path#revisor/}
      target=${target%%/*}
      in_list "$target" "${revisor_layers[$layer]}" ||
        fail "$file:$line: layer $layer includes revisor/$target/ (allowed: ${revisor_layers[$layer]})"
    elif [[ $path == */* ]] && in_list "$first" "$layers"; then
      if [ "$kind" = public ]; then
        fail "$file:$line: public header includes private header $path"
      elif [ "$first" != "$layer" ]; then
        fail "$file:$line: layer $layer includes $first's private header $path"
      fi
    elif third_party_prefix "$path"; then
      if [ "$kind" = public ]; then
        fail "$file:$line: public header includes third-party header $path"
      elif ! in_list "$prefix" "${third_party[$layer]}"; then
        fail "$file:$line: layer $layer includes third-party header $path (allowed: ${third_party[$layer]})"
      fi
    fi
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$file")
}

sources() {  # every C++ source or header under a directory
  find "$1" -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.cpp' -o -name '*.cc' \) | sort
}

for dir in include/revisor/* src/*; do
  [ -d "$dir" ] || continue
  in_list "${dir##*/}" "$layers" || fail "$dir: not a known layer (add it to the tables in $0)"
done
# Public headers outside include/revisor/<layer>/ are still public: held to the same rules.
while read -r f; do
  layer=${f#include/revisor/}
  layer=${layer%%/*}
  in_list "$layer" "$layers" || layer=base
  check "$f" "$layer" public
done < <(sources include)
for layer in $layers; do
  [ -d "src/$layer" ] || continue
  while read -r f; do check "$f" "$layer" private; done < <(sources "src/$layer")
done

[ $bad -eq 0 ] && echo "layering: ok"
exit $bad
