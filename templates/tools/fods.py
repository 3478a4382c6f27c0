"""A small writer of flat ODS (.fods) spreadsheets: just what the Concord workbooks use.

Cells are strings, numbers or dates (real date cells); header cells carry notes
(annotations); whole columns carry a list validation; data sheets have a frozen header
row. The output is deterministic (no timestamps), so a regenerated file diffs cleanly.
"""

import datetime
from dataclasses import dataclass, field
from typing import List, Optional
from xml.sax.saxutils import escape, quoteattr

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
}

# Named cell styles (kept by Calc in the template, visible in the Styles deck).
HEADER = "Concord_20_Header"
DATE = "Concord_20_Date"
MONTH = "Concord_20_Month"
PERCENT = "Concord_20_Percent"
TITLE = "Concord_20_Title"
TEXT = "Concord_20_Text"

# How many rows below the data keep the column's list validation and date format.
SPARE_ROWS = 1000


@dataclass
class Cell:
    """One cell: value is str, int/float, datetime.date or None (empty)."""

    value: object = None
    style: Optional[str] = None
    note: Optional[List[str]] = None  # paragraphs of the header note


@dataclass
class Validation:
    """A list of allowed values, with a warning (not a stop) so synonyms still go in."""

    name: str
    values: List[str]
    title: str
    message: str


@dataclass
class Column:
    width_cm: float
    style: Optional[str] = None  # default style of the column's cells (date, percent…)
    validation: Optional[Validation] = None


@dataclass
class Sheet:
    name: str
    columns: List[Column]
    rows: List[List[Cell]] = field(default_factory=list)
    freeze_header: bool = True
    spare_rows: int = SPARE_ROWS  # empty rows that carry the column styles and lists


@dataclass
class Document:
    language: str  # "en" or "ru"
    title: str
    sheets: List[Sheet]
    active_sheet: str = ""


def _date_style(name: str, parts: List[str]) -> str:
    body = []
    for part in parts:
        if part in ("year", "month", "day"):
            body.append('<number:%s number:style="long"/>' % part)
        else:
            body.append("<number:text>%s</number:text>" % escape(part))
    return '<number:date-style style:name="%s">%s</number:date-style>' % (name, "".join(body))


def _date_parts(language: str) -> List[str]:
    if language == "ru":
        return ["day", ".", "month", ".", "year"]
    return ["year", "-", "month", "-", "day"]


def _format_date(language: str, value: datetime.date) -> str:
    if language == "ru":
        return value.strftime("%d.%m.%Y")
    return value.isoformat()


def _format_number(value) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _styles(language: str) -> str:
    country = "RU" if language == "ru" else "US"
    cell_style = '<style:style style:name="%s" style:display-name="%s" style:family="table-cell" style:parent-style-name="Default"%s>%s</style:style>'
    return "\n".join([
        "<office:styles>",
        _date_style("N_date", _date_parts(language)),
        _date_style("N_month", ["year", "-", "month"]),
        '<number:percentage-style style:name="N_percent"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>',
        '<style:default-style style:family="table-cell"><style:text-properties fo:language="%s" fo:country="%s"/></style:default-style>' % (language, country),
        '<style:style style:name="Default" style:family="table-cell"/>',
        cell_style % (HEADER, "Concord Header", "",
                      '<style:table-cell-properties fo:background-color="#dce6f1" fo:border-bottom="0.75pt solid #4f6f8f" style:vertical-align="middle"/>'
                      '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'),
        cell_style % (DATE, "Concord Date", ' style:data-style-name="N_date"', ""),
        cell_style % (MONTH, "Concord Month", ' style:data-style-name="N_month"', ""),
        cell_style % (PERCENT, "Concord Percent", ' style:data-style-name="N_percent"', ""),
        cell_style % (TITLE, "Concord Title", "",
                      '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'),
        cell_style % (TEXT, "Concord Text", "",
                      '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'),
        "</office:styles>",
    ])


def _freeze_settings(doc: Document) -> str:
    frozen = {
        "HorizontalSplitMode": ("short", 0), "VerticalSplitMode": ("short", 2),
        "HorizontalSplitPosition": ("int", 0), "VerticalSplitPosition": ("int", 1),
        "ActiveSplitRange": ("short", 2), "PositionLeft": ("int", 0), "PositionRight": ("int", 0),
        "PositionTop": ("int", 0), "PositionBottom": ("int", 1),
    }
    tables = []
    for sheet in doc.sheets:
        if not sheet.freeze_header:
            continue
        items = "".join('<config:config-item config:name="%s" config:type="%s">%d</config:config-item>'
                        % (name, kind, value) for name, (kind, value) in frozen.items())
        tables.append('<config:config-item-map-entry config:name=%s>%s</config:config-item-map-entry>'
                      % (quoteattr(sheet.name), items))
    active = doc.active_sheet or doc.sheets[0].name
    return "\n".join([
        "<office:settings>",
        '<config:config-item-set config:name="ooo:view-settings">',
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>',
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>',
        '<config:config-item-map-named config:name="Tables">',
        "\n".join(tables),
        "</config:config-item-map-named>",
        '<config:config-item config:name="ActiveTable" config:type="string">%s</config:config-item>' % escape(active),
        "</config:config-item-map-entry></config:config-item-map-indexed>",
        "</config:config-item-set>",
        "</office:settings>",
    ])


