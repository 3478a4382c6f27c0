"""The sample workbook's story: Volna Telecom, a fictional telecom reseller, in 2026.

Everything here is data: departments, goals, KPIs with how their monthly values move,
requests between departments with which deliveries were late or missing. generate.py turns
it into rows. Codes and IDs are the same in both languages, so an en and a ru build of the
sample give the same numbers; texts are given as (en, ru) pairs.
"""

import datetime
import random

YEAR = 2026
MONTHS = list(range(1, 13))

COMPANY = ("Volna Telecom", "«Волна Телеком»")

PEOPLE = {
    "ceo": ("Elena Sokolova", "Елена Соколова"),
    "sales": ("Igor Petrov", "Игорь Петров"),
    "marketing": ("Anna Volkova", "Анна Волкова"),
    "finance": ("Olga Smirnova", "Ольга Смирнова"),
    "logistics": ("Sergey Kuznetsov", "Сергей Кузнецов"),
    "service": ("Maria Ivanova", "Мария Иванова"),
    "test": ("Dmitry Orlov", "Дмитрий Орлов"),
    "b2b": ("Pavel Belov", "Павел Белов"),
    "partners": ("Irina Lebedeva", "Ирина Лебедева"),
    "accountant": ("Nikolai Fedorov", "Николай Фёдоров"),
}

# code, (name en, name ru), head, parent, weight
DEPARTMENTS = [
    ("MGT", ("Management", "Руководство"), "ceo", "", 1),
    ("SAL", ("Sales", "Продажи"), "sales", "MGT", 2),
    ("MKT", ("Marketing", "Маркетинг"), "marketing", "MGT", 1),
    ("FIN", ("Finance", "Финансы"), "finance", "MGT", 1),
    ("LOG", ("Logistics", "Логистика"), "logistics", "MGT", 1),
    ("CS", ("Customer service", "Клиентский сервис"), "service", "MGT", 1),
    ("TSG", ("Test sales group (marketing)", "Тестовая группа продаж (маркетинг)"), "test", "MKT", 0.5),
]


def d(month, day, year=YEAR):
    return datetime.date(year, month, day)


