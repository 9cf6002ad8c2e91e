#!/usr/bin/env bash
# Fails when a Catch2 test name holds a ';': catch_discover_tests stores names in a CMake list, so such
# a test is registered as two names that match nothing that run nothing and pass: the real test never runs.
# Likewise for a name starting with '-'.
set -u
root=${1:-.}
bad=$(grep -rnE '(TEST_CASE|SCENARIO)\("[^"]*;' "$root/tests" --include='*.cpp')
if [ -n "$bad" ]; then echo "test names with ';' (CTest would split them):"; echo "$bad"; exit 1; fi
# A name starting with '-' reaches the test program as an option: Catch2 prints its help, runs
# nothing and exits 0.
bad=$(grep -rnE '(TEST_CASE|SCENARIO)\("-' "$root/tests" --include='*.cpp')
if [ -n "$bad" ]; then echo "test names starting with '-' (Catch2 would read them as options):"; echo "$bad"; exit 1; fi
echo "test names: ok"
