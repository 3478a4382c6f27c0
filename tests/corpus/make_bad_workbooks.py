#!/usr/bin/python3
"""Writes a corpus of bad workbooks, made from the sample workbook, and its manifest.

  /usr/bin/python3 tests/corpus/make_bad_workbooks.py SAMPLE.ods OUT_DIR

SAMPLE.ods is the built English sample (build/oxt-extra/samples/concord-sample-en.ods).
Every case is one file in OUT_DIR; OUT_DIR/manifest.json lists them:

  {"sample": SAMPLE, "cases": [{"file", "about", "exit_code", "messages", "opens_in_calc",
                                "output_sheets"}]}

- exit_code: what `concord build FILE -o OUT.ods` must end with (README "The command line":
  0 success — input problems are printed and do not fail a build —, 65 data error: a
  missing required table or column, or a file Calc cannot open as a spreadsheet).
- messages: fragments that must all appear in what concord prints (stdout and stderr):
  the cell as the reader names it ("Sheet 'KPIs', cell H4: expected a number"), the
  sheet and column, or the file name. The first one is the case's main message.
- opens_in_calc: whether Calc opens the file as a spreadsheet (then a build inside Calc
  must leave every user sheet as it was).
- output_sheets: sheets the workbook concord writes must hold (generated names).

The expected values follow the rules written in DESIGN §2 and in the header of
addin/core/model/Reader.hpp (tables.json for the column types), not Concord's output.
Needs python3-uno (Debian) and soffice; starts its own soffice with a throwaway profile.
"""

import json
import os
import shutil
import sys
import zipfile

import uno
from com.sun.star.table.CellContentType import EMPTY

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "templates", "tools"))
from check_in_calc import Office, prop  # noqa: E402  (the same private soffice)

# The six tables (DESIGN §2): sheet, then (header, type) in the sample's column order. Types
# as in registration/data/tables.json; "ref" is a key that names a row of another table.
TABLES = {
    "Departments": [("Code", "key"), ("Name", "text"), ("Head", "text"), ("Parent", "ref"),
                    ("Weight", "weight")],
    "Goals": [("ID", "key"), ("Level", "level"), ("Department", "ref"), ("Owner", "text"),
              ("Parent", "ref"), ("Goal", "text"), ("KPI", "ref"), ("Deadline", "date"),
              ("Weight", "weight")],
    "KPIs": [("ID", "key"), ("Name", "text"), ("Department", "ref"), ("Owner", "text"),
             ("Unit", "text"), ("Direction", "direction"), ("Baseline", "number"),
             ("Target", "number"), ("Target max", "number"), ("Amber from", "number"),
             ("Green from", "number"), ("Weight", "weight"), ("Frequency", "frequency"),
             ("Goal", "ref")],
    "Actuals": [("KPI", "ref"), ("Period", "period"), ("Value", "number"), ("Target", "number"),
                ("Comment", "text")],
    "Requests": [("ID", "key"), ("From", "ref"), ("To", "ref"), ("What", "text"), ("Why", "text"),
                 ("Format", "text"), ("Frequency", "frequency"), ("Due day", "day"),
                 ("Responsible", "text"), ("Agreed", "agreed")],
    "Deliveries": [("Request", "ref"), ("Period", "period"), ("Delivered on", "date"),
                   ("Note", "text")],
}
REQUIRED_TABLES = {"Departments", "KPIs"}
REQUIRED_COLUMNS = {
    "Departments": ["Code", "Name"],
    "Goals": ["ID", "Goal"],
    "KPIs": ["ID", "Name", "Department", "Target"],
    "Actuals": ["KPI", "Period", "Value"],
    "Requests": ["ID", "From", "To", "What"],
    "Deliveries": ["Request", "Period"],
}
# A wrong value per column type, and the start of the problem the reader reports for it
# (registration/data/messages.json). A number in a key or text column reads as its text
# (tables.json), so there it is no problem of its own; in a reference column (4242, not
# the 4241 written as an ID) it names a row that does not exist.
WRONG = {
    "number": ("lots", "expected a number, found \"lots\""),
    "weight": ("heavy", "expected a number, found \"heavy\""),
    "date": ("soon", "expected a date, found \"soon\""),
    "period": ("someday", "expected a period"),
    "day": ("soon", "expected a whole day number"),
    "direction": ("sideways", "expected a direction (up, down or range), found \"sideways\""),
    "frequency": ("fortnightly", "expected a frequency (once, week, month, quarter or year)"),
    "level": ("galaxy", "expected a level (company, department or person), found \"galaxy\""),
    "agreed": ("maybe", "expected yes or no, found \"maybe\""),
    "key": (4241, None),
    "text": (4242, None),
}
# What a reference column names: the message of an unknown one.
REFERENCE_MESSAGE = {
    ("Departments", "Parent"): "no department has the code \"4242\"",
    ("Goals", "Department"): "no department has the code \"4242\"",
    ("Goals", "Parent"): "no goal has the ID \"4242\"",
    ("Goals", "KPI"): "no KPI has the ID \"4242\"",
    ("KPIs", "Department"): "no department has the code \"4242\"",
    ("KPIs", "Goal"): "no goal has the ID \"4242\"",
    ("Actuals", "KPI"): "no KPI has the ID \"4242\"",
    ("Requests", "From"): "no department has the code \"4242\"",
    ("Requests", "To"): "no department has the code \"4242\"",
    ("Deliveries", "Request"): "no request has the ID \"4242\"",
}
# Where department codes are written.
DEPARTMENT_CODE_COLUMNS = [("Departments", "Code"), ("Departments", "Parent"), ("Goals", "Department"),
                           ("KPIs", "Department"), ("Requests", "From"), ("Requests", "To")]