# id, level, department, owner, parent, (text en, text ru), kpi, deadline, weight.
# Some goals are vague on purpose (G03, G08, G12, G13, G20), some lack a deadline (G17),
# one has a target far beyond its history (G22); the rest are SMART.
GOALS = [
    ("G01", "company", "MGT", "ceo", "",
     ("Reach 480 million RUB of gross profit in 2026 (40 million RUB a month) and keep monthly churn below 1.5%",
      "Выйти на валовую прибыль 480 млн руб. в 2026 году (40 млн руб. в месяц) при оттоке абонентов ниже 1,5% в месяц"),
     "MGT-GP", d(12, 31), 2),
    ("G02", "department", "SAL", "sales", "G01",
     ("Raise sales revenue to 95 million RUB a month by 31.12.2026",
      "Увеличить выручку от продаж до 95 млн руб. в месяц к 31.12.2026"),
     "SAL-REV", d(12, 31), 2),
    ("G03", "department", "SAL", "", "",
     ("Sell more", "Продавать больше"), "", None, 1),
    ("G04", "department", "MKT", "marketing", "G02",
     ("Pass 1,800 qualified leads a month to sales by 30.06.2026",
      "Передавать в продажи 1800 квалифицированных лидов в месяц к 30.06.2026"),
     "MKT-SQL", d(6, 30), 2),
    ("G05", "department", "MKT", "marketing", "G01",
     ("Lower the cost per lead from 1,650 to 1,200 RUB by 30.09.2026",
      "Снизить стоимость лида с 1650 до 1200 руб. к 30.09.2026"),
     "MKT-CPL", d(9, 30), 1),
    ("G06", "department", "TSG", "test", "G02",
     ("Prove with a test sales group that marketing leads convert at 25% or more by 31.12.2026",
      "Доказать на тестовой группе продаж, что лиды маркетинга конвертируются в продажи на 25% и выше к 31.12.2026"),
     "TSG-CONV", d(12, 31), 1),
    ("G07", "department", "FIN", "finance", "G01",
     ("Cut days sales outstanding from 52 to 40 days by 30.09.2026",
      "Сократить оборачиваемость дебиторской задолженности с 52 до 40 дней к 30.09.2026"),
     "FIN-DSO", d(9, 30), 2),
    ("G08", "department", "FIN", "finance", "G01",
     ("Optimise costs", "Оптимизация затрат"), "", None, 1),
    ("G09", "department", "FIN", "accountant", "G07",
     ("Close the monthly books within 5 working days every month",
      "Закрывать месяц не дольше 5 рабочих дней ежемесячно"),
     "FIN-CLOSE", None, 1),
    ("G10", "department", "LOG", "logistics", "G01",
     ("Bring the average delivery lead time down from 3.4 to 2 days by 31.12.2026",
      "Сократить средний срок доставки с 3,4 до 2 дней к 31.12.2026"),
     "LOG-LEAD", d(12, 31), 2),
    ("G11", "department", "LOG", "logistics", "G01",
     ("Keep stock coverage between 20 and 30 days every month",
      "Ежемесячно держать запас товара в пределах 20-30 дней продаж"),
     "LOG-COVER", None, 1),
    # Written in the other language on purpose: hints come in the goal's own language.
    ("G12", "department", "LOG", "", "",
     ("Повысить качество", "Improve quality"), "", None, 1),
    ("G13", "department", "CS", "service", "G01",
     ("Improve customer experience", "Улучшить клиентский опыт"), "", None, 1),
    ("G14", "department", "CS", "service", "G01",
     ("Reduce monthly subscriber churn from 2.1% to 1.5% by 31.12.2026",
      "Снизить ежемесячный отток абонентов с 2,1% до 1,5% к 31.12.2026"),
     "CS-CHURN", d(12, 31), 2),
    ("G15", "department", "CS", "service", "G13",
     ("Answer 85% of calls within 30 seconds every month from 01.04.2026",
      "Ежемесячно отвечать на 85% звонков в течение 30 секунд начиная с 01.04.2026"),
     "CS-SL", None, 1),
    ("G16", "person", "SAL", "b2b", "G02",
     ("Close 40 B2B contracts per quarter by the end of 2026",
      "Заключать 40 B2B-договоров в квартал к концу 2026 года"),
     "SAL-B2B", d(12, 31), 1),
    ("G17", "person", "MKT", "partners", "G04",
     ("Launch 3 new partner campaigns", "Запустить 3 новые партнёрские кампании"), "", None, 1),
    ("G18", "department", "SAL", "sales", "G02",
     ("Follow up 90% of marketing leads within 24 hours by 31.03.2026",
      "Обрабатывать 90% лидов маркетинга в течение 24 часов к 31.03.2026"),
     "SAL-FOLLOW", d(3, 31), 1),
    ("G19", "department", "MGT", "ceo", "G01",
     ("Have all 15 request/response agreements between departments signed by 31.03.2026",
      "Подписать все 15 соглашений о запросах между подразделениями к 31.03.2026"),
     "MGT-REQ", d(3, 31), 1),
    ("G20", "department", "FIN", "", "",
     ("Digital transformation of finance", "Цифровая трансформация финансов"), "", None, 1),
    ("G21", "person", "TSG", "test", "G06",
     ("Win 50 deals a month from 200 marketing leads in the test group by 31.12.2026",
      "Закрывать в тестовой группе 50 сделок в месяц из 200 лидов маркетинга к 31.12.2026"),
     "TSG-WON", d(12, 31), 1),
    ("G22", "department", "MKT", "marketing", "G01",
     ("Grow online shop sales from 5 to 30 million RUB a month by 31.12.2026",
      "Увеличить продажи интернет-магазина с 5 до 30 млн руб. в месяц к 31.12.2026"),
     "MKT-ONLINE", d(12, 31), 1),
]

UNITS = {
    "mln": ("mln RUB", "млн руб."), "krub": ("thousand RUB", "тыс. руб."), "rub": ("RUB", "руб."),
    "pct": ("%", "%"), "pcs": ("pcs", "шт."), "days": ("days", "дни"),
    "wdays": ("working days", "рабочие дни"), "points": ("points", "пункты"),
}

