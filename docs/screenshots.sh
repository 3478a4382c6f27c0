#!/usr/bin/env bash
# Screenshots of Concord in the real LibreOffice Calc GUI, for the README:
#   docs/img/concord-deck-<lang>.png       the Concord deck after "Build all" on the sample
#   docs/img/concord-scorecard-<lang>.png  the Calc window showing one department scorecard
#   docs/img/concord-scorecard-charts-<lang>.png  the same scorecard zoomed out in a taller
#                                          window: the KPI table and, below the history
#                                          block, its two charts (score by period, attainment)
# for lang = en and ru (the office UI and the sample workbook in that language).
#
# It runs the GUI office (Debian package libreoffice-calc, not the -nogui one the tests
# use: installing it replaces libreoffice-calc-nogui) on a virtual X display (xvfb),
# drives it over UNO with python3-uno, takes the pictures with ImageMagick's import. As
# root it installs what is missing (apt-get); otherwise it says what to install.
#
#   bash docs/screenshots.sh            # build dir: build/ (BUILD=… to change)
#   LANGS=en bash docs/screenshots.sh   # English only
#   OUT=/tmp/img bash docs/screenshots.sh   # write the pictures elsewhere (default docs/img)
#   TALL=1800 …                         # height of the window of the charts shot (pixels)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=${OUT:-$ROOT/docs/img}
LANGS=${LANGS:-en ru}
SCREEN=${SCREEN:-1600x1000}
TALL=${TALL:-1800}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-97}
PACKAGES=(libreoffice-calc libreoffice-l10n-ru python3-uno xvfb imagemagick fonts-dejavu)

say() { printf 'screenshots: %s\n' "$*" >&2; }

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    say "missing Debian packages: ${missing[*]} (apt-get install them as root, then run again)"
    exit 1
  fi
  say "installing ${missing[*]} (libreoffice-calc replaces libreoffice-calc-nogui)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

if [[ ! -f $BUILD/concord.oxt ]]; then
  say "building $BUILD/concord.oxt"
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" --target concord_oxt -j"$(nproc)"
fi
OXT=$BUILD/concord.oxt
mkdir -p "$OUT"

WORK=$(mktemp -d /tmp/concord-screenshots-XXXXXX)
XVFB_PID=
OFFICE_PID=
cleanup() {
  [[ -n $OFFICE_PID ]] && kill "$OFFICE_PID" 2>/dev/null || true
  [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The screen is as tall as the charts shot needs; the other shots use a SCREEN-sized window.
screen_width=${SCREEN%x*}
screen_height=${SCREEN#*x}
((TALL > screen_height)) && screen_height=$TALL
Xvfb ":$DISPLAY_NUMBER" -screen 0 "${screen_width}x${screen_height}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1

VERSION=$(soffice --version | sed -n 's/^LibreOffice \([0-9]*\.[0-9]*\).*/\1/p')

for lang in $LANGS; do
  case $lang in
    en) locale=en-US ;;
    ru) locale=ru-RU ;;
    *) say "unknown language $lang (en or ru)"; exit 1 ;;
  esac
  profile=$WORK/profile-$lang
  mkdir -p "$profile/user"
  # Already run by this version (no first-start dialogs), no tip of the day, the UI
  # language, the sidebar open.
  cat >"$profile/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>$VERSION</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
XCU
  # unopkg refuses root without --shared: keep the shared layer private to this run too.
  env=(-env:UserInstallation="file://$profile" -env:UNO_SHARED_PACKAGES_CACHE="file://$WORK/shared-$lang")
  say "$lang: installing $OXT"
  unopkg add --shared "${env[@]}" --suppress-license "$OXT" >"$WORK/unopkg-$lang.log" 2>&1

  sample=$BUILD/oxt-extra/samples/concord-sample-$lang.ods
  [[ -f $sample ]] || sample=$ROOT/templates/concord-sample-$lang.fods
  pipe=concord-shots-$lang-$$
  soffice "${env[@]}" --norestore --nologo --nodefault \
    --accept="pipe,name=$pipe;urp;StarOffice.ComponentContext" >"$WORK/office-$lang.log" 2>&1 &
  OFFICE_PID=$!

  say "$lang: opening $sample"
  python3 - "$pipe" "$sample" "$lang" "$OUT" "$ROOT/registration/data/ui.json" "$SCREEN" "$TALL" <<'PY'
import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

pipe, sample, lang, out, ui_json, screen, tall = sys.argv[1:]
tall = int(tall)
width, height = (int(n) for n in screen.split("x"))
texts = json.load(open(ui_json, encoding="utf-8"))
ui = lambda key: texts[key][lang]

