#!/usr/bin/env bash
# Fails when a layer includes a layer after it (text -> store -> align -> analyze -> report -> cli),
# or when a public header names a third-party library's types.
set -u
root=${1:-.}
cd "$root" || exit 2
allowed() {  # layer -> layers it may include
  case $1 in
    base) echo "base" ;;
    text) echo "base text" ;;
    store) echo "base text store" ;;
    align) echo "base text align" ;;
    analyze) echo "base text align analyze" ;;
    report) echo "base text align analyze report" ;;
  esac
}
bad=0
for layer in base text store align analyze report; do
  ok=$(allowed "$layer")
  for f in $(find "include/revisor/$layer" "src/$layer" -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null); do
    for inc in $(grep -oE '#include "revisor/[a-z_]+/' "$f" | sed -E 's|.*revisor/([a-z_]+)/|\1|'); do
      case " $ok " in *" $inc "*) ;; *) echo "$f: layer $layer includes revisor/$inc/"; bad=1 ;; esac
    done
  done
done
leaks=$(grep -rnE '#include <(git2|unicode/|gumbo|re2/|dtl/|CLI/|nlohmann/)' include/ 2>/dev/null)
if [ -n "$leaks" ]; then echo "third-party headers in public headers:"; echo "$leaks"; bad=1; fi
[ $bad -eq 0 ] && echo "layering: ok"
exit $bad
