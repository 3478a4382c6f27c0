#!/usr/bin/env bash
# Installs the Debian 12 packages Concord needs to build, test and run (as root).
# Nothing else is downloaded: the build uses only these packages.
set -euo pipefail
packages=(cmake make g++ libreoffice-dev libpoco-dev nlohmann-json3-dev libgtest-dev
          libreoffice-l10n-ru poppler-utils
          # a real browser for the published pages' test (headless --dump-dom, --screenshot)
          chromium fonts-dejavu-core)
# The GUI Calc (libreoffice-calc) also runs headless and conflicts with the -nogui one:
# keep whichever is installed.
if ! dpkg -s libreoffice-calc >/dev/null 2>&1; then
  packages+=(libreoffice-calc-nogui)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
