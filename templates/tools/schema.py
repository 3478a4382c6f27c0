"""The six input tables of DESIGN §2 in en and ru: sheet names, headers (exactly as in the
design), which are required, the kind of each column, its list of values, and the note
shown on its header cell. Also the About sheet's text (DESIGN §1 in ten lines)."""

from dataclasses import dataclass
from typing import Optional

# Enumerations: the words offered in each language's drop-down list (registration/data/
# words.json accepts more synonyms; the lists warn but do not block them).
ENUMS = {
    "level": {"en": ["company", "department", "person"],
              "ru": ["компания", "подразделение", "сотрудник"]},
    "direction": {"en": ["up", "down", "range"],
                  "ru": ["рост", "снижение", "диапазон"]},
    "frequency": {"en": ["once", "week", "month", "quarter", "year"],
                  "ru": ["однократно", "неделя", "месяц", "квартал", "год"]},
    "agreed": {"en": ["yes", "no"], "ru": ["да", "нет"]},
}

REQUIRED = {"en": "Required.", "ru": "Обязательный столбец."}

LIST_MESSAGE = {
    "en": "Choose a value from the list: {own}. The Russian words ({other}) are accepted too.",
    "ru": "Выберите значение из списка: {own}. Английские слова ({other}) тоже принимаются.",
}


@dataclass
class Col:
    key: str
    en: str
    ru: str
    required: bool
    kind: str  # text, number, date, period, percent, enum:<name>
    note_en: str
    note_ru: str
    width: float  # cm in the template

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru

    def note(self, lang: str) -> list:
        text = self.note_en if lang == "en" else self.note_ru
        return ([REQUIRED[lang]] if self.required else []) + [text]

    def enum(self) -> Optional[str]:
        return self.kind[5:] if self.kind.startswith("enum:") else None


