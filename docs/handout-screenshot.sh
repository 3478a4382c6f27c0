#!/usr/bin/env bash
# A screenshot of a hand-out as a department head sees it, for the README's "Sharing across
# departments": the GUI Calc (Debian package libreoffice-calc, under xvfb) opens a hand-out
# made by `concord handout`, without Concord installed (the head does not need it), and
# shows its Actuals sheet with the first cell to fill selected.
#
#   bash docs/handout-screenshot.sh HANDOUT.ods OUT.png [en|ru]
#
# Needs libreoffice-calc, libreoffice-l10n-ru, python3-uno, xvfb, imagemagick (docs/screenshots.sh
# says why they live in a chroot on a machine whose tests use libreoffice-calc-nogui).
set -euo pipefail
HANDOUT=$(realpath "$1")
OUT=$2
LANG_UI=${3:-en}
SCREEN=${SCREEN:-1400x800}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-98}
case $LANG_UI in en) locale=en-US ;; ru) locale=ru-RU ;; *) echo "en or ru" >&2; exit 64 ;; esac

WORK=$(mktemp -d /tmp/concord-handout-shot-XXXXXX)
XVFB_PID= OFFICE_PID=
cleanup() {
  [[ -n $OFFICE_PID ]] && kill "$OFFICE_PID" 2>/dev/null || true
  [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb ":$DISPLAY_NUMBER" -screen 0 "${SCREEN}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUMBER"
# The plain X11 toolkit: gtk3 under a bare Xvfb (no session bus) may draw nothing.
export SAL_USE_VCLPLUGIN=${SAL_USE_VCLPLUGIN:-gen}
sleep 1
VERSION=$(soffice --version | sed -n 's/^LibreOffice \([0-9]*\.[0-9]*\).*/\1/p')
mkdir -p "$WORK/profile/user"
cat >"$WORK/profile/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>$VERSION</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU
pipe=concord-handout-shot-$$
soffice -env:UserInstallation="file://$WORK/profile" --norestore --nologo --nodefault \
  --accept="pipe,name=$pipe;urp;StarOffice.ComponentContext" >"$WORK/office.log" 2>&1 &
OFFICE_PID=$!

python3 - "$pipe" "$HANDOUT" "$OUT" "$SCREEN" <<'PY'
import subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

pipe, handout, out, screen = sys.argv[1:]
width, height = (int(n) for n in screen.split("x"))
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(240):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
else:
    sys.exit("handout-screenshot: the office did not start")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(handout), "_blank", 0, ())
controller = doc.CurrentController
controller.Frame.ContainerWindow.setPosSize(0, 0, width, height, 15)
# The sheet to fill is the second one (after About); its first unlocked cell is selected.
sheet = doc.Sheets.getByIndex(1)
controller.setActiveSheet(sheet)
used = sheet.createCursor()
used.gotoEndOfUsedArea(False)
target = None
for row in range(1, used.RangeAddress.EndRow + 1):
    for col in range(used.RangeAddress.EndColumn + 1):
        cell = sheet.getCellByPosition(col, row)
        if not cell.CellProtection.IsLocked:
            target = cell
            break
    if target is not None:
        break
if target is not None:
    controller.select(target)
time.sleep(6)
subprocess.run(["import", "-window", "root", "-crop", f"{width}x{height}+0+0", "+repage", out], check=True)
print(f"handout-screenshot: wrote {out}")
doc.close(True)
PY
