#!/usr/bin/python3
"""Writes the Concord workbooks as flat ODS next to this folder:

  concord-template-en.fods, concord-template-ru.fods  the empty input tables (DESIGN §2)
  concord-sample-en.fods,   concord-sample-ru.fods    the Volna Telecom sample

A development tool: its output is committed, and the build converts the .fods files
without running it. Run it after changing schema.py or sample.py:

  /usr/bin/python3 templates/tools/generate.py
"""

import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fods  # noqa: E402
import sample  # noqa: E402
from schema import ABOUT, ABOUT_SHEET, DOCUMENT_TITLE, ENUMS, LIST_MESSAGE, TABLES  # noqa: E402

LANGUAGES = ("en", "ru")
OUT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SAMPLE_ABOUT = {
    "en": [
        "",
        "This workbook is a sample: %s, a fictional telecom reseller, in 2026 (months 2026-01 to 2026-12)." % sample.COMPANY[0],
        "Marketing and sales fight over leads, finance and logistics over delivery notes; the test sales group (TSG) shows with numbers that marketing leads sell.",
        "Build it (concord demo) and look at the Escalations sheet: R02 is at step 3, R03 at step 2, R07 and R09 at step 1.",
    ],
    "ru": [
        "",
        "Это пример: %s, вымышленный дилер услуг связи, 2026 год (месяцы с 2026-01 по 2026-12)." % sample.COMPANY[1],
        "Маркетинг и продажи спорят о лидах, финансы и логистика — о накладных; тестовая группа продаж (TSG) доказывает цифрами, что лиды маркетинга продаются.",
        "Постройте отчёты (concord demo) и откройте лист «Эскалации»: R02 на шаге 3, R03 на шаге 2, R07 и R09 на шаге 1.",
    ],
}


def pick(pair, lang):
    return pair[0] if lang == "en" else pair[1]


def enum_word(kind, index_word, lang):
    """The word of enumeration `kind` in `lang` for the en word `index_word`."""
    return ENUMS[kind][lang][ENUMS[kind]["en"].index(index_word)]


def validation(kind, lang, header):
    own, other = ENUMS[kind][lang], ENUMS[kind]["ru" if lang == "en" else "en"]
    return fods.Validation(
        name="list_" + kind, values=own, title=header,
        message=LIST_MESSAGE[lang].format(own=", ".join(own), other=", ".join(other)))


def column_style(col):
    if col.kind == "date":
        return fods.DATE
    if col.kind == "percent":
        return fods.PERCENT
    return None


def data_sheet(table, lang, rows=()):
    columns = []
    for i, col in enumerate(table.columns):
        width = col.width
        if rows:
            longest = max(len(str(r[i].value)) if r[i].value is not None else 0 for r in rows)
            width = max(width, min(14.0, round(0.19 * longest + 0.4, 1)))
        enum = col.enum()
        columns.append(fods.Column(
            width_cm=width, style=column_style(col),
            validation=validation(enum, lang, col.header(lang)) if enum else None))
    header = [fods.Cell(col.header(lang), fods.HEADER, col.note(lang)) for col in table.columns]
    return fods.Sheet(table.name(lang), columns, [header] + list(rows))


def about_sheet(lang, extra=()):
    lines = ABOUT[lang] + list(extra)
    rows = [[fods.Cell(lines[0], fods.TITLE)]] + [[fods.Cell(line or None, fods.TEXT)] for line in lines[1:]]
    return fods.Sheet(ABOUT_SHEET[lang], [fods.Column(26.0)], rows, freeze_header=False, spare_rows=0)


def template(lang):
    sheets = [about_sheet(lang)] + [data_sheet(t, lang) for t in TABLES]
    return fods.Document(lang, DOCUMENT_TITLE[lang], sheets, active_sheet=sheets[0].name)


# --- sample rows -----------------------------------------------------------------------

def c(value=None, style=None):
    return fods.Cell(value, style)


def person(key, lang):
    return pick(sample.PEOPLE[key], lang) if key else None


def department_rows(lang):
    return [[c(code), c(pick(name, lang)), c(person(head, lang)), c(parent or None), c(weight)]
            for code, name, head, parent, weight in sample.DEPARTMENTS]


def goal_rows(lang):
    return [[c(gid), c(enum_word("level", level, lang)), c(dept), c(person(owner, lang)), c(parent or None),
             c(pick(text, lang)), c(kpi or None), c(deadline, fods.DATE), c(weight)]
            for gid, level, dept, owner, parent, text, kpi, deadline, weight in sample.GOALS]


def kpi_rows(lang):
    rows = []
    for k in sample.KPIS:
        rows.append([
            c(k["id"]), c(pick(k["name"], lang)), c(k["dept"]), c(person(k["owner"], lang)),
            c(pick(sample.UNITS[k["unit"]], lang)), c(enum_word("direction", k["direction"], lang)),
            c(k.get("baseline")), c(k["target"]), c(k.get("target_max")),
            c(k.get("amber"), fods.PERCENT), c(k.get("green"), fods.PERCENT), c(k.get("weight", 1)),
            c(enum_word("frequency", k.get("frequency", "month"), lang)), c(k.get("goal")),
        ])
    return rows