def _validations(doc: Document) -> str:
    seen = {}
    for sheet in doc.sheets:
        for column in sheet.columns:
            if column.validation is not None:
                seen.setdefault(column.validation.name, (sheet.name, column.validation))
    if not seen:
        return ""
    out = ["<table:content-validations>"]
    for name, (sheet_name, v) in seen.items():
        items = ";".join('"%s"' % value.replace('"', '""') for value in v.values)
        out.append(
            '<table:content-validation table:name="%s" table:condition=%s table:allow-empty-cell="true" '
            'table:display-list="unsorted" table:base-cell-address=%s>'
            '<table:error-message table:message-type="warning" table:title=%s table:display="true">'
            "<text:p>%s</text:p></table:error-message></table:content-validation>"
            % (name, quoteattr("of:cell-content-is-in-list(%s)" % items),
               quoteattr("'%s'.A1" % sheet_name.replace("'", "''")), quoteattr(v.title), escape(v.message)))
    out.append("</table:content-validations>")
    return "\n".join(out)


def _cell_xml(language: str, cell: Cell, column: Column) -> str:
    attrs = []
    style = cell.style or column.style
    if style:
        attrs.append('table:style-name="%s"' % style)
    if column.validation is not None:
        attrs.append('table:content-validation-name="%s"' % column.validation.name)
    value = cell.value
    inner = ""
    if isinstance(value, bool):
        raise TypeError("booleans are not written; use the words of the enumeration")
    if isinstance(value, datetime.date):
        attrs.append('office:value-type="date" office:date-value="%s"' % value.isoformat())
        inner = "<text:p>%s</text:p>" % _format_date(language, value)
    elif isinstance(value, (int, float)):
        kind = "percentage" if style == PERCENT else "float"
        attrs.append('office:value-type="%s" office:value="%s"' % (kind, _format_number(value)))
        shown = "%d%%" % round(value * 100) if kind == "percentage" else _format_number(value)
        inner = "<text:p>%s</text:p>" % shown
    elif isinstance(value, str) and value != "":
        attrs.append('office:value-type="string"')
        inner = "".join("<text:p>%s</text:p>" % escape(line) for line in value.split("\n"))
    if cell.note:
        note = "".join("<text:p>%s</text:p>" % escape(p) for p in cell.note)
        inner = '<office:annotation office:display="false"><dc:creator>Concord</dc:creator>%s</office:annotation>%s' % (note, inner)
    if not inner:
        return "<table:table-cell%s/>" % "".join(" " + a for a in attrs)
    return "<table:table-cell%s>%s</table:table-cell>" % ("".join(" " + a for a in attrs), inner)


def _spare_row(sheet: Sheet) -> str:
    """Empty rows that keep each column's style and list validation."""
    cells = []
    for column in sheet.columns:
        attrs = []
        if column.style:
            attrs.append('table:style-name="%s"' % column.style)
        if column.validation is not None:
            attrs.append('table:content-validation-name="%s"' % column.validation.name)
        cells.append("<table:table-cell%s/>" % "".join(" " + a for a in attrs))
    return '<table:table-row table:number-rows-repeated="%d">%s</table:table-row>' % (sheet.spare_rows, "".join(cells))


def _table(doc: Document, sheet: Sheet, column_styles: dict) -> str:
    out = ['<table:table table:name=%s table:style-name="ta1">' % quoteattr(sheet.name)]
    for column in sheet.columns:
        default = ' table:default-cell-style-name="%s"' % column.style if column.style else ""
        out.append('<table:table-column table:style-name="%s"%s/>' % (column_styles[column.width_cm], default))
    for row in sheet.rows:
        cells = [_cell_xml(doc.language, cell, sheet.columns[i]) for i, cell in enumerate(row)]
        # Header cells with notes go one per line, so that a changed note is a small diff.
        separator = "\n" if any(cell.note for cell in row) else ""
        out.append("<table:table-row>%s%s%s</table:table-row>" % (separator, separator.join(cells), separator))
    if sheet.spare_rows:
        out.append(_spare_row(sheet))
    out.append("</table:table>")
    return "\n".join(out)


def write(doc: Document) -> str:
    """The whole document as flat ODS XML text."""
    widths = sorted({c.width_cm for s in doc.sheets for c in s.columns})
    column_styles = {w: "co%d" % (i + 1) for i, w in enumerate(widths)}
    automatic = ["<office:automatic-styles>"]
    for w, name in column_styles.items():
        automatic.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                         'fo:break-before="auto" style:column-width="%.2fcm"/></style:style>' % (name, w))
    automatic.append('<style:style style:name="ta1" style:family="table"><style:table-properties '
                     'table:display="true" style:writing-mode="lr-tb"/></style:style>')
    automatic.append("</office:automatic-styles>")
    ns = " ".join('xmlns:%s="%s"' % item for item in NAMESPACES.items())
    language_tag = "ru-RU" if doc.language == "ru" else "en-US"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' % ns,
        "<office:meta><meta:generator>Concord templates/tools/generate.py</meta:generator>"
        "<dc:title>%s</dc:title><dc:language>%s</dc:language></office:meta>" % (escape(doc.title), language_tag),
        _freeze_settings(doc),
        _styles(doc.language),
        "\n".join(automatic),
        "<office:body><office:spreadsheet>",
        _validations(doc),
    ]
    parts += [_table(doc, sheet, column_styles) for sheet in doc.sheets]
    parts.append("</office:spreadsheet></office:body></office:document>")
    return "\n".join(p for p in parts if p) + "\n"
