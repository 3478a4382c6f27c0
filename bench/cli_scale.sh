#!/usr/bin/env bash
# Whole-process benchmark at company scale (issue 13): the 360k-row workbook of
# bench_generator_scale (200 departments × 50 KPIs × 36 months) saved as .ods, then
#   (convert) soffice --headless --convert-to ods of it: load and save, the floor of any
#             tool that opens and writes it (second run: its profile already made)
#   (build)   concord build of it (a fresh private office, the extension installed, build,
#             save: everything a user waits for)
#   (rebuild) concord build of the built workbook (the generated sheets are there already)
# each timed as a whole process with its peak resident memory (GNU time's %M: the largest
# of the process and the children it waited for, i.e. soffice.bin).
# Goals: build/convert ≤ 1.5, rebuild/build ≤ 1.1, memory build/convert ≤ 1.6.
# Usage: bash bench/cli_scale.sh [BUILD_DIR] [WORKBOOK.ods]  (a given workbook is used as is:
# the held-out check measures another generator's workbook the same way, in the same run)
set -euo pipefail
build=$(realpath "${1:-build}")
work=$(mktemp -d /tmp/concord-cli-scale.XXXXXX)
trap 'rm -rf "$work"' EXIT
export URE_BOOTSTRAP=vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc

if [[ $# -ge 2 ]]; then
    cp "$2" "$work/scale.ods"
else
    "$build/bench/bench_generator_scale" "$build/concord.oxt" --save "$work/scale.ods" >/dev/null
fi

# A seeded throwaway profile for the plain conversion, as concord seeds its own.
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
</oor:items>
XCU

# run NAME COMMAND...: prints "NAME seconds peak-MB" and keeps the figures in NAME_s/NAME_mb.
run() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>&1 ||
        { cat "$work/$name.out"; exit 1; }
    read -r seconds kib <"$work/$name.time"
    printf -v "${name}_s" '%s' "$seconds"
    printf -v "${name}_mb" '%s' "$((kib / 1024))"
    printf '(%s) %8.2f s  %6d MB\n' "$name" "$seconds" "$((kib / 1024))"
}

soffice=(soffice -env:UserInstallation="file://$work/profile" --headless --norestore
    --convert-to ods --outdir "$work/converted" "$work/scale.ods")
"${soffice[@]}" >/dev/null 2>&1 # makes the profile; the timed run starts as concord's does
echo "workbook: $(du -h "$work/scale.ods" | cut -f1)"
run convert "${soffice[@]}"
run build "$build/addin/cli/concord" build "$work/scale.ods" -o "$work/built.ods"
# The monthly routine: the same file again, built (its name is the company's in the print
# header, so it stays the same).
mkdir -p "$work/again"
cp "$work/built.ods" "$work/again/scale.ods"
run rebuild "$build/addin/cli/concord" build "$work/again/scale.ods" -o "$work/rebuilt.ods"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g ? "met" : "NOT met") }'; }
r=$(ratio "$build_s" "$convert_s")
echo "build/convert   = $r   goal <= 1.5  $(verdict "$r" 1.5)"
r=$(ratio "$rebuild_s" "$build_s")
echo "rebuild/build   = $r   goal <= 1.1  $(verdict "$r" 1.1)"
r=$(ratio "$build_mb" "$convert_mb")
echo "memory build/convert = $r   goal <= 1.6  $(verdict "$r" 1.6)"