# A KPI: id, (name en, name ru), department, owner, unit, direction, baseline, target,
# target max, amber from, green from, weight, frequency, goal, and its series:
#   values: 12 monthly values (None = no value) or 4 quarterly values; or
#   (start, end, noise, decimals) for a line from January to December with seeded noise.
#   plan: per-period plan targets written into Actuals (None = the KPI's target).
# The December value sets the status the story needs (see the README).
KPIS = [
    dict(id="MGT-GP", name=("Gross profit", "Валовая прибыль"), dept="MGT", owner="ceo", unit="mln",
         direction="up", baseline=33, target=40, weight=2, goal="G01",
         series=(34.5, 38.6, 1.2, 1),
         plan=[34, 34, 35, 35, 36, 37, 37, 38, 38, 39, 39, 40]),
    dict(id="MGT-EBITDA", name=("EBITDA margin", "Рентабельность по EBITDA"), dept="MGT", owner="ceo",
         unit="pct", direction="up", baseline=8, target=12, series=(9.1, 11.9, 0.5, 1)),
    dict(id="MGT-REQ", name=("Request agreements signed", "Подписанные соглашения о запросах"), dept="MGT",
         owner="ceo", unit="pcs", direction="up", baseline=0, target=15, frequency="quarter", goal="G19",
         values=[6, 10, 13, 14]),
    dict(id="SAL-REV", name=("Sales revenue", "Выручка от продаж"), dept="SAL", owner="sales", unit="mln",
         direction="up", baseline=78, target=95, weight=2, goal="G02",
         series=(80.2, 91.5, 2.0, 1),
         plan=[82, 83, 85, 86, 87, 88, 88, 90, 91, 93, 94, 95]),
    dict(id="SAL-B2B", name=("B2B contracts signed", "Заключённые B2B-договоры"), dept="SAL", owner="b2b",
         unit="pcs", direction="up", baseline=28, target=40, frequency="quarter", goal="G16",
         values=[31, 35, 38, 41]),
    dict(id="SAL-LEADS", name=("Marketing leads worked by staff sellers", "Лиды маркетинга, обработанные штатными продавцами"),
         dept="SAL", owner="sales", unit="pcs", direction="up", target=1500, derived="staff_leads"),
    dict(id="SAL-WON", name=("Deals won from marketing leads by staff sellers", "Сделки штатных продавцов из лидов маркетинга"),
         dept="SAL", owner="sales", unit="pcs", direction="up", target=270, derived="staff_won"),
    dict(id="SAL-CONV", name=("Lead-to-deal conversion, staff sellers", "Конверсия лидов в сделки, штатные продавцы"),
         dept="SAL", owner="sales", unit="pct", direction="up", baseline=14, target=18, derived="staff_conv"),
    dict(id="SAL-FOLLOW", name=("Leads followed up within 24 hours", "Лиды, обработанные за 24 часа"), dept="SAL",
         owner="sales", unit="pct", direction="up", baseline=62, target=90, goal="G18",
         series=(60, 71, 3, 0)),
    dict(id="SAL-DEAL", name=("Average deal size", "Средний чек сделки"), dept="SAL", owner="b2b", unit="krub",
         direction="up", target=55, weight=0.5, series=(47.5, 53.2, 1.5, 1)),
    dict(id="MKT-SQL", name=("Qualified leads passed to sales", "Квалифицированные лиды, переданные в продажи"),
         dept="MKT", owner="marketing", unit="pcs", direction="up", baseline=1300, target=1800, weight=2, goal="G04",
         series=(1420, 1790, 40, 0),
         plan=[1400, 1430, 1470, 1500, 1540, 1580, 1620, 1660, 1700, 1740, 1770, 1800]),
    dict(id="MKT-CPL", name=("Cost per lead", "Стоимость лида"), dept="MKT", owner="marketing", unit="rub",
         direction="down", baseline=1650, target=1200, goal="G05", series=(1620, 1240, 40, 0)),
    dict(id="MKT-ONLINE", name=("Online shop sales", "Продажи интернет-магазина"), dept="MKT", owner="partners",
         unit="mln", direction="up", baseline=5, target=30, weight=0.5, goal="G22", series=(5.2, 8.4, 0.4, 1)),
    # Stale: sales stopped sending lead feedback (request R02), so no value after October.
    dict(id="MKT-LEADQ", name=("Leads accepted by sales", "Лиды, принятые продажами"), dept="MKT",
         owner="marketing", unit="pct", direction="up", baseline=55, target=80,
         values=[56, 57, 59, 58, 60, 62, 61, 63, 65, 66, None, None]),
    dict(id="MKT-ROMI", name=("Return on marketing investment", "Окупаемость маркетинговых вложений (ROMI)"),
         dept="MKT", owner="marketing", unit="pct", direction="up", baseline=180, target=250,
         series=(185, 262, 10, 0)),
    dict(id="MKT-NEWSUB", name=("New subscribers from campaigns", "Новые абоненты из кампаний"), dept="MKT",
         owner="partners", unit="pcs", direction="up", target=2400, series=(1900, 2550, 80, 0)),
    dict(id="TSG-LEADS", name=("Marketing leads worked by the test group", "Лиды маркетинга, обработанные тестовой группой"),
         dept="TSG", owner="test", unit="pcs", direction="up", target=200, derived="test_leads"),
    dict(id="TSG-WON", name=("Deals won by the test group", "Сделки тестовой группы"), dept="TSG", owner="test",
         unit="pcs", direction="up", target=50, goal="G21", derived="test_won",
         plan=[None, None, 30, 32, 35, 38, 40, 42, 45, 47, 48, 50]),
    dict(id="TSG-CONV", name=("Lead-to-deal conversion, test group", "Конверсия лидов в сделки, тестовая группа"),
         dept="TSG", owner="test", unit="pct", direction="up", baseline=14, target=25, goal="G06",
         derived="test_conv"),
    dict(id="FIN-DSO", name=("Days sales outstanding", "Оборачиваемость дебиторской задолженности"), dept="FIN",
         owner="finance", unit="days", direction="down", baseline=52, target=40, amber=0.6, green=0.9,
         weight=2, goal="G07", values=[51, 50, 48, 47, 46, 45, 44, 43, 44, 45, 47, 49]),
    dict(id="FIN-CLOSE", name=("Days to close the monthly books", "Срок закрытия месяца"), dept="FIN",
         owner="accountant", unit="wdays", direction="down", baseline=9, target=5, goal="G09",
         values=[9, 8, 8, 7, 7, 7, 6, 6, 6, 5, 5, 5]),
    dict(id="FIN-OPEX", name=("Operating costs against budget", "Операционные расходы к бюджету"), dept="FIN",
         owner="finance", unit="pct", direction="down", target=100, series=(104, 108, 2, 1)),
    dict(id="FIN-OVERDUE", name=("Overdue receivables share", "Доля просроченной дебиторской задолженности"),
         dept="FIN", owner="finance", unit="pct", direction="down", baseline=18, target=10,
         values=[17.5, 17, 16.2, 15.1, 14.5, 13.8, 13.2, 12.9, 13.4, 14.2, 15, 15.5]),
    dict(id="LOG-LEAD", name=("Delivery lead time", "Срок доставки"), dept="LOG", owner="logistics", unit="days",
         direction="down", baseline=3.4, target=2, weight=2, goal="G10", series=(3.3, 2.1, 0.15, 1)),
    dict(id="LOG-COVER", name=("Stock coverage", "Запас товара в днях продаж"), dept="LOG", owner="logistics",
         unit="days", direction="range", target=20, target_max=30, goal="G11",
         values=[24, 26, 29, 31, 33, 34, 28, 25, 22, 19, 23, 27]),
    dict(id="LOG-OTD", name=("Customer orders delivered on time", "Заказы клиентов, доставленные вовремя"),
         dept="LOG", owner="logistics", unit="pct", direction="up", baseline=88, target=97, series=(89, 96.4, 0.8, 1)),
    dict(id="LOG-DOCERR", name=("Shipping documents with errors", "Отгрузочные документы с ошибками"), dept="LOG",
         owner="logistics", unit="pct", direction="down", baseline=6, target=2,
         values=[5.8, 5.5, 5.1, 4.6, 4.2, 3.9, 3.6, 3.5, 3.9, 4.4, 5.6, 4.9]),
    dict(id="CS-CHURN", name=("Monthly subscriber churn", "Ежемесячный отток абонентов"), dept="CS",
         owner="service", unit="pct", direction="down", baseline=2.1, target=1.5, weight=2, goal="G14",
         series=(2.05, 1.52, 0.06, 2)),
    dict(id="CS-SL", name=("Calls answered within 30 seconds", "Звонки, принятые за 30 секунд"), dept="CS",
         owner="service", unit="pct", direction="up", baseline=71, target=85, amber=0.8, green=0.97, goal="G15",
         series=(72, 84, 2, 0)),
    dict(id="CS-NPS", name=("Net promoter score", "Индекс лояльности клиентов (NPS)"), dept="CS", owner="service",
         unit="points", direction="up", baseline=22, target=35, frequency="quarter", values=[23, 25, 24, 27]),
    dict(id="CS-FCR", name=("First contact resolution", "Решено с первого обращения"), dept="CS", owner="service",
         unit="pct", direction="up", target=80, series=(70, 81, 1.5, 0)),
]