def actual_rows(lang):
    rows = []
    for month in sample.MONTHS:
        for k in sample.KPIS:
            values = sample.values_of(k)
            quarterly = k.get("frequency") == "quarter"
            if quarterly and month % 3:
                continue
            index = month // 3 - 1 if quarterly else month - 1
            value = values[index]
            if value is None:
                continue
            period = c("%d-Q%d" % (sample.YEAR, index + 1)) if quarterly else c(sample.d(month, 1), fods.MONTH)
            plan = k["plan"][index] if "plan" in k else None
            comment = sample.COMMENTS.get((k["id"], month))
            rows.append([c(k["id"]), period, c(value), c(plan), c(pick(comment, lang) if comment else None)])
    return rows


def request_rows(lang):
    return [[c(r["id"]), c(r["frm"]), c(r["to"]), c(pick(r["what"], lang)), c(pick(r["why"], lang)),
             c(pick(r["fmt"], lang)), c(enum_word("frequency", r["freq"], lang)), c(r["due"]),
             c(person(r["resp"], lang)), c(enum_word("agreed", "yes" if r["agreed"] else "no", lang))]
            for r in sample.REQUESTS]


def periods_of(request):
    """(index, period cell value, period style, due date, first day) of each period of 2026."""
    freq, due_day = request["freq"], request["due"]
    if freq == "month":
        for m in sample.MONTHS:
            first = sample.d(m, 1)
            last_day = (sample.d(m + 1, 1) if m < 12 else datetime.date(sample.YEAR + 1, 1, 1)) - datetime.timedelta(days=1)
            yield m, first, fods.MONTH, first.replace(day=min(due_day, last_day.day)), first
    elif freq == "week":
        weeks = datetime.date(sample.YEAR, 12, 28).isocalendar()[1]
        for w in range(1, weeks + 1):
            monday = datetime.date.fromisocalendar(sample.YEAR, w, 1)
            yield w, monday, fods.DATE, monday + datetime.timedelta(days=due_day - 1), monday
    elif freq == "quarter":
        for q in range(1, 5):
            first = sample.d(3 * q - 2, 1)
            yield q, "%d-Q%d" % (sample.YEAR, q), None, first.replace(day=due_day), first
    else:
        raise ValueError("sample requests use month, week or quarter, not " + freq)


def delivery_rows(lang):
    by_period = []
    for r in sample.REQUESTS:
        random = sample.rng(r["id"])
        for period, delivered in r.get("earlier", ()):
            by_period.append((delivered, r["id"], [c(r["id"]), c(period), c(delivered, fods.DATE), c(None)]))
        for index, period, style, due, first in periods_of(r):
            if index < r.get("start", 1) or index in r.get("missing", ()):
                continue
            if index in r.get("empty", {}):
                delivered, note = None, pick(r["empty"][index], lang)
            elif index in r.get("late", {}):
                late = r["late"][index]
                delivered = first + datetime.timedelta(days=late) if isinstance(late, int) else late
                note = pick(sample.LATE_NOTE, lang)
                assert delivered > due, (r["id"], index)
            else:
                earliest = max(first, due - datetime.timedelta(days=3))
                delivered = earliest + datetime.timedelta(days=random.randint(0, (due - earliest).days))
                note = None
            by_period.append((first, r["id"], [c(r["id"]), c(period, style), c(delivered, fods.DATE), c(note)]))
    by_period.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in by_period]


SAMPLE_ROWS = {
    "departments": department_rows, "goals": goal_rows, "kpis": kpi_rows,
    "actuals": actual_rows, "requests": request_rows, "deliveries": delivery_rows,
}


def check_references():
    """The sample's own IDs must point at each other; a broken link is a bug in sample.py."""
    departments = {code for code, *_ in sample.DEPARTMENTS}
    goals = {g[0]: g for g in sample.GOALS}
    kpis = {k["id"]: k for k in sample.KPIS}
    for gid, _, dept, _, parent, _, kpi, _, _ in sample.GOALS:
        assert dept in departments and (not parent or parent in goals) and (not kpi or kpi in kpis), gid
        assert not kpi or kpis[kpi]["dept"] == dept, gid
    for k in sample.KPIS:
        assert k["dept"] in departments and (not k.get("goal") or goals[k["goal"]][6] == k["id"]), k["id"]
        expected = 4 if k.get("frequency") == "quarter" else 12
        assert len(sample.values_of(k)) == expected and len(k.get("plan", [0] * expected)) == expected, k["id"]
    for r in sample.REQUESTS:
        assert r["frm"] in departments and r["to"] in departments and r["frm"] != r["to"], r["id"]


def sample_document(lang):
    sheets = [about_sheet(lang, SAMPLE_ABOUT[lang])]
    sheets += [data_sheet(t, lang, SAMPLE_ROWS[t.key](lang)) for t in TABLES]
    title = "%s: %s" % (DOCUMENT_TITLE[lang], pick(sample.COMPANY, lang))
    return fods.Document(lang, title, sheets, active_sheet=sheets[0].name)


def main():
    check_references()
    for lang in LANGUAGES:
        for name, doc in (("concord-template-%s.fods" % lang, template(lang)),
                          ("concord-sample-%s.fods" % lang, sample_document(lang))):
            path = os.path.join(OUT_DIR, name)
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                out.write(fods.write(doc))
            print("wrote", os.path.relpath(path))


if __name__ == "__main__":
    main()
