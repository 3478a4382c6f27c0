#!/usr/bin/python3
"""Prints what the sample workbook should show, worked out from the cells Calc reads.

  /usr/bin/python3 templates/tools/story.py [SAMPLE] [--period 2026-12]

A hand check of the sample's story, written from DESIGN §3 on its own (it shares no code
with Concord): each KPI's actual, target, attainment, score and status for the period;
department and company scores; each request's status, on-time shares, misses and ladder
step; and the test group's A/B p-value. English sample by default. Needs python3-uno.
"""

import datetime
import math
import os
import sys

from check_in_calc import Office

HERE = os.path.dirname(os.path.abspath(__file__))
NULL_DATE = datetime.date(1899, 12, 30)
WORDS = {  # en and ru words of DESIGN §2
    "up": "up", "рост": "up", "down": "down", "снижение": "down", "range": "range", "диапазон": "range",
    "week": "week", "неделя": "week", "month": "month", "месяц": "month", "quarter": "quarter",
    "квартал": "quarter", "year": "year", "год": "year", "yes": True, "да": True, "no": False, "нет": False,
}
SHEETS = {"Departments": "Подразделения", "KPIs": "Показатели", "Actuals": "Факт",
          "Requests": "Запросы", "Deliveries": "Поставки"}


def period_of(frequency, cell):
    """(year, index) of the period of `frequency` for a date serial or a text period."""
    if isinstance(cell, str):
        year, _, rest = cell.partition("-")
        return int(year), int(rest[1:]) if rest.startswith("Q") else int(rest)
    day = NULL_DATE + datetime.timedelta(days=int(cell))
    if frequency == "week":
        iso = day.isocalendar()
        return iso[0], iso[1]
    if frequency == "quarter":
        return day.year, (day.month - 1) // 3 + 1
    return day.year, day.month


def previous(frequency, period):
    year, index = period
    if index > 1:
        return year, index - 1
    last = {"month": 12, "quarter": 4, "week": datetime.date(year - 1, 12, 28).isocalendar()[1]}[frequency]
    return year - 1, last


def due_date(frequency, period, due_day):
    year, index = period
    if frequency == "week":
        return datetime.date.fromisocalendar(year, index, due_day)
    month = index if frequency == "month" else 3 * index - 2
    return datetime.date(year, month, due_day)


def attainment(a, t, b, direction, t_max):
    if direction == "range":
        if t <= a <= t_max:
            return 1.0
        distance = t - a if a < t else a - t_max
        return max(0.0, 1 - distance / (t_max - t))
    if b is not None:
        return (a - b) / (t - b)
    return 1 + (a - t) / abs(t) if direction == "up" else 1 - (a - t) / abs(t)


def status(score, amber, green):
    return "green" if score >= green else "amber" if score >= amber else "red"


def table(doc, name):
    sheets = doc.Sheets
    sheet = sheets.getByName(name if sheets.hasByName(name) else SHEETS[name])
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    rows = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
    return [dict(zip(range(len(r)), r)) for r in rows[1:]]


def number(cell):
    return None if cell == "" else float(cell)