@dataclass
class Table:
    key: str
    en: str
    ru: str
    columns: list

    def name(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


PERIOD_NOTE_EN = "The period: a date inside it, or text 2026-09 (month), 2026-Q3 (quarter), 2026 (year)."
PERIOD_NOTE_RU = "Период: любая дата внутри него или текст 2026-09 (месяц), 2026-Q3 (квартал), 2026 (год)."

TABLES = [
    Table("departments", "Departments", "Подразделения", [
        Col("code", "Code", "Код", True, "text",
            "Short unique code of the department, e.g. SAL. The other sheets refer to the department by this code; it is text, compared exactly (spaces around it are ignored).",
            "Короткий уникальный код подразделения, например SAL. Другие листы ссылаются на подразделение по этому коду; это текст, он сравнивается точно (пробелы по краям не учитываются).", 2.2),
        Col("name", "Name", "Название", True, "text",
            "The department's name as people know it, e.g. Sales.",
            "Название подразделения, например «Продажи».", 6.0),
        Col("head", "Head", "Руководитель", False, "text",
            "Head of the department (name). Shown on its scorecard.",
            "Руководитель подразделения (ФИО). Показывается в карте подразделения.", 4.5),
        Col("parent", "Parent", "Родитель", False, "text",
            "Code of the parent department (e.g. MGT for management); empty at the top. No cycles.",
            "Код вышестоящего подразделения (например, MGT — руководство); пусто на верхнем уровне. Без циклов.", 2.4),
        Col("weight", "Weight", "Вес", False, "number",
            "Weight of the department in the company score: a number of 0 or more; empty means 1.",
            "Вес подразделения в оценке компании: число не меньше 0; пусто — 1.", 1.8),
    ]),
    Table("goals", "Goals", "Цели", [
        Col("id", "ID", "ID", True, "text",
            "Unique goal ID, e.g. G01. Child goals (Parent) and KPIs (Goal) refer to it.",
            "Уникальный ID цели, например G01. На него ссылаются дочерние цели (Родитель) и показатели (Цель).", 1.8),
        Col("level", "Level", "Уровень", False, "enum:level",
            "company, department or person (choose from the list). The company goal is the one goal everybody shares.",
            "компания, подразделение или сотрудник (выберите из списка). Цель компании — одна общая цель для всех.", 3.2),
        Col("department", "Department", "Подразделение", False, "text",
            "Code of the department the goal belongs to (from Departments).",
            "Код подразделения, которому принадлежит цель (с листа «Подразделения»).", 3.2),
        Col("owner", "Owner", "Ответственный", False, "text",
            "Who answers for the goal (name). An owner and an existing parent goal make the goal Relevant (R in SMART).",
            "Кто отвечает за цель (ФИО). Ответственный и существующая родительская цель делают цель релевантной (R в SMART).", 4.5),
        Col("parent", "Parent", "Родитель", False, "text",
            "ID of the goal this one is cascaded from; empty only for the company goal.",
            "ID цели, из которой вытекает эта цель; пусто только у цели компании.", 2.2),
        Col("goal", "Goal", "Формулировка", True, "text",
            "The goal in one sentence: which outcome, how much, by when, e.g. \"Raise sales revenue to 95 million RUB a month by 31.12.2026\". Checked against SMART.",
            "Цель одной фразой: какой результат, сколько, к какому сроку, например «Увеличить выручку до 95 млн руб. в месяц к 31.12.2026». Проверяется по SMART.", 11.0),
        Col("kpi", "KPI", "Показатель", False, "text",
            "ID of the KPI that measures the goal (from KPIs); a KPI with a target makes the goal Measurable.",
            "ID показателя, которым измеряется цель (с листа «Показатели»); показатель с целевым значением делает цель измеримой.", 3.0),
        Col("deadline", "Deadline", "Срок", False, "date",
            "Date by which the goal is to be reached (a date cell); makes the goal Time-bound.",
            "Дата, к которой цель должна быть достигнута (ячейка с датой); делает цель ограниченной во времени.", 2.8),
        Col("weight", "Weight", "Вес", False, "number",
            "Weight of the goal among the goals of its department; empty means 1.",
            "Вес цели среди целей её подразделения; пусто — 1.", 1.8),
    ]),
    Table("kpis", "KPIs", "Показатели", [
        Col("id", "ID", "ID", True, "text",
            "Unique KPI ID, e.g. SAL-REV. Actuals and Goals refer to it.",
            "Уникальный ID показателя, например SAL-REV. На него ссылаются листы «Факт» и «Цели».", 3.0),
        Col("name", "Name", "Название", True, "text",
            "What is measured, e.g. Sales revenue.",
            "Что измеряется, например «Выручка от продаж».", 7.5),
        Col("department", "Department", "Подразделение", True, "text",
            "Code of the department whose scorecard shows the KPI (from Departments).",
            "Код подразделения, в карте которого показывается показатель (с листа «Подразделения»).", 3.2),
        Col("owner", "Owner", "Ответственный", False, "text",
            "Who reports the KPI and answers for it (name).",
            "Кто сдаёт значения показателя и отвечает за него (ФИО).", 4.5),
        Col("unit", "Unit", "Единица", False, "text",
            "Unit of the values: %, days, mln RUB, pcs…",
            "Единица измерения: %, дни, млн руб., шт.…", 2.6),
        Col("direction", "Direction", "Направление", False, "enum:direction",
            "up: higher is better; down: lower is better; range: inside [Target; Target max] is best. Empty means up.",
            "рост: чем больше, тем лучше; снижение: чем меньше, тем лучше; диапазон: лучше всего внутри [Целевое значение; Целевое макс.]. Пусто — рост.", 3.0),
        Col("baseline", "Baseline", "База", False, "number",
            "Starting value. With a baseline, attainment = (actual - baseline) / (target - baseline); without it the actual is compared with the target alone.",
            "Исходное значение. С базой достижение = (факт - база) / (цель - база); без неё факт сравнивается только с целью.", 2.2),
        Col("target", "Target", "Целевое значение", True, "number",
            "Target value per period; a Target on the Actuals sheet (the plan for that period) overrides it. For a range KPI: the lower bound.",
            "Целевое значение на период; План на листе «Факт» (план на этот период) его заменяет. Для показателя-диапазона — нижняя граница.", 3.4),
        Col("target_max", "Target max", "Целевое макс.", False, "number",
            "Range KPIs only: the upper bound of the target range.",
            "Только для показателя-диапазона: верхняя граница целевого диапазона.", 2.8),
        Col("amber_from", "Amber from", "Жёлтый от", False, "percent",
            "Score from which the status is amber (yellow); below it is red. Empty means 0.7 (70%).",
            "Оценка, начиная с которой статус жёлтый; ниже — красный. Пусто — 0,7 (70%).", 2.6),
        Col("green_from", "Green from", "Зелёный от", False, "percent",
            "Score from which the status is green. Empty means 0.95 (95%).",
            "Оценка, начиная с которой статус зелёный. Пусто — 0,95 (95%).", 2.6),
        Col("weight", "Weight", "Вес", False, "number",
            "Weight of the KPI in its department's score; empty means 1.",
            "Вес показателя в оценке подразделения; пусто — 1.", 1.8),
        Col("frequency", "Frequency", "Периодичность", False, "enum:frequency",
            "How often it is measured: week, month, quarter, year or once. It decides which period a value belongs to. Empty means month.",
            "Как часто измеряется: неделя, месяц, квартал, год или однократно. Определяет, к какому периоду относится значение. Пусто — месяц.", 3.2),
        Col("goal", "Goal", "Цель", False, "text",
            "ID of the goal the KPI measures (from Goals).",
            "ID цели, которую измеряет показатель (с листа «Цели»).", 1.8),
    ]),
    Table("actuals", "Actuals", "Факт", [
        Col("kpi", "KPI", "Показатель", True, "text",
            "KPI ID (from KPIs).",
            "ID показателя (с листа «Показатели»).", 3.0),
        Col("period", "Period", "Период", True, "period",
            PERIOD_NOTE_EN + " The KPI's Frequency says which period a date belongs to.",
            PERIOD_NOTE_RU + " Периодичность показателя определяет, к какому периоду относится дата.", 2.6),
        Col("value", "Value", "Значение", True, "number",
            "The measured value: a number in the KPI's unit.",
            "Измеренное значение: число в единицах показателя.", 2.4),
        Col("target", "Target", "План", False, "number",
            "The plan for this period; overrides the KPI's Target. Empty: the KPI's Target applies.",
            "План на этот период; заменяет целевое значение показателя. Пусто — действует целевое значение показателя.", 2.4),
        Col("comment", "Comment", "Комментарий", False, "text",
            "Why the value is what it is: free text.",
            "Почему значение такое: свободный текст.", 9.0),
    ]),
    Table("requests", "Requests", "Запросы", [
        Col("id", "ID", "ID", True, "text",
            "Unique request ID, e.g. R01. Deliveries refer to it.",
            "Уникальный ID запроса, например R01. На него ссылается лист «Поставки».", 1.8),
        Col("from", "From", "Заказчик", True, "text",
            "Code of the department that needs it (the requester).",
            "Код подразделения, которому это нужно (заказчик).", 2.4),
        Col("to", "To", "Исполнитель", True, "text",
            "Code of the department that provides it.",
            "Код подразделения, которое это предоставляет.", 2.6),
        Col("what", "What", "Что", True, "text",
            "What exactly is delivered, e.g. \"Qualified lead list with contacts\". Used in the escalation sentence.",
            "Что именно передаётся, например «Список квалифицированных лидов с контактами». Используется в тексте эскалации.", 8.0),
        Col("why", "Why", "Зачем", False, "text",
            "Why the requester needs it, as a reason (\"we need it because …\"). Used in the escalation sentence: facts, not blame.",
            "Зачем это заказчику, в виде причины («нам это нужно, потому что …»). Используется в тексте эскалации: факты, а не обвинения.", 9.0),
        Col("format", "Format", "Формат", False, "text",
            "In which data format: file type, fields, channel.",
            "В каком формате: тип файла, поля, канал передачи.", 6.0),
        Col("frequency", "Frequency", "Периодичность", False, "enum:frequency",
            "How often: week, month, quarter, year or once. Each period has one due date. Empty means month.",
            "Как часто: неделя, месяц, квартал, год или однократно. В каждом периоде один срок. Пусто — месяц.", 3.2),
        Col("due_day", "Due day", "Срок (день)", False, "number",
            "Due day in each period: day of the month (e.g. 5) for month, quarter and year; weekday 1-7 (Monday = 1) for week. A period with nothing delivered by then is missed. Or a date (15.11.2026, 2026-11-15): the due date itself, required for once.",
            "Срок в каждом периоде: число месяца (например, 5) для месяца, квартала и года; день недели 1-7 (понедельник = 1) для недели. Период без поставки к сроку считается пропущенным. Или дата (15.11.2026, 2026-11-15): сам срок, обязательна для однократного запроса.", 2.6),
        Col("responsible", "Responsible", "Ответственный", False, "text",
            "Who in the providing department answers for the delivery (name).",
            "Кто в подразделении-исполнителе отвечает за поставку (ФИО).", 4.5),
        Col("agreed", "Agreed", "Согласовано", False, "enum:agreed",
            "yes when both department heads have agreed the request, no otherwise. A request not agreed is listed for escalation at step 1: agree it directly.",
            "да, если оба руководителя согласовали запрос, иначе нет. Несогласованный запрос попадает в эскалации на шаге 1: договориться напрямую.", 2.8),
    ]),
    Table("deliveries", "Deliveries", "Поставки", [
        Col("request", "Request", "Запрос", True, "text",
            "Request ID (from Requests).",
            "ID запроса (с листа «Запросы»).", 2.2),
        Col("period", "Period", "Период", True, "period",
            PERIOD_NOTE_EN + " The request's Frequency says which period a date belongs to.",
            PERIOD_NOTE_RU + " Периодичность запроса определяет, к какому периоду относится дата.", 2.8),
        Col("delivered_on", "Delivered on", "Дата поставки", False, "date",
            "Date it was actually delivered (a date cell). Empty means not delivered: the period counts as missed.",
            "Дата фактической поставки (ячейка с датой). Пусто — не поставлено: период считается пропущенным.", 3.2),
        Col("note", "Note", "Комментарий", False, "text",
            "Free text, e.g. what was missing.",
            "Свободный текст, например чего не хватало.", 9.0),
    ]),
]

ABOUT_SHEET = {"en": "About", "ru": "О методе"}

DOCUMENT_TITLE = {"en": "Concord KPI workbook", "ru": "Concord: книга показателей"}

# DESIGN §1 in ten lines, under a title line.
ABOUT = {
    "en": [
        "Concord: how departments stop fighting",
        "1. One common company goal that everybody understands and that is SMART: specific, measurable, achievable, relevant, time-bound.",
        "2. Goals for every department and every employee, cascaded from it (sheet Goals: Level, Parent).",
        "3. Clear KPIs for employees, departments and the company, measured each fixed period, transparent and public (sheets KPIs and Actuals).",
        "4. Agreed interactions between departments: who asks whom for what, in which format, how often, who is responsible (sheets Requests and Deliveries).",
        "Where management has not set this up, a department head (a) first agrees the interaction directly with the colleague;",
        "(b) if that fails, escalates to management with facts: \"we do not receive X from them, and we need it because Y\", never \"they are a mess\";",
        "(c) as a last resort takes the critical function over; a marketing head may run a small test sales group and prove with numbers that its tools sell better.",
        "Fill in the six sheets. Headers may be English or Russian, in any order; the note on each header explains the column and says whether it is required.",
        "Then run Tools > Concord > Build all (or concord build on the command line): department scorecards, the company sheet, the SMART check,",
        "the request matrix and the escalation ladder appear as new sheets, rebuilt on every run; your own sheets are never changed.",
    ],
    "ru": [
        "Concord: как подразделениям перестать воевать",
        "1. Одна общая цель компании, понятная всем и сформулированная по SMART: конкретная, измеримая, достижимая, релевантная, ограниченная во времени.",
        "2. Цели каждого подразделения и каждого сотрудника, каскадированные из неё (лист «Цели»: Уровень, Родитель).",
        "3. Понятные показатели сотрудников, подразделений и компании, измеряемые с фиксированной периодичностью, прозрачные и публичные (листы «Показатели» и «Факт»).",
        "4. Согласованное взаимодействие подразделений: кто у кого что запрашивает, в каком формате, как часто, кто отвечает (листы «Запросы» и «Поставки»).",
        "Если руководство этого не сделало, руководитель подразделения (а) сначала договаривается о взаимодействии напрямую с коллегой;",
        "(б) если не получилось, эскалирует руководству с фактами: «мы не получаем от них X, а нам это нужно, потому что Y», а не «у них бардак»;",
        "(в) в крайнем случае забирает критичную функцию себе; руководитель маркетинга может создать небольшую тестовую группу продаж и доказать цифрами, что его инструменты продают лучше.",
        "Заполните шесть листов. Заголовки могут быть русскими или английскими, в любом порядке; примечание к каждому заголовку объясняет столбец и говорит, обязателен ли он.",
        "Затем выполните Сервис > Concord > Построить всё (или concord build в командной строке): карты подразделений, лист компании, проверка SMART,",
        "матрица запросов и лестница эскалаций появятся новыми листами и перестраиваются при каждом запуске; ваши листы не меняются.",
    ],
}
