#include "GeneratorWorkbook.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include <algorithm>
#include <stdexcept>
#include <variant>
#include <vector>

namespace concord::integration {

namespace {

/// A cell: a number, or a text in en and ru (one text for both when ru is empty).
struct Value {
    Value(double number) : number(number), isNumber(true) {}
    Value(const char* en, const char* ru = nullptr) : en(en), ru(ru ? ru : en) {}
    double number = 0;
    bool isNumber = false;
    std::string en;
    std::string ru;
};

struct Table {
    const char* en;
    const char* ru;
    std::vector<Value> headers;
    std::vector<std::vector<Value>> rows;
};

// Date serials (days since 1899-12-30): 2026-01-04 = 46026, 2026-12-31 = 46387.
const std::vector<Table> tables = {
    {"Departments",
     "Подразделения",
     {{"Code", "Код"},
      {"Name", "Название"},
      {"Head", "Руководитель"},
      {"Parent", "Родитель"},
      {"Weight", "Вес"}},
     {{"SAL", {"Sales", "Продажи"}, "Anna", "", 2.0},
      {"MKT", {"Marketing", "Маркетинг"}, "Boris", "", 1.0}}},
    {"KPIs",
     "Показатели",
     {{"ID", "ID"},
      {"Name", "Название"},
      {"Department", "Подразделение"},
      {"Owner", "Ответственный"},
      {"Unit", "Единица"},
      {"Direction", "Направление"},
      {"Baseline", "База"},
      {"Target", "Целевое значение"},
      {"Target max", "Целевое макс."},
      {"Amber from", "Жёлтый от"},
      {"Green from", "Зелёный от"},
      {"Weight", "Вес"},
      {"Frequency", "Периодичность"},
      {"Goal", "Цель"}},
     {{"K1",
       {"Revenue", "Выручка"},
       "SAL",
       "Anna",
       {"kRUB", "тыс. руб."},
       {"up", "рост"},
       "",
       100.0,
       "",
       "",
       "",
       1.0,
       {"month", "месяц"},
       "G2"},
      {"K2",
       {"Leads", "Лиды"},
       "MKT",
       "Boris",
       {"count", "шт."},
       {"up", "рост"},
       "",
       200.0,
       "",
       "",
       "",
       1.0,
       {"month", "месяц"},
       "G3"},
      {"K3",
       {"Response time", "Время ответа"},
       "SAL",
       "Anna",
       {"days", "дни"},
       {"down", "снижение"},
       "",
       10.0,
       "",
       "",
       "",
       1.0,
       {"month", "месяц"},
       ""}}},
    {"Actuals",
     "Факт",
     {{"KPI", "Показатель"},
      {"Period", "Период"},
      {"Value", "Значение"},
      {"Target", "План"},
      {"Comment", "Комментарий"}},
     {{"K1", "2026-01", 90.0, "", ""},
      {"K1", "2026-02", 110.0, "", ""},
      {"K2", "2026-02", 150.0, "", ""},
      {"K3", "2026-02", 8.0, "", ""}}},
    {"Goals",
     "Цели",
     {{"ID", "ID"},
      {"Level", "Уровень"},
      {"Department", "Подразделение"},
      {"Owner", "Ответственный"},
      {"Parent", "Родитель"},
      {"Goal", "Формулировка"},
      {"KPI", "Показатель"},
      {"Deadline", "Срок"},
      {"Weight", "Вес"}},
     {{"G1",
       {"company", "компания"},
       "",
       "CEO",
       "",
       {"Increase revenue to 1,200 kRUB by 31.12.2026",
        "Увеличить выручку до 1 200 тыс. руб. к 31.12.2026"},
       "K1",
       46387.0,
       1.0},
      {"G2",
       {"department", "подразделение"},
       "SAL",
       "Anna",
       "G1",
       {"Sell 100 kRUB every month", "Продавать на 100 тыс. руб. ежемесячно"},
       "K1",
       46387.0,
       1.0},
      {"G3",
       {"department", "подразделение"},
       "MKT",
       "Boris",
       "G1",
       {"Improve marketing", "Улучшить маркетинг"},
       "K2",
       "",
       1.0}}},
    {"Requests",
     "Запросы",
     {{"ID", "ID"},
      {"From", "Заказчик"},
      {"To", "Исполнитель"},
      {"What", "Что"},
      {"Why", "Зачем"},
      {"Format", "Формат"},
      {"Frequency", "Периодичность"},
      {"Due day", "Срок (день)"},
      {"Responsible", "Ответственный"},
      {"Agreed", "Согласовано"}},
     {{"R1",
       "SAL",
       "MKT",
       {"a lead list with contacts", "список лидов с контактами"},
       {"to call every lead within a day", "чтобы звонить каждому лиду в течение дня"},
       "xlsx",
       {"month", "месяц"},
       5.0,
       "Boris",
       {"yes", "да"}},
      {"R2",
       "MKT",
       "SAL",
       {"deal outcomes", "итоги сделок"},
       {"to tune campaigns", "чтобы настраивать кампании"},
       "xlsx",
       {"month", "месяц"},
       10.0,
       "Anna",
       {"no", "нет"}}}},
    {"Deliveries",
     "Поставки",
     {{"Request", "Запрос"},
      {"Period", "Период"},
      {"Delivered on", "Дата поставки"},
      {"Note", "Комментарий"}},
     {{"R1", "2026-01", 46026.0, ""}, {"R1", "2026-02", "", {"late", "опоздание"}}}},
};

/// Problem rows appended to Actuals: row 6 an unknown KPI, row 7 a value that is text.
const std::vector<std::vector<Value>> badActuals = {{"K9", "2026-02", 5.0, "", ""},
                                                    {"K2", "2026-01", "abc", "", ""}};

css::uno::Any toAny(const Value& value, GeneratorWorkbook::Language language) {
    if (value.isNumber)
        return css::uno::Any(value.number);
    return css::uno::Any(::concord::uno::fromUtf8(
        language == GeneratorWorkbook::Language::Ru ? value.ru : value.en));
}

css::uno::Sequence<css::uno::Any> toRow(std::vector<Value> row,
                                        const std::vector<std::size_t>& columns,
                                        GeneratorWorkbook::Language language) {
    css::uno::Sequence<css::uno::Any> result(static_cast<sal_Int32>(columns.size()));
    for (std::size_t i = 0; i < columns.size(); ++i)
        result.getArray()[i] = toAny(row.at(columns[i]), language);
    return result;
}

} // namespace

std::string GeneratorWorkbook::sheetName(const std::string& englishTable, Language language) {
    for (const Table& table : tables)
        if (englishTable == table.en)
            return language == Language::Ru ? table.ru : table.en;
    throw std::invalid_argument("no such table: " + englishTable);
}

void GeneratorWorkbook::write(const cli::CalcDocument& document, const Options& options) {
    css::uno::Reference<css::sheet::XSpreadsheets> sheets = document.model()->getSheets();
    for (const Table& table : tables) {
        if (options.omitTable == table.en)
            continue;
        std::vector<std::size_t> columns;
        for (std::size_t c = 0; c < table.headers.size(); ++c)
            if (!(std::string(table.en) == "KPIs" && table.headers[c].en == options.omitKpiColumn))
                columns.push_back(c);
        if (options.shuffled)
            std::reverse(columns.begin(), columns.end());
        std::vector<std::vector<Value>> rows = table.rows;
        if (options.badCells && std::string(table.en) == "Actuals")
            rows.insert(rows.end(), badActuals.begin(), badActuals.end());

        css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(
            static_cast<sal_Int32>(rows.size() + 1));
        data.getArray()[0] = toRow(table.headers, columns, options.language);
        for (std::size_t r = 0; r < rows.size(); ++r)
            data.getArray()[r + 1] = toRow(rows[r], columns, options.language);

        const rtl::OUString name =
            ::concord::uno::fromUtf8(options.language == Language::Ru ? table.ru : table.en);
        sheets->insertNewByName(
            name, static_cast<sal_Int16>(css::uno::Reference<css::container::XIndexAccess>(
                                             sheets, css::uno::UNO_QUERY_THROW)
                                             ->getCount()));
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name),
                                                            css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(columns.size()) - 1,
                                          static_cast<sal_Int32>(rows.size())),
            css::uno::UNO_QUERY_THROW)
            ->setDataArray(data);
    }
}

} // namespace concord::integration
