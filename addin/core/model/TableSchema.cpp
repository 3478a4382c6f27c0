#include "core/model/TableSchema.hpp"

#include "core/common/DataFile.hpp"
#include "core/common/Error.hpp"
#include "core/common/Utf8.hpp"
#include "core/model/ReaderText.hpp"

#include <nlohmann/json.hpp>

#include <utility>

namespace concord::core::model {

namespace {

const std::pair<const char*, ColumnType> typeNames[] = {
    {"key", ColumnType::Key},
    {"text", ColumnType::Text},
    {"number", ColumnType::Number},
    {"weight", ColumnType::Weight},
    {"date", ColumnType::Date},
    {"period", ColumnType::Period},
    {"day", ColumnType::Day},
    {"direction", ColumnType::Direction},
    {"frequency", ColumnType::Frequency},
    {"level", ColumnType::Level},
    {"agreed", ColumnType::Agreed},
};

const char* const languages[] = {"en", "ru"};

/// Characters dropped from the end of a name: the template marks required columns with *.
bool isTrailingMark(char c) {
    return c == '*' || c == ':' || c == '?' || c == '.' || c == ' ';
}

/// Replaces every occurrence of from by to.
std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// Whitespace runs (ASCII and no-break spaces) as one space.
std::string collapseSpaces(const std::string& text) {
    const std::string spaced = replaceAll(text, "\xC2\xA0", " ");
    std::string out;
    for (const char c : spaced) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

const nlohmann::json& member(const nlohmann::json& object, const char* key,
                             const std::string& where) {
    const auto found = object.is_object() ? object.find(key) : object.end();
    if (!object.is_object() || found == object.end())
        throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                            "missing member", where + "." + key);
    return *found;
}

std::string stringMember(const nlohmann::json& object, const char* key, const std::string& where) {
    const nlohmann::json& value = member(object, key, where);
    if (!value.is_string() || value.get<std::string>().empty())
        throw common::Error(common::Error::Category::Configuration, "tables.invalid", "not a text",
                            where + "." + key);
    return value.get<std::string>();
}

bool flagMember(const nlohmann::json& object, const char* key, const std::string& where) {
    const nlohmann::json& value = member(object, key, where);
    if (!value.is_boolean())
        throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                            "not true or false", where + "." + key);
    return value.get<bool>();
}

/// Reads {"en": [...], "ru": [...]}: the first en and ru words, and all words normalised
/// (together and per language).
void readNames(const nlohmann::json& object, const std::string& where, std::string& en,
               std::string& ru, std::vector<std::string>& names, std::vector<std::string>& namesEn,
               std::vector<std::string>& namesRu) {
    for (const char* language : languages) {
        const nlohmann::json& list = member(object, language, where);
        if (!list.is_array() || list.empty())
            throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                                "not a list of names", where + "." + language);
        for (const nlohmann::json& word : list) {
            const std::string normal =
                word.is_string() ? TableSchema::normalise(word.get<std::string>()) : "";
            if (normal.empty())
                throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                                    "not a name", where + "." + language);
            names.push_back(normal);
            (language == std::string("en") ? namesEn : namesRu).push_back(normal);
        }
        (language == std::string("en") ? en : ru) = list.front().get<std::string>();
    }
}

ColumnType typeOf(const std::string& name, const std::string& where) {
    for (const auto& [typeName, type] : typeNames)
        if (name == typeName)
            return type;
    throw common::Error(common::Error::Category::Configuration, "tables.unknown_type",
                        "unknown column type", where + ": " + name);
}

ColumnSpec readColumn(const nlohmann::json& data, const std::string& table) {
    ColumnSpec column;
    column.id = stringMember(data, "id", table + ".columns");
    const std::string where = table + "." + column.id;
    column.type = typeOf(stringMember(data, "type", where), where);
    column.required = flagMember(data, "required", where);
    readNames(data, where, column.en, column.ru, column.headers, column.headersEn,
              column.headersRu);
    return column;
}