# The A/B story behind SAL-LEADS/SAL-WON and TSG-LEADS/TSG-WON: leads worked per month and
# conversion in percent. The test group starts in March with 200 leads a month.
STAFF_LEADS = [1250, 1270, 1300, 1290, 1330, 1350, 1340, 1370, 1380, 1400, 1410, 1420]
STAFF_CONV = [13.8, 14.1, 13.6, 14.0, 14.3, 13.9, 14.2, 14.4, 14.0, 14.5, 14.3, 14.6]
TEST_LEADS = [None, None, 180, 190, 200, 200, 195, 200, 200, 200, 200, 200]
TEST_CONV = [None, None, 19.0, 20.5, 21.0, 22.5, 23.0, 23.5, 24.0, 25.0, 25.5, 26.0]

# Comments written next to some Actuals: (kpi, month) -> (en, ru).
COMMENTS = {
    ("MGT-GP", 6): ("Price war on SIM bundles", "Ценовая война на пакетах SIM"),
    ("SAL-REV", 3): ("The lead list from marketing came six days late", "Список лидов от маркетинга пришёл на шесть дней позже"),
    ("SAL-REV", 12): ("Below plan: fewer B2C leads worked", "Ниже плана: обработано меньше B2C-лидов"),
    ("MKT-LEADQ", 10): ("Last month with lead feedback from sales", "Последний месяц с обратной связью от продаж по лидам"),
    ("TSG-WON", 3): ("Test group started on 2 March", "Тестовая группа начала работу 2 марта"),
    ("FIN-DSO", 11): ("No delivery notes from logistics: B2B invoices not sent", "Нет накладных от логистики: счета B2B не выставлены"),
    ("FIN-DSO", 12): ("Delivery notes for November came on 15 December", "Накладные за ноябрь пришли 15 декабря"),
    ("LOG-COVER", 6): ("Overstock after the spring promotion", "Затоваривание после весенней акции"),
    ("LOG-DOCERR", 11): ("Warehouse moved to the new site", "Переезд склада на новую площадку"),
    ("CS-SL", 12): ("Two operators on sick leave", "Два оператора на больничном"),
}