# com.sun.star.accessibility.AccessibleRole
ROLE_LABEL, ROLE_PUSH_BUTTON = 30, 44
# Roles not to walk into: the sheet grid (a TABLE with a child per cell), documents, menus,
# toolbars, trees.
SKIP = {58, 13, 83, 84, 85, 34, 35, 43, 63, 65, 80}

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(240):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
else:
    sys.exit("screenshots: the office did not start")
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)

doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(sample), "_blank", 0, ())
frame = doc.CurrentController.Frame
frame.ContainerWindow.setPosSize(0, 0, width, height, 15)
helper.executeDispatch(frame, ".uno:SidebarDeck.ConcordDeck", "", 0, ())


def nodes(accessible):
    context = accessible.getAccessibleContext()
    yield context
    if context.getAccessibleRole() in SKIP:
        return
    for i in range(context.getAccessibleChildCount()):
        child = context.getAccessibleChild(i)
        if child is not None:
            yield from nodes(child)


def find(role, name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        for context in nodes(frame.ContainerWindow):
            if context.getAccessibleRole() == role and context.getAccessibleName() == name:
                return context
        time.sleep(0.5)
    sys.exit(f"screenshots: no '{name}' in the window (is the Concord deck shown?)")


def status_line(panel):
    """The panel's status line: the first label after its last button."""
    status, after_button = "", False
    for context in nodes(panel):
        role = context.getAccessibleRole()
        if role == ROLE_PUSH_BUTTON:
            after_button = True
        elif after_button and role == ROLE_LABEL:
            status, after_button = context.getAccessibleName(), False
    return status


def shoot(x, y, w, h, name):
    path = f"{out}/{name}"
    subprocess.run(["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage", path], check=True)
    print(f"screenshots: wrote {path}")


button = find(ROLE_PUSH_BUTTON, ui("button.all"))
panel = button.getAccessibleParent()
button.doAccessibleAction(0)
built = ui("status.built").split("{1}")[0]
end = time.time() + 120
while time.time() < end and not status_line(panel).startswith(built):
    time.sleep(0.5)
time.sleep(1)

# The sidebar: the widest ancestor of the panel that is still narrower than half the screen.
area = panel.getAccessibleContext()
candidate = area
while True:
    parent = candidate.getAccessibleParent()
    if parent is None:
        break
    parent = parent.getAccessibleContext()
    if parent.getSize().Width > width // 2:
        break
    candidate = parent
where, size = candidate.getLocationOnScreen(), candidate.getSize()
shoot(where.X, where.Y, size.Width, min(size.Height, height - where.Y), f"concord-deck-{lang}.png")

# One department's scorecard: the sales department, SAL.
scorecard = ("Scorecard SAL" if lang == "en" else "Карта SAL")
doc.CurrentController.setActiveSheet(doc.Sheets.getByName(scorecard))
time.sleep(2)
shoot(0, 0, width, height, f"concord-scorecard-{lang}.png")

# The same scorecard with its charts: a taller window, the view at the top left and zoomed
# out just enough for the rows from the title to the bottom of the lowest chart.
controller = doc.CurrentController
sheet = doc.Sheets.getByName(scorecard)
shapes = [sheet.DrawPage.getByIndex(i) for i in range(sheet.DrawPage.getCount())]
if not shapes:
    sys.exit(f"screenshots: no chart on {scorecard}")
bottom = max(shape.Position.Y + shape.Size.Height for shape in shapes)  # 1/100 mm
frame.ContainerWindow.setPosSize(0, 0, width, tall, 15)
time.sleep(2)
controller.select(sheet.getCellByPosition(0, 0))
# The grid's height: the document window less the formula bar, column headers and sheet
# tabs and the status bar (about 160 pixels); at 100 % a pixel is 2540 / 96 hundredths of a millimetre.
grid = frame.ComponentWindow.getPosSize().Height - 160
zoom = max(50, min(100, int(100 * grid / ((bottom + 800) * 96 / 2540))))
controller.ZoomType = 3  # com.sun.star.view.DocumentZoomType.BY_VALUE
controller.ZoomValue = zoom
controller.setFirstVisibleColumn(0)  # XViewPane: the title row and column A first
controller.setFirstVisibleRow(0)
time.sleep(2)
print(f"screenshots: {scorecard} at {zoom} % (charts end at {bottom / 100:.0f} mm, {grid} pixels of grid)")
shoot(0, 0, width, tall, f"concord-scorecard-charts-{lang}.png")
doc.close(True)
desktop.terminate()
PY
  wait "$OFFICE_PID" 2>/dev/null || true
  OFFICE_PID=
done
say "done: $(ls "$OUT")"