TableSpec readTable(const nlohmann::json& data) {
    TableSpec table;
    table.id = stringMember(data, "id", "tables");
    table.required = flagMember(data, "required", table.id);
    readNames(member(data, "sheet", table.id), table.id + ".sheet", table.en, table.ru, table.names,
              table.namesEn, table.namesRu);
    const nlohmann::json& columns = member(data, "columns", table.id);
    if (!columns.is_array() || columns.empty())
        throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                            "not a list of columns", table.id + ".columns");
    for (const nlohmann::json& column : columns)
        table.columns.push_back(readColumn(column, table.id));
    // One header must name one column: the same header in a column's en and ru lists is fine.
    for (std::size_t a = 0; a < table.columns.size(); ++a)
        for (std::size_t b = a + 1; b < table.columns.size(); ++b) {
            if (table.columns[a].id == table.columns[b].id)
                throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                                    "column id used twice", table.id + "." + table.columns[a].id);
            for (const std::string& header : table.columns[a].headers)
                for (const std::string& other : table.columns[b].headers)
                    if (header == other)
                        throw common::Error(common::Error::Category::Configuration,
                                            "tables.ambiguous_header", "header names two columns",
                                            table.id + ": " + header);
        }
    return table;
}

} // namespace

std::size_t TableSpec::columnIndex(const std::string& columnId) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].id == columnId)
            return i;
    throw common::Error(common::Error::Category::Configuration, "tables.unknown_column",
                        "no such column", id + "." + columnId);
}

TableSchema::TableSchema(const nlohmann::json& data) {
    const nlohmann::json& tables = member(data, "tables", "tables.json");
    if (!tables.is_array() || tables.empty())
        throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                            "not a list of tables", "tables");
    for (const nlohmann::json& table : tables)
        _tables.push_back(readTable(table));
    for (std::size_t a = 0; a < _tables.size(); ++a)
        for (std::size_t b = a + 1; b < _tables.size(); ++b) {
            if (_tables[a].id == _tables[b].id)
                throw common::Error(common::Error::Category::Configuration, "tables.invalid",
                                    "table id used twice", _tables[a].id);
            for (const std::string& name : _tables[a].names)
                for (const std::string& other : _tables[b].names)
                    if (name == other)
                        throw common::Error(common::Error::Category::Configuration,
                                            "tables.ambiguous_sheet", "sheet name names two tables",
                                            name);
        }
}

TableSchema TableSchema::load(const std::string& path) {
    return TableSchema(common::readDataFile(path, "tables", "the tables file"));
}

const TableSpec& TableSchema::table(const std::string& id) const {
    for (const TableSpec& table : _tables)
        if (table.id == id)
            return table;
    throw common::Error(common::Error::Category::Configuration, "tables.unknown_table",
                        "no such table", id);
}

const TableSpec* TableSchema::findSheet(std::string_view sheetName) const {
    const std::string name = normalise(sheetName);
    for (const TableSpec& table : _tables)
        for (const std::string& known : table.names)
            if (known == name)
                return &table;
    return nullptr;
}

HeaderMap TableSchema::mapHeaders(const TableSpec& table, const common::Grid& cells) {
    HeaderMap map;
    map.columns.assign(table.columns.size(), std::nullopt);
    for (std::size_t col = 0; col < cells.cols(); ++col) {
        const std::string header = normalise(ReaderText::cell(cells.at(0, col)));
        if (header.empty())
            continue;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            bool named = false;
            for (const std::string& known : table.columns[i].headers)
                named = named || known == header;
            if (!named)
                continue;
            if (map.columns[i])
                map.repeated.push_back({col, *map.columns[i]});
            else
                map.columns[i] = col;
            break;
        }
    }
    return map;
}

std::string TableSchema::normalise(std::string_view text) {
    std::string name = collapseSpaces(common::Utf8::lowerWithoutYo(text));
    for (bool changed = true; changed;) {
        changed = false;
        while (!name.empty() && (isTrailingMark(name.back()) || name.front() == ' ')) {
            if (name.front() == ' ')
                name.erase(0, 1);
            else
                name.pop_back();
            changed = true;
        }
        const std::size_t open = name.rfind('(');
        if (!name.empty() && name.back() == ')' && open != std::string::npos && open > 0) {
            name.erase(open);
            changed = true;
        }
    }
    return name;
}

} // namespace concord::core::model
