#!/usr/bin/python3
"""Opens the workbooks in real headless Calc and checks what a user will get.

  /usr/bin/python3 templates/tools/check_in_calc.py [FILE…]   (default: the four .fods)

FILE may be .fods, .ods or .ots (e.g. the built build/oxt-extra/templates/*.ots). For each
file: the six sheets and their headers exactly as in DESIGN §2 (the literal table below,
not schema.py), a note on every header cell ("Required." first on required columns), bold
and frozen header rows, list validations in the file's language on the enumeration
columns, and the About sheet. For the samples it also checks that dates are date cells and
numbers are numbers, and prints the row counts. Exit code 0 when everything holds.
Needs python3-uno (Debian) and soffice; starts its own soffice with a throwaway profile.
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.ValidationType import LIST

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.dirname(HERE)

# DESIGN §2, copied literally: sheet en / ru, then (header en, header ru, required).
DESIGN = [
    ("Departments", "Подразделения", [("Code", "Код", 1), ("Name", "Название", 1), ("Head", "Руководитель", 0),
                                       ("Parent", "Родитель", 0), ("Weight", "Вес", 0)]),
    ("Goals", "Цели", [("ID", "ID", 1), ("Level", "Уровень", 0), ("Department", "Подразделение", 0),
                       ("Owner", "Ответственный", 0), ("Parent", "Родитель", 0), ("Goal", "Формулировка", 1),
                       ("KPI", "Показатель", 0), ("Deadline", "Срок", 0), ("Weight", "Вес", 0)]),
    ("KPIs", "Показатели", [("ID", "ID", 1), ("Name", "Название", 1), ("Department", "Подразделение", 1),
                            ("Owner", "Ответственный", 0), ("Unit", "Единица", 0), ("Direction", "Направление", 0),
                            ("Baseline", "База", 0), ("Target", "Целевое значение", 1),
                            ("Target max", "Целевое макс.", 0), ("Amber from", "Жёлтый от", 0),
                            ("Green from", "Зелёный от", 0), ("Weight", "Вес", 0),
                            ("Frequency", "Периодичность", 0), ("Goal", "Цель", 0)]),
    ("Actuals", "Факт", [("KPI", "Показатель", 1), ("Period", "Период", 1), ("Value", "Значение", 1),
                         ("Target", "План", 0), ("Comment", "Комментарий", 0)]),
    ("Requests", "Запросы", [("ID", "ID", 1), ("From", "Заказчик", 1), ("To", "Исполнитель", 1),
                             ("What", "Что", 1), ("Why", "Зачем", 0), ("Format", "Формат", 0),
                             ("Frequency", "Периодичность", 0), ("Due day", "Срок (день)", 0),
                             ("Responsible", "Ответственный", 0), ("Agreed", "Согласовано", 0)]),
    ("Deliveries", "Поставки", [("Request", "Запрос", 1), ("Period", "Период", 1),
                                ("Delivered on", "Дата поставки", 0), ("Note", "Комментарий", 0)]),
]
# DESIGN §2 enumerations: (sheet en, header en) -> words en, words ru.
ENUM_COLUMNS = {
    ("Goals", "Level"): (["company", "department", "person"], ["компания", "подразделение", "сотрудник"]),
    ("KPIs", "Direction"): (["up", "down", "range"], ["рост", "снижение", "диапазон"]),
    ("KPIs", "Frequency"): (["once", "week", "month", "quarter", "year"],
                            ["однократно", "неделя", "месяц", "квартал", "год"]),
    ("Requests", "Frequency"): (["once", "week", "month", "quarter", "year"],
                                ["однократно", "неделя", "месяц", "квартал", "год"]),
    ("Requests", "Agreed"): (["yes", "no"], ["да", "нет"]),
}
DATE_COLUMNS = {("Goals", "Deadline"), ("Deliveries", "Delivered on")}
NUMBER_COLUMNS = {("Actuals", "Value"), ("Actuals", "Target"), ("KPIs", "Target"), ("KPIs", "Baseline"),
                  ("Requests", "Due day"), ("Departments", "Weight"), ("Goals", "Weight"), ("KPIs", "Weight")}
ABOUT = {"en": "About", "ru": "О методе"}
REQUIRED = {"en": "Required.", "ru": "Обязательный столбец."}
SEED = ('<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
        "<value>7.4</value></prop></item></oor:items>")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    """A private headless soffice reached over a named pipe."""

    def __enter__(self):
        self.root = tempfile.mkdtemp(prefix="concord-check-")
        os.makedirs(self.root + "/profile/user")
        with open(self.root + "/profile/user/registrymodifications.xcu", "w") as f:
            f.write(SEED)
        pipe = "concordcheck%d" % os.getpid()
        self.process = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
             "-env:UserInstallation=" + uno.systemPathToFileUrl(self.root + "/profile"),
             "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(240):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:  # not listening yet
                time.sleep(0.25)
        else:
            raise RuntimeError("soffice did not start")
        self.desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        return self

    def open(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
        if doc is None:
            raise RuntimeError("Calc cannot open " + path)
        return doc

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:  # the bridge goes down with the office
            pass
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def used_rows(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return cursor.RangeAddress.EndRow + 1


def header_frozen(doc, path, sheet):
    """Row 1 frozen, nothing else. A hidden document applies the view settings of a
    package (.ods, .ots) but not those of a flat .fods, so for those the file is read."""
    if path.endswith(".fods"):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        entry = text.find('<config:config-item-map-entry config:name="%s">' % sheet.Name)
        block = text[entry:text.find("</config:config-item-map-entry>", entry)]
        item = '<config:config-item config:name="%s" config:type="%s">%d</config:config-item>'
        return entry >= 0 and all(item % i in block for i in (
            ("VerticalSplitMode", "short", 2), ("VerticalSplitPosition", "int", 1),
            ("HorizontalSplitMode", "short", 0), ("PositionBottom", "int", 1)))
    controller = doc.CurrentController
    controller.setActiveSheet(sheet)
    return controller.hasFrozenPanes() and controller.getSplitRow() == 1 and controller.getSplitColumn() == 0


def check_document(doc, path):
    errors = []
    lang = "ru" if any(doc.Sheets.hasByName(ru) for _, ru, _ in DESIGN) else "en"
    is_sample = "sample" in os.path.basename(path)
    counts = {}
    if not doc.Sheets.hasByName(ABOUT[lang]):
        errors.append("no sheet " + ABOUT[lang])
    for sheet_en, sheet_ru, columns in DESIGN:
        name = sheet_en if lang == "en" else sheet_ru
        if not doc.Sheets.hasByName(name):
            errors.append("no sheet " + name)
            continue
        sheet = doc.Sheets.getByName(name)
        rows = used_rows(sheet)
        data = sheet.getCellRangeByPosition(0, 0, len(columns) - 1, max(rows, 1) - 1).DataArray
        headers = [h_en if lang == "en" else h_ru for h_en, h_ru, _ in columns]
        if list(data[0]) != headers:
            errors.append("%s: headers %r, expected %r" % (name, list(data[0]), headers))
        notes = {(n.Position.Column, n.Position.Row): n.String for n in sheet.Annotations}
        for i, (h_en, _, required) in enumerate(columns):
            cell = sheet.getCellByPosition(i, 0)
            note = notes.get((i, 0), "")
            if not note:
                errors.append("%s.%s1: no note" % (name, chr(65 + i)))
            elif bool(required) != note.startswith(REQUIRED[lang]):
                errors.append("%s.%s1: note does not say required=%d" % (name, chr(65 + i), required))
            if cell.CharWeight < 150:
                errors.append("%s.%s1: header not bold" % (name, chr(65 + i)))
            if sheet.Columns.getByIndex(i).Width < 1000:
                errors.append("%s: column %s narrower than 1 cm" % (name, chr(65 + i)))
            enum = ENUM_COLUMNS.get((sheet_en, h_en))
            probe = sheet.getCellByPosition(i, max(rows, 2) + 5)  # a spare row below the data
            validation = probe.Validation
            if enum:
                words = enum[0] if lang == "en" else enum[1]
                listed = [w.strip('"') for w in validation.getFormula1().split(";")]
                if validation.Type != LIST or listed != words:
                    errors.append("%s.%s: list %r, expected %r" % (name, h_en, listed, words))
            elif validation.Type == LIST:
                errors.append("%s.%s: unexpected list validation" % (name, h_en))
            if is_sample and rows > 1:
                for r, row in enumerate(data[1:], start=2):
                    value = row[i]
                    if ((sheet_en, h_en) in DATE_COLUMNS or (sheet_en, h_en) in NUMBER_COLUMNS) and \
                            isinstance(value, str) and value != "":
                        errors.append("%s.%s%d: text %r where a number or date belongs" % (name, chr(65 + i), r, value))
                    if (sheet_en, h_en) in DATE_COLUMNS and value != "":
                        key = sheet.getCellByPosition(i, r - 1).NumberFormat
                        kind = doc.NumberFormats.getByKey(key).Type
                        if not kind & 2:  # com.sun.star.util.NumberFormat.DATE
                            errors.append("%s.%s%d: not formatted as a date" % (name, chr(65 + i), r))
        if not header_frozen(doc, path, sheet):
            errors.append("%s: header row not frozen" % name)
        counts[sheet_en] = rows - 1
    return lang, counts, errors


def main(paths):
    paths = paths or sorted(glob.glob(os.path.join(TEMPLATES, "*.fods")))
    failed = False
    with Office() as office:
        for path in paths:
            doc = office.open(path)
            try:
                lang, counts, errors = check_document(doc, path)
            finally:
                doc.close(True)
            rows = ", ".join("%s %d" % item for item in counts.items())
            print("%s [%s]: %s — %s" % (os.path.basename(path), lang, "OK" if not errors else "FAILED", rows))
            for e in errors:
                print("  " + e)
            failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
