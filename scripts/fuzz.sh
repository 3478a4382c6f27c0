#!/usr/bin/env bash
# Builds the libFuzzer targets (clang) and runs each one after the other for SECONDS seconds
# (default 600), logging to build-fuzz/logs/<target>.log. Usage:
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 60 period enumeration
# A crash stops that target and leaves crash-*/leak-*/timeout-* files in build-fuzz/tests/fuzz/.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(smart_analyser period enumeration header_mapper catalogue vocabulary data_files)
fi
cmake -S . -B build-fuzz -DCONCORD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCORD_TEMPLATES=OFF >/dev/null || exit 1
cmake --build build-fuzz -j"$(nproc)" --target fuzz_all || exit 1
mkdir -p build-fuzz/logs
status=0
for target in "${targets[@]}"; do
  dict=()
  case $target in catalogue | vocabulary | data_files) dict=(-dict=tests/fuzz/json.dict) ;; esac
  mkdir -p "build-fuzz/tests/fuzz/corpus/$target"
  echo "fuzz_$target: ${seconds}s, log build-fuzz/logs/$target.log"
  "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    "${dict[@]}" -artifact_prefix="build-fuzz/tests/fuzz/$target-" \
    "build-fuzz/tests/fuzz/corpus/$target" "tests/fuzz/corpus/$target" \
    >"build-fuzz/logs/$target.log" 2>&1 || { status=1; echo "  fuzz_$target FAILED"; }
  tail -n 1 "build-fuzz/logs/$target.log"
done
exit $status