LONG_TEXT = 10000
# A minimal OpenDocument text (the office under test may have no Writer to make one).
ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                'opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
ODT_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text><text:p>This is a letter, not a workbook.</text:p>'
               '</office:text></office:body></office:document-content>')


def column_letters(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def at(sheet, column, row):
    """The reader's name of a cell (row 0-based, the header row is 0)."""
    return "Sheet '%s', cell %s%d: " % (sheet, column_letters(column), row + 1)


class Book:
    """One copy of the sample open in the office, edited and stored as one case."""

    def __init__(self, office, sample):
        url = uno.systemPathToFileUrl(os.path.abspath(sample))
        self.doc = office.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if self.doc is None:
            raise RuntimeError("Calc cannot open " + sample)

    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def column(self, table, header):
        return [h for h, _ in TABLES[table]].index(header)

    def rows(self, table):
        """The number of rows of the table's used area, the header row included."""
        cursor = self.sheet(table).createCursor()
        cursor.gotoEndOfUsedArea(False)
        return cursor.RangeAddress.EndRow + 1

    def get(self, table, header, row):
        cell = self.sheet(table).getCellByPosition(self.column(table, header), row)
        return None if cell.Type == EMPTY else cell.String

    def set(self, table, header, row, value):
        """Writes value (a number, a text, or a formula starting with '=') into a cell."""
        cell = self.sheet(table).getCellByPosition(self.column(table, header), row)
        if isinstance(value, (int, float)):
            cell.setValue(value)
        elif value.startswith("="):
            cell.setFormula(value)
        else:
            cell.setString(value)

    def find(self, table, header, text):
        """The first data row whose cell shows text."""
        column = self.column(table, header)
        data = self.sheet(table).getCellRangeByPosition(column, 0, column, self.rows(table) - 1).DataArray
        for row in range(1, len(data)):
            if data[row][0] == text:
                return row
        raise KeyError("%s: no %s %s" % (table, header, text))

    def rename_department(self, old, new):
        """Gives a department a new code everywhere a code is written."""
        for table, header in DEPARTMENT_CODE_COLUMNS:
            column = self.column(table, header)
            sheet = self.sheet(table)
            data = sheet.getCellRangeByPosition(column, 0, column, self.rows(table) - 1).DataArray
            for row in range(1, len(data)):
                if data[row][0] == old:
                    sheet.getCellByPosition(column, row).setString(new)

    def store(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        self.doc.storeToURL(url, (prop("FilterName", "calc8"),))

    def close(self):
        self.doc.close(True)


class Corpus:
    def __init__(self, office, sample, out_dir):
        self.office, self.sample, self.out_dir = office, sample, out_dir
        # Opened from a private copy: a document open for editing leaves a lock file beside
        # it, and the built sample is shared with other tests.
        self.copy = os.path.join(office.root, os.path.basename(sample))
        shutil.copyfile(sample, self.copy)
        self.cases = []

    def add(self, name, about, exit_code, messages, opens_in_calc=True, output_sheets=()):
        self.cases.append({"file": name, "about": about, "exit_code": exit_code,
                           "messages": list(messages), "opens_in_calc": opens_in_calc,
                           "output_sheets": list(output_sheets)})
        return os.path.join(self.out_dir, name)

    def edited(self, name, about, exit_code, messages, edit, output_sheets=()):
        """A case made by edit(book) on a fresh copy of the sample."""
        book = Book(self.office, self.copy)
        try:
            edit(book)
            book.store(self.add(name, about, exit_code, messages, True, output_sheets))
        finally:
            book.close()


def missing_tables(corpus):
    for table in TABLES:
        if table in REQUIRED_TABLES:
            expected = (65, ["The workbook has no sheet '%s'" % table])
        elif table == "Requests":
            # Deliveries then name requests that do not exist: the first Deliveries row
            expected = (0, [at("Deliveries", 0, 1) + "no request has the ID"])
        elif table == "Goals":
            # the KPIs' Goal column then names goals that do not exist: MGT-GP's G01
            expected = (0, [at("KPIs", 13, 1) + "no goal has the ID \"G01\""])
        else:
            expected = (0, ["sheets for period"])
        corpus.edited("missing-table-%s.ods" % table.lower(), "no %s sheet" % table, *expected,
                      edit=lambda book, t=table: book.doc.Sheets.removeByName(t))


def missing_columns(corpus):
    for table, headers in REQUIRED_COLUMNS.items():
        for header in headers:
            def edit(book, t=table, h=header):
                book.sheet(t).Columns.removeByIndex(book.column(t, h), 1)
            corpus.edited("missing-column-%s-%s.ods" % (table.lower(), header.lower()),
                          "%s without its required column %s" % (table, header), 65,
                          ["Sheet '%s', row 1: the required column '%s'" % (table, header)], edit)


def wrong_types(corpus):
    """Per table, data row n + 1 holds a wrong value in column n (one problem per row)."""
    for table, columns in TABLES.items():
        messages = []
        for index, (header, kind) in enumerate(columns):
            value, message = WRONG["text" if kind == "ref" else kind]
            if kind == "ref":
                message = REFERENCE_MESSAGE[(table, header)]
            if message:
                messages.append(at(table, index, index + 1) + message)

        def edit(book, t=table, c=columns):
            for index, (header, kind) in enumerate(c):
                book.set(t, header, index + 1, WRONG["text" if kind == "ref" else kind][0])
        corpus.edited("wrong-types-%s.ods" % table.lower(),
                      "a wrong type in every column of %s, one column a row" % table, 0, messages, edit)


def error_cells(corpus):
    cells = [("KPIs", "Target", 2, "=NA()", "#N/A"), ("KPIs", "Baseline", 3, "=1/0", "#DIV/0!"),
             ("Actuals", "Value", 4, "=1/0", "#DIV/0!"), ("Actuals", "Period", 5, "=NA()", "#N/A"),
             ("Departments", "Weight", 2, "=NA()", "#N/A"), ("Goals", "Deadline", 4, "=1/0", "#DIV/0!"),
             ("Requests", "Due day", 2, "=NA()", "#N/A"), ("Deliveries", "Delivered on", 3, "=1/0", "#DIV/0!")]

    def edit(book):
        for table, header, row, formula, _ in cells:
            book.set(table, header, row, formula)
    corpus.edited("error-cells.ods", "#N/A and #DIV/0! in number, date, period and day cells", 0,
                  [at(t, [h for h, _ in TABLES[t]].index(c), r) + "the cell holds an error (%s)" % e
                   for t, c, r, _, e in cells], edit)


def duplicate_ids(corpus):
    keys = [("Departments", "Code", 3), ("Goals", "ID", 5), ("KPIs", "ID", 6), ("Requests", "ID", 7)]
    messages = []

    def edit(book):
        for table, header, row in keys:
            first = book.get(table, header, row - 1)
            book.set(table, header, row, first)
            messages.append(at(table, book.column(table, header), row) +
                            "the ID \"%s\" is already used in row %d" % (first, row))
    corpus.edited("duplicate-ids.ods", "a code or ID repeated in each keyed table", 0, messages, edit)


def unknown_references(corpus):
    refs = [("Departments", "Parent", 3, "NOPE", "no department has the code \"NOPE\""),
            ("Goals", "Parent", 4, "G99", "no goal has the ID \"G99\""),
            ("Goals", "KPI", 5, "NOPE-KPI", "no KPI has the ID \"NOPE-KPI\""),
            ("KPIs", "Department", 6, "NOPE", "no department has the code \"NOPE\""),
            ("KPIs", "Goal", 7, "G99", "no goal has the ID \"G99\""),
            ("Actuals", "KPI", 8, "NOPE-KPI", "no KPI has the ID \"NOPE-KPI\""),
            ("Requests", "To", 4, "NOPE", "no department has the code \"NOPE\""),
            ("Deliveries", "Request", 9, "R99", "no request has the ID \"R99\"")]

    def edit(book):
        for table, header, row, value, _ in refs:
            book.set(table, header, row, value)
    corpus.edited("unknown-references.ods", "references to departments, goals, KPIs and requests "
                  "that do not exist", 0,
                  [at(t, [h for h, _ in TABLES[t]].index(c), r) + m for t, c, r, _, m in refs], edit)


def parent_cycles(corpus):
    messages = []

    def edit(book):
        # rows 2 and 3 of Departments and of Goals name each other as parent
        for table, key in (("Departments", "Code"), ("Goals", "ID")):
            first, second = book.get(table, key, 1), book.get(table, key, 2)
            book.set(table, "Parent", 1, second)
            book.set(table, "Parent", 2, first)
            for row, name in ((1, first), (2, second)):
                messages.append(at(table, book.column(table, "Parent"), row) +
                                "the chain of parents of \"%s\" comes back to it" % name)
    corpus.edited("parent-cycles.ods", "two departments and two goals that are each other's parent",
                  0, messages, edit)


def long_texts(corpus):
    text = ("Reach 480 million RUB of gross profit by 31.12.2026 " * (LONG_TEXT // 40))[:LONG_TEXT]
    cells = [("Departments", "Name", 2), ("Departments", "Head", 3), ("Goals", "Goal", 2),
             ("Goals", "Owner", 3), ("KPIs", "Name", 2), ("KPIs", "Unit", 3), ("Requests", "What", 2),
             ("Requests", "Why", 3), ("Actuals", "Comment", 2), ("Deliveries", "Note", 2)]

    def edit(book):
        for table, header, row in cells:
            book.set(table, header, row, text)
    corpus.edited("long-texts.ods", "10,000-character names, goals, requests and notes", 0,
                  ["sheets for period"], edit)


def unicode_names(corpus):
    codes = {"SAL": "ПРОД", "MKT": "МАРК🚀", "FIN": "מכירות"}

    def edit(book):
        for old, new in codes.items():
            book.rename_department(old, new)
        book.set("Departments", "Name", book.find("Departments", "Code", "ПРОД"), "Отдел продаж 📈")
        book.set("Departments", "Name", book.find("Departments", "Code", "מכירות"), "قسم المالية")
        book.set("Departments", "Head", book.find("Departments", "Code", "מכירות"), "דוד לוי")
        book.set("KPIs", "Name", 1, "Валовая прибыль 💰")
        book.set("Goals", "Goal", 3, "להגדיל את ההכנסות ב-10% עד 31.12.2026")
    corpus.edited("unicode-names.ods", "Cyrillic, emoji and right-to-left codes and names", 0,
                  ["sheets for period"], edit,
                  ["Scorecard ПРОД", "Scorecard МАРК🚀", "Scorecard מכירות"])


def bad_sheet_name_codes(corpus):
    forty = "D" * 40
    codes = {"LOG": "A/B", "CS": "[x]", "TSG": forty}

    def edit(book):
        for old, new in codes.items():
            book.rename_department(old, new)
    # Calc allows no [ ] * ? : / \ in a sheet name: they become '_', with a note each
    corpus.edited("sheet-name-codes.ods", "department codes that are not valid sheet names: "
                  "A/B, [x], 40 characters", 0,
                  ["“Scorecard A/B” cannot be a sheet name", "the sheet is “Scorecard A_B”",
                   "“Scorecard [x]” cannot be a sheet name"], edit,
                  ["Scorecard A_B", "Scorecard _x_", "Scorecard " + forty])


def user_sheet_with_generated_name(corpus):
    def edit(book):
        for index, name in enumerate(("Company", "Scorecard SAL")):
            book.doc.Sheets.insertNewByName(name, book.doc.Sheets.Count)
            sheet = book.doc.Sheets.getByName(name)
            sheet.getCellByPosition(0, 0).setString("My own notes on %s" % name)
            sheet.getCellByPosition(1, 1).setValue(42 + index)
            sheet.getCellByPosition(1, 2).setFormula("=B2*2")
    corpus.edited("user-sheet-named-company.ods", "user sheets named Company and Scorecard SAL", 0,
                  ["The sheet name “Company” belongs to one of your sheets",
                   "Concord wrote its sheet as “Scorecard SAL (2)”"], edit,
                  ["Company", "Company (2)", "Scorecard SAL", "Scorecard SAL (2)"])


def empty_rows_below(corpus):
    rows = 100000

    def edit(book):
        for table in ("Actuals", "Deliveries"):
            sheet = book.sheet(table)
            last = book.rows(table)
            # a formatted block and a blank (one space) cell below it: the used area ends
            # 100,000 rows below the data
            block = sheet.getCellRangeByPosition(0, last, len(TABLES[table]) - 1, last + rows - 1)
            block.CellBackColor = 0xFFFFCC
            sheet.getCellByPosition(len(TABLES[table]) - 1, last + rows - 1).setString(" ")
    corpus.edited("empty-rows-below.ods", "100,000 empty (formatted, one blank) rows below Actuals "
                  "and Deliveries", 0, ["sheets for period"], edit)


def protected_sheets(corpus):
    def edit(book):
        for table in ("KPIs", "Actuals"):
            book.sheet(table).protect("secret")
    corpus.edited("protected-sheets.ods", "KPIs and Actuals protected with a password", 0,
                  ["sheets for period"], edit)


def protected_structure(corpus):
    corpus.edited("protected-structure.ods", "the workbook's structure protected with a password", 0,
                  ["sheets for period"], lambda book: book.doc.protect("secret"))


def read_only_file(corpus):
    path = corpus.add("read-only.ods", "the sample, file mode 0444", 0, ["sheets for period"])
    shutil.copyfile(corpus.sample, path)
    os.chmod(path, 0o444)


def broken_files(corpus, sample_bytes):
    # Calc opens an empty file as a new empty workbook: it has none of the tables
    name = "empty.ods"
    open(corpus.add(name, "an empty file (0 bytes)", 65,
                    ["The workbook has no sheet 'Departments'", name + ": "]), "wb").close()
    name = "truncated.ods"
    with open(corpus.add(name, "the sample cut in half", 65, [name], opens_in_calc=False), "wb") as f:
        f.write(sample_bytes[: len(sample_bytes) // 2])
    name = "not-a-spreadsheet.ods"
    with open(corpus.add(name, "random bytes named .ods", 65, [name], opens_in_calc=False), "wb") as f:
        f.write(bytes((i * 7919 + 13) % 256 for i in range(4096)))
    name = "text-document.odt"
    path = corpus.add(name, "an OpenDocument text (a letter), not a spreadsheet", 65, [name],
                      opens_in_calc=False)
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("META-INF/manifest.xml", ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        odt.writestr("content.xml", ODT_CONTENT, zipfile.ZIP_DEFLATED)


def main(arguments):
    if len(arguments) != 2:
        sys.stderr.write(__doc__)
        return 64
    sample, out_dir = arguments
    os.makedirs(out_dir, exist_ok=True)
    with open(sample, "rb") as f:
        sample_bytes = f.read()
    with Office() as office:
        corpus = Corpus(office, sample, out_dir)
        for make in (missing_tables, missing_columns, wrong_types, error_cells, duplicate_ids,
                     unknown_references, parent_cycles, long_texts, unicode_names,
                     bad_sheet_name_codes, user_sheet_with_generated_name, empty_rows_below,
                     protected_sheets, protected_structure, read_only_file):
            make(corpus)
        broken_files(corpus, sample_bytes)
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"sample": os.path.abspath(sample), "cases": corpus.cases}, f, ensure_ascii=False, indent=1)
    print("%d bad workbooks in %s" % (len(corpus.cases), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