def main(args):
    path = os.path.join(os.path.dirname(HERE), "concord-sample-en.fods")
    chosen = (2026, 12)
    for i, arg in enumerate(args):
        if arg == "--period":
            chosen = tuple(int(x) for x in args[i + 1].split("-"))
        elif not arg.startswith("--") and (i == 0 or args[i - 1] != "--period"):
            path = arg
    with Office() as office:
        doc = office.open(path)
        departments, kpis, actuals, requests, deliveries = (
            table(doc, n) for n in ("Departments", "KPIs", "Actuals", "Requests", "Deliveries"))
        doc.close(True)
    last_day = datetime.date(chosen[0] + chosen[1] // 12, chosen[1] % 12 + 1, 1) - datetime.timedelta(days=1)

    print("Period %d-%02d, judged as of %s" % (chosen[0], chosen[1], last_day))
    scores = {}
    for k in kpis:
        kid, dept, direction = k[0], k[2], WORDS.get(k[5], "up")
        frequency = WORDS.get(k[12], "month")
        p = period_of(frequency, (last_day - NULL_DATE).days)
        rows = {period_of(frequency, a[1]): a for a in actuals if a[0] == kid}
        amber, green = number(k[9]) or 0.7, number(k[10]) or 0.95
        if p not in rows:
            last = max(rows) if rows else None
            print("  %-11s %-4s stale, last value in %s" % (kid, dept, last))
            continue
        row = rows[p]
        a, t = row[2], number(row[3]) if row[3] != "" else k[7]
        att = attainment(a, t, number(k[6]), direction, number(k[8]))
        score = min(max(att, 0.0), 1.2)
        prev = rows.get(previous(frequency, p))
        scores.setdefault(dept, []).append((score, number(k[11]) or 1))
        print("  %-11s %-4s actual %8g target %8g prev %8s attainment %6.3f score %5.3f %s"
              % (kid, dept, a, t, prev[2] if prev else "-", att, score, status(score, amber, green)))
    company = []
    for d in departments:
        if d[0] in scores:
            s = sum(x * w for x, w in scores[d[0]]) / sum(w for _, w in scores[d[0]])
            company.append((s, number(d[4]) or 1))
            print("  department %-4s score %.3f %s" % (d[0], s, status(s, 0.7, 0.95)))
    total = sum(s * w for s, w in company) / sum(w for _, w in company)
    print("  company score %.3f %s" % (total, status(total, 0.7, 0.95)))

    print("Requests")
    share = {}
    for r in requests:
        rid, frequency, due_day, agreed = r[0], WORDS.get(r[6], "month"), int(r[7]), WORDS.get(r[9], False)
        if not agreed:
            print("  %s %s<-%s not agreed: ladder 1" % (rid, r[1], r[2]))
            continue
        p = period_of(frequency, (last_day - NULL_DATE).days)
        dated = [x for x in deliveries if x[0] == rid and x[2] != ""]
        history = []
        for _ in range(6):
            due = due_date(frequency, p, due_day)
            on_time = any(period_of(frequency, x[1]) == p and NULL_DATE + datetime.timedelta(days=int(x[2])) <= due
                          for x in dated)
            history.append(on_time)
            p = previous(frequency, p)
        in_a_row = next((i for i, ok in enumerate(history) if ok), len(history))
        last_4 = history[:4].count(False)
        ladder = 0 if history[0] else 3 if last_4 >= 3 else 2 if in_a_row >= 2 else 1
        for code, key in ((r[2], "out"), (r[1], "in")):
            share.setdefault((code, key), []).extend(history)
        print("  %s %s<-%s %-7s last 6 periods (newest first) %s missed_in_a_row %d missed_last_4 %d ladder %d"
              % (rid, r[1], r[2], frequency, "".join("+" if ok else "-" for ok in history), in_a_row, last_4, ladder))
    for (code, key), history in sorted(share.items()):
        print("  on_time_%-3s %-4s %.3f" % (key, code, history.count(True) / len(history)))

    staff = [a for a in actuals if a[0] in ("SAL-WON", "SAL-LEADS") and period_of("month", a[1]) == chosen]
    test = [a for a in actuals if a[0] in ("TSG-WON", "TSG-LEADS") and period_of("month", a[1]) == chosen]
    won_a, leads_a = (next(a[2] for a in staff if a[0] == k) for k in ("SAL-WON", "SAL-LEADS"))
    won_b, leads_b = (next(a[2] for a in test if a[0] == k) for k in ("TSG-WON", "TSG-LEADS"))
    pooled = (won_a + won_b) / (leads_a + leads_b)
    z = (won_b / leads_b - won_a / leads_a) / math.sqrt(pooled * (1 - pooled) * (1 / leads_a + 1 / leads_b))
    p_value = math.erfc(abs(z) / math.sqrt(2))
    print("A/B: staff %d/%d = %.1f%%, test group %d/%d = %.1f%%, z = %.2f, p = %.2g"
          % (won_a, leads_a, 100 * won_a / leads_a, won_b, leads_b, 100 * won_b / leads_b, z, p_value))


if __name__ == "__main__":
    main(sys.argv[1:])
