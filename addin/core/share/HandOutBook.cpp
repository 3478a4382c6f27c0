#include "core/share/HandOutBook.hpp"

#include "core/model/ReaderConverter.hpp"

#include <algorithm>

namespace concord::core::share {

namespace {

using common::Cell;
using common::Grid;
using common::Language;

const std::string& name(const model::TableSpec& spec, Language language) {
    return language == Language::Ru ? spec.ru : spec.en;
}

std::string header(const model::TableSpec& spec, const std::string& column, Language language) {
    const model::ColumnSpec& c = spec.columns[spec.columnIndex(column)];
    return language == Language::Ru ? c.ru : c.en;
}

Grid grid(const std::vector<std::vector<Cell>>& rows) {
    std::size_t width = 1;
    for (const auto& row : rows)
        width = std::max(width, row.size());
    Grid out(std::max<std::size_t>(rows.size(), 1), width);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            out.at(r, c) = rows[r][c];
    return out;
}

/// The master's Requests sheet: its header row and the rows of the given IDs.
std::optional<HandOutSheet> requestsCopy(const HandOut& handOut,
                                         const std::vector<model::RawSheet>& masterSheets,
                                         const model::TableSchema& schema) {
    const model::TableSpec& spec = schema.table("requests");
    for (const model::RawSheet& sheet : masterSheets) {
        if (schema.findSheet(sheet.name) != &spec)
            continue;
        const model::HeaderMap map = model::TableSchema::mapHeaders(spec, sheet.cells);
        const std::optional<std::size_t> idColumn = map.columns[spec.columnIndex("id")];
        // The columns whose numbers can be dates: Date columns always, Day columns above 31
        // (the reader's rule: a serial above 31 is a date).
        std::vector<std::pair<std::size_t, bool>> dateColumns; // sheet column, always a date
        for (std::size_t i = 0; i < spec.columns.size(); ++i)
            if (map.columns[i] && (spec.columns[i].type == model::ColumnType::Date ||
                                   spec.columns[i].type == model::ColumnType::Day))
                dateColumns.push_back(
                    {*map.columns[i], spec.columns[i].type == model::ColumnType::Date});
        std::vector<std::pair<std::size_t, std::size_t>> dateCells;
        std::vector<std::vector<Cell>> rows;
        std::vector<Cell> head;
        for (std::size_t c = 0; c < sheet.cells.cols(); ++c)
            head.push_back(sheet.cells.at(0, c));
        rows.push_back(head);
        for (std::size_t r = 1; idColumn && r < sheet.cells.rows(); ++r) {
            const Cell& id = sheet.cells.at(r, *idColumn);
            std::string text;
            if (const std::string* s = std::get_if<std::string>(&id))
                text = *s;
            else if (const double* n = std::get_if<double>(&id))
                text = std::to_string(static_cast<long long>(*n));
            text.erase(0, text.find_first_not_of(' '));
            text.erase(text.find_last_not_of(' ') + 1);
            if (std::find(handOut.requests.begin(), handOut.requests.end(), text) ==
                handOut.requests.end())
                continue;
            std::vector<Cell> row;
            for (std::size_t c = 0; c < sheet.cells.cols(); ++c)
                row.push_back(sheet.cells.at(r, c));
            for (const auto& [col, always] : dateColumns)
                if (const double* n = std::get_if<double>(&row[col]); n && (always || *n > 31))
                    dateCells.push_back({rows.size(), col});
            rows.push_back(row);
        }
        return HandOutSheet{sheet.name, grid(rows), {}, true, dateCells};
    }
    return std::nullopt;
}

} // namespace

std::string HandOutBook::scorecardSheet(const report::Texts& sheetTexts, const std::string& code,
                                        Language language) {
    return sheetTexts.format("sheet.scorecard", language, {{"code", code}});
}

std::string HandOutBook::fileName(const HandOut& handOut, const std::string& extension) {
    return handOut.department + " " + handOut.period.label() + "." + extension;
}

HandOutBook HandOutBook::make(const HandOut& handOut,
                              const std::vector<model::RawSheet>& masterSheets,
                              const model::TableSchema& schema, const Texts& texts,
                              Language language) {
    HandOutBook book;
    const model::TableSpec& actuals = schema.table("actuals");
    const model::TableSpec& deliveries = schema.table("deliveries");
    const std::string period = handOut.period.label();

    // About: one text a row.
    std::vector<std::vector<Cell>> about;
    book.title = texts.format("about.title", language, {handOut.department, handOut.name, period});
    about.push_back({book.title});
    if (!handOut.head.empty())
        about.push_back({texts.format("about.head", language, {handOut.head})});
    about.push_back({Cell()});
    about.push_back({texts.format("about.fill_actuals", language, {name(actuals, language)})});
    about.push_back({handOut.deliveries.empty() ? texts.text("about.no_deliveries", language)
                                                : texts.format("about.fill_deliveries", language,
                                                               {name(deliveries, language)})});
    about.push_back({texts.text("about.copies", language)});
    about.push_back({texts.text("about.protected", language)});
    about.push_back(
        {texts.format("about.return_by", language, {Texts::date(handOut.returnBy, language)})});
    about.push_back({Cell()});
    about.push_back(
        {texts.format("about.stamp", language, {handOut.stamp.rowsHash.substr(0, 12)})});
    book.sheets.push_back({texts.text("sheet.about", language), grid(about), {}, false});

    // Actuals: KPI, Name, Unit, Period, Plan, Value (fill), Comment (fill).
    std::vector<std::vector<Cell>> rows;
    rows.push_back({header(actuals, "kpi", language), texts.text("header.name", language),
                    texts.text("header.unit", language), header(actuals, "period", language),
                    header(actuals, "target", language), header(actuals, "value", language),
                    header(actuals, "comment", language)});
    for (const HandOutActual& row : handOut.actuals)
        rows.push_back({row.kpi, row.name, row.unit, row.period.label(), row.plan, Cell(), Cell()});
    book.sheets.push_back({name(actuals, language),
                           grid(rows),
                           {{5, FillColumn::Check::Number}, {6, FillColumn::Check::None}},
                           true});

    // Deliveries: Request, What, Requested by, Period, Due date, Delivered on (fill), Note (fill).
    rows.clear();
    rows.push_back({header(deliveries, "request", language), texts.text("header.what", language),
                    texts.text("header.requested_by", language),
                    header(deliveries, "period", language), texts.text("header.due_date", language),
                    header(deliveries, "delivered_on", language),
                    header(deliveries, "note", language)});
    for (const HandOutDelivery& row : handOut.deliveries)
        rows.push_back({row.request, row.what, row.from, row.period.label(),
                        Texts::date(row.due, language), Cell(), Cell()});
    book.sheets.push_back({name(deliveries, language),
                           grid(rows),
                           {{5, FillColumn::Check::Date}, {6, FillColumn::Check::None}},
                           true});

    if (std::optional<HandOutSheet> copy = requestsCopy(handOut, masterSheets, schema))
        book.sheets.push_back(std::move(*copy));
    book.properties = handOut.stamp.properties();
    return book;
}

} // namespace concord::core::share