# Requests: id, from (needs it), to (provides it), (what en, ru), (why en, ru), (format en, ru),
# frequency, due day, responsible, agreed, and what happened:
#   late: {period: date delivered after the due date}; missing: periods with no row at all;
#   empty: {period: (note en, note ru)} rows with no date (not a delivery); start: first period;
#   earlier: [(period text, date delivered)] rows before 2026, so that the last 6 periods of
#   a quarterly request have a history.
# Periods are months 1-12, ISO weeks 1-53, or quarters 1-4.
REQUESTS = [
    dict(id="R01", frm="SAL", to="MKT",
         what=("Qualified lead list with contacts and product interest", "Список квалифицированных лидов с контактами и интересом к продукту"),
         why=("we have to call every lead within 24 hours to meet the revenue plan", "мы должны обзвонить каждый лид за 24 часа, чтобы выполнить план по выручке"),
         fmt=("CSV from the CRM: name, phone, product, source", "CSV из CRM: имя, телефон, продукт, источник"),
         freq="month", due=3, resp="marketing", agreed=True,
         late={3: d(3, 9), 7: d(7, 6)}),
    dict(id="R02", frm="MKT", to="SAL",
         what=("Feedback on every lead: accepted, rejected with the reason, or sold", "Обратная связь по каждому лиду: принят, отклонён с причиной или продан"),
         why=("we measure lead quality by channel and stop paying for channels that do not sell", "мы оцениваем качество лидов по каналам и перестаём платить за каналы, которые не продают"),
         fmt=("Lead status export from the CRM (xlsx)", "Выгрузка статусов лидов из CRM (xlsx)"),
         freq="month", due=5, resp="sales", agreed=True,
         late={5: d(5, 12), 11: d(11, 19)}, missing=[9],
         empty={12: ("Promised after the sales conference", "Обещали после конференции продаж")}),
    dict(id="R03", frm="FIN", to="LOG",
         what=("Signed delivery notes for all shipped B2B orders", "Подписанные накладные по всем отгруженным B2B-заказам"),
         why=("without them we cannot invoice customers, and days sales outstanding grows", "без них мы не можем выставить счета клиентам, и растёт оборачиваемость дебиторской задолженности"),
         fmt=("Scanned PDF and a register in xlsx", "Сканы PDF и реестр в xlsx"),
         freq="month", due=2, resp="logistics", agreed=True,
         late={4: d(4, 8), 12: d(12, 15)},
         empty={11: ("Warehouse move: notes not sent", "Переезд склада: накладные не отправлены")}),
    dict(id="R04", frm="LOG", to="FIN",
         what=("Payment confirmations for prepaid orders", "Подтверждения оплаты по заказам с предоплатой"),
         why=("we release a shipment only after payment and want to ship the same day", "мы отгружаем только после оплаты и хотим отгружать в тот же день"),
         fmt=("Bank statement extract by order number", "Выписка из банка по номерам заказов"),
         freq="week", due=2, resp="finance", agreed=True,
         late={10: 4, 23: 4}, missing=[31]),
    dict(id="R05", frm="LOG", to="SAL",
         what=("Sales forecast by product for the next month", "Прогноз продаж по товарам на следующий месяц"),
         why=("we order stock from it and must keep coverage between 20 and 30 days", "по нему мы заказываем товар и должны держать запас в пределах 20-30 дней"),
         fmt=("xlsx by SKU", "xlsx по артикулам"),
         freq="month", due=25, resp="sales", agreed=True,
         late={6: d(6, 29), 8: d(8, 31)}),
    dict(id="R06", frm="SAL", to="LOG",
         what=("Stock availability report by SKU", "Отчёт о наличии товара по артикулам"),
         why=("sellers must not promise what is not in stock", "продавцы не должны обещать то, чего нет на складе"),
         fmt=("xlsx export from the warehouse system", "Выгрузка xlsx из складской системы"),
         freq="month", due=2, resp="logistics", agreed=True,
         late={2: d(2, 4)}),
    dict(id="R07", frm="CS", to="MKT",
         what=("Campaign calendar and offer terms before each launch", "Календарь кампаний и условия акций до каждого запуска"),
         why=("operators must answer customers correctly about new tariffs", "операторы должны правильно отвечать клиентам о новых тарифах"),
         fmt=("Shared calendar and a one-page offer sheet (PDF)", "Общий календарь и памятка по акции на одну страницу (PDF)"),
         freq="month", due=25, resp="partners", agreed=True,
         late={4: d(4, 28)}, missing=[12]),
    dict(id="R08", frm="MKT", to="CS",
         what=("Top complaint and churn reasons", "Основные причины жалоб и оттока"),
         why=("we fix the offers that make customers leave", "мы исправляем предложения, из-за которых уходят клиенты"),
         fmt=("xlsx pivot by reason", "Сводная таблица xlsx по причинам"),
         freq="month", due=7, resp="service", agreed=True),
    dict(id="R09", frm="SAL", to="FIN",
         what=("Credit limit decisions for new B2B clients within 2 working days", "Решения о кредитном лимите для новых B2B-клиентов за 2 рабочих дня"),
         why=("B2B deals are lost while they wait for approval", "B2B-сделки срываются, пока ждут одобрения"),
         fmt=("E-mail with the decision from the ERP", "Письмо с решением из ERP"),
         freq="month", due=10, resp="finance", agreed=False, missing=list(MONTHS)),
    dict(id="R10", frm="FIN", to="SAL",
         what=("Signed contracts and price approvals for B2B deals", "Подписанные договоры и согласования цен по B2B-сделкам"),
         why=("we invoice on the agreed terms only", "мы выставляем счета только на согласованных условиях"),
         fmt=("PDF contract and price sheet", "Договор и прайс-лист в PDF"),
         freq="month", due=3, resp="b2b", agreed=True,
         late={2: d(2, 10), 6: d(6, 5)}),
    dict(id="R11", frm="MGT", to="FIN",
         what=("Monthly management report: P&L by department", "Ежемесячный управленческий отчёт: P&L по подразделениям"),
         why=("we steer the company goal by it", "по нему мы управляем достижением цели компании"),
         fmt=("xlsx report", "Отчёт xlsx"),
         freq="month", due=10, resp="accountant", agreed=True,
         late={1: d(1, 14)}),
    dict(id="R12", frm="FIN", to="MKT",
         what=("Marketing spend by channel with the invoices", "Маркетинговые расходы по каналам со счетами"),
         why=("we book costs in the right month and compute the cost per lead", "мы относим расходы на правильный месяц и считаем стоимость лида"),
         fmt=("xlsx and invoice scans", "xlsx и сканы счетов"),
         freq="month", due=3, resp="marketing", agreed=True,
         missing=[6], empty={5: ("Invoices lost in e-mail", "Счета потерялись в почте")}),
    dict(id="R13", frm="CS", to="LOG",
         what=("Delayed orders with the new delivery dates", "Задержанные заказы с новыми датами доставки"),
         why=("we warn customers before they call", "мы предупреждаем клиентов до того, как они позвонят"),
         fmt=("xlsx export from the warehouse system", "Выгрузка xlsx из складской системы"),
         freq="week", due=1, resp="logistics", agreed=True,
         late={15: 3, 44: 3}),
    dict(id="R14", frm="MGT", to="CS",
         what=("Customer survey results (NPS) for the quarter", "Результаты опроса клиентов (NPS) за квартал"),
         why=("the company goal includes keeping customers", "цель компании включает удержание клиентов"),
         fmt=("Presentation and xlsx with the answers", "Презентация и xlsx с ответами"),
         freq="quarter", due=15, resp="service", agreed=True,
         late={3: d(10, 20)},
         earlier=[("2025-Q3", datetime.date(2025, 7, 14)), ("2025-Q4", datetime.date(2025, 10, 15))]),
    dict(id="R15", frm="TSG", to="MKT",
         what=("200 leads a month for the test group, same mix as sales gets", "200 лидов в месяц для тестовой группы, в той же структуре, что и для продаж"),
         why=("the test must compare the test group and the staff sellers on equal leads", "тест должен сравнивать тестовую группу и штатных продавцов на одинаковых лидах"),
         fmt=("CSV from the CRM, same fields as R01", "CSV из CRM, те же поля, что в R01"),
         freq="month", due=3, resp="marketing", agreed=True, start=3),
]

