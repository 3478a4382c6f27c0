#!/usr/bin/env bash
# Installs what is needed, builds Concord, and runs the main job: the built extension in a
# private headless LibreOffice builds the scorecards, the SMART check and the request tables
# of the bundled sample workbook (out/demo.ods, out/demo.pdf, out/demo.json, and a company
# summary on the terminal), then fills a sheet with every Concord function
# (out/functions.ods).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
build/addin/cli/concord demo
build/addin/cli/concord functions -o out/functions.ods
