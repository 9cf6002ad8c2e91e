# Sourced by bench/eval-text and bench/segment: builds the text layer in Release (build/bench-text)
# and compiles one bench program against it. Usage: build_text_tool SOURCE.cpp OUTPUT
build_text_tool() {
  local root build
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  build="$root/build/bench-text"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREVISOR_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target revisor_text >/dev/null
  local icu
  icu="$(pkg-config --libs icu-i18n icu-uc)"
  # shellcheck disable=SC2086
  g++ -std=c++20 -O2 -DNDEBUG -I"$root/include" -I"$root/src" "$1" -o "$2" \
    "$build/librevisor_text.a" "$build/librevisor_base.a" -lgumbo $icu -lfmt
}