LATE_NOTE = ("Sent after a reminder", "Прислали после напоминания")


def rng(key):
    """A random generator seeded by a text key, the same on every run."""
    return random.Random("concord-sample/" + key)


def line_series(kpi):
    """Monthly values on a line from start to end with seeded noise; December is exact."""
    start, end, noise, decimals = kpi["series"]
    r = rng(kpi["id"])
    out = []
    for i, _ in enumerate(MONTHS):
        value = start + (end - start) * i / (len(MONTHS) - 1)
        if 0 < i < len(MONTHS) - 1:
            value += r.uniform(-noise, noise)
        value = round(value, decimals)
        out.append(int(value) if decimals == 0 else value)
    return out


def derived_series(name):
    """The A/B test numbers: leads, won deals and conversion for staff and test group."""
    if name in ("staff_leads", "test_leads"):
        return STAFF_LEADS if name == "staff_leads" else TEST_LEADS
    leads, conv = (STAFF_LEADS, STAFF_CONV) if name.startswith("staff") else (TEST_LEADS, TEST_CONV)
    won = [None if n is None else round(n * c / 100) for n, c in zip(leads, conv)]
    if name.endswith("_won"):
        return won
    return [None if n is None else round(100 * w / n, 1) for n, w in zip(leads, won)]


def values_of(kpi):
    if "values" in kpi:
        return kpi["values"]
    if "derived" in kpi:
        return derived_series(kpi["derived"])
    return line_series(kpi)
