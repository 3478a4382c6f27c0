#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test: unit tests of the core (no
# LibreOffice) and integration tests through the real headless Calc with the built .oxt.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure
