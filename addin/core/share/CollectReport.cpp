#include "core/share/CollectReport.hpp"

#include <algorithm>

namespace concord::core::share {

namespace {

const char* outcomeId(Outcome outcome) {
    static const char* const ids[] = {"filled",
                                      "unchanged",
                                      "empty",
                                      "conflict",
                                      "conflict_taken",
                                      "refused_foreign_kpi",
                                      "refused_foreign_request",
                                      "refused_invalid",
                                      "refused_formula",
                                      "unknown"};
    return ids[static_cast<int>(outcome)];
}

const char* statusId(FileStatus status) {
    static const char* const ids[] = {
        "merged", "no_stamp", "other_master", "unknown_department", "unreadable", "password"};
    return ids[static_cast<int>(status)];
}

bool isConflict(Outcome o) {
    return o == Outcome::Conflict || o == Outcome::ConflictTaken;
}

bool isRefused(Outcome o) {
    return o == Outcome::RefusedForeignKpi || o == Outcome::RefusedForeignRequest ||
           o == Outcome::RefusedInvalid || o == Outcome::RefusedFormula;
}

std::string valueText(const MergeLine& line, const std::optional<double>& value,
                      common::Language language) {
    if (!value)
        return line.returnedText;
    if (line.table == "deliveries")
        return Texts::date(static_cast<long>(*value), language);
    return Texts::number(*value, language);
}

nlohmann::json valueJson(const MergeLine& line, const std::optional<double>& value) {
    if (!value)
        return nullptr;
    if (line.table == "deliveries")
        return Texts::date(static_cast<long>(*value), common::Language::En);
    return *value;
}

std::string address(const model::CellRef& at) {
    return at.sheet + "!" + at.address();
}

} // namespace

CollectReport CollectReport::of(const Merge& merge) {
    CollectReport report;
    report.files = merge.files();
    for (const model::Department& department : merge.master().departments) {
        bool returned = false;
        for (const FileResult& file : report.files) {
            if (file.department != department.code)
                continue;
            // A stamped file refused whole was returned all the same (and is listed).
            returned = true;
            if (file.status != FileStatus::Merged)
                continue;
            auto counts =
                std::find_if(report.departments.begin(), report.departments.end(),
                             [&](const DepartmentCounts& c) {
                                 return c.department == file.department && c.period == file.period;
                             });
            if (counts == report.departments.end()) {
                report.departments.push_back({file.department, file.period});
                counts = report.departments.end() - 1;
            }
            ++counts->files;
            for (const MergeLine& line : file.lines) {
                switch (line.outcome) {
                case Outcome::Filled:
                    ++counts->filled;
                    break;
                case Outcome::Unchanged:
                    ++counts->unchanged;
                    break;
                case Outcome::Empty:
                    ++counts->empty;
                    break;
                case Outcome::Unknown:
                    ++counts->listed;
                    break;
                default:
                    if (isConflict(line.outcome))
                        ++counts->conflicts;
                    else
                        ++counts->refused;
                }
            }
        }
        if (!returned)
            report.notReturned.push_back(department.code);
    }
    return report;
}

bool CollectReport::clean() const {
    for (const FileResult& file : files) {
        if (file.status != FileStatus::Merged)
            return false;
        for (const MergeLine& line : file.lines)
            // A listed row was not merged either: the person collecting must look at it.
            if (isConflict(line.outcome) || isRefused(line.outcome) ||
                line.outcome == Outcome::Unknown)
                return false;
    }
    return true;
}

nlohmann::json CollectReport::toJson(const std::string& masterId) const {
    nlohmann::json out;
    out["master_id"] = masterId;
    out["files"] = nlohmann::json::array();
    for (const FileResult& file : files) {
        nlohmann::json lines = nlohmann::json::array();
        for (const MergeLine& line : file.lines)
            lines.push_back(
                {{"outcome", outcomeId(line.outcome)},
                 {"table", line.table},
                 {"key", line.key},
                 {"period", line.period},
                 {"master", valueJson(line, line.master)},
                 {"returned", valueJson(line, line.returned)},
                 {"returned_text", line.returnedText},
                 {"owner", line.owner.empty() ? nlohmann::json() : nlohmann::json(line.owner)},
                 {"master_cell",
                  line.masterCell ? nlohmann::json(address(*line.masterCell)) : nlohmann::json()},
                 {"returned_cell", address(line.returnedCell)}});
        out["files"].push_back({{"file", file.file},
                                {"status", statusId(file.status)},
                                {"department", file.department},
                                {"period", file.period},
                                {"master_changed", file.masterChanged},
                                {"lines", lines}});
    }
    out["departments"] = nlohmann::json::array();
    for (const DepartmentCounts& c : departments)
        out["departments"].push_back({{"code", c.department},
                                      {"period", c.period},
                                      {"files", c.files},
                                      {"filled", c.filled},
                                      {"unchanged", c.unchanged},
                                      {"empty", c.empty},
                                      {"conflicts", c.conflicts},
                                      {"refused", c.refused},
                                      {"listed", c.listed}});
    out["not_returned"] = notReturned;
    out["clean"] = clean();
    return out;
}

std::vector<CollectReport::Issue> CollectReport::issues(const Texts& texts,
                                                        common::Language language) const {
    std::vector<Issue> out;
    for (const FileResult& file : files) {
        if (file.status != FileStatus::Merged) {
            out.push_back({texts.format(std::string("collect.file.") + statusId(file.status),
                                        language, {file.file, file.department, file.period}),
                           std::nullopt, file.file});
            continue;
        }
        if (file.masterChanged)
            out.push_back({texts.format("collect.file.master_changed", language,
                                        {file.file, file.department, file.period}),
                           std::nullopt, file.file});
        for (const MergeLine& line : file.lines) {
            if (line.outcome == Outcome::Filled || line.outcome == Outcome::Unchanged ||
                line.outcome == Outcome::Empty)
                continue;
            const std::string where = line.masterCell
                                          ? address(*line.masterCell)
                                          : file.file + ": " + address(line.returnedCell);
            out.push_back(
                {texts.format(std::string("collect.line.") + outcomeId(line.outcome), language,
                              {where, file.department, line.key, line.period,
                               valueText(line, line.master, language),
                               valueText(line, line.returned, language), line.owner,
                               file.file + ": " + address(line.returnedCell)}),
                 line.masterCell, file.file});
        }
    }
    return out;
}

std::optional<model::CellRef> CollectReport::parseCell(const std::string& text) {
    const std::size_t bang = text.rfind('!');
    if (bang == std::string::npos || bang == 0)
        return std::nullopt;
    const std::string address = text.substr(bang + 1);
    std::size_t i = 0;
    int col = 0;
    while (i < address.size() && address[i] >= 'A' && address[i] <= 'Z')
        col = col * 26 + (address[i++] - 'A' + 1);
    int row = 0;
    const std::size_t digits = i;
    while (i < address.size() && address[i] >= '0' && address[i] <= '9' && row < 10000000)
        row = row * 10 + (address[i++] - '0');
    if (col == 0 || i == digits || i != address.size() || row == 0)
        return std::nullopt;
    return model::CellRef{text.substr(0, bang), row - 1, col - 1};
}

std::vector<std::string> CollectReport::lines(const Texts& texts, common::Language language) const {
    std::vector<std::string> out;
    for (const DepartmentCounts& c : departments)
        out.push_back(texts.format("collect.summary", language,
                                   {c.department, c.period, std::to_string(c.filled),
                                    std::to_string(c.unchanged), std::to_string(c.conflicts),
                                    std::to_string(c.refused), std::to_string(c.listed),
                                    std::to_string(c.empty)}));
    const std::vector<Issue> all = issues(texts, language);
    for (std::size_t i = 0; i < all.size();) {
        // The issues of one file are consecutive.
        std::size_t end = i;
        while (end < all.size() && all[end].file == all[i].file)
            ++end;
        for (std::size_t k = i; k < end && k - i < linesPerFile; ++k)
            out.push_back(all[k].text);
        if (end - i > linesPerFile)
            out.push_back(texts.format("collect.more", language,
                                       {all[i].file, std::to_string(end - i - linesPerFile)}));
        i = end;
    }
    std::string missing;
    for (const std::string& code : notReturned)
        missing += (missing.empty() ? "" : ", ") + code;
    out.push_back(notReturned.empty() ? texts.text("collect.all_returned", language)
                                      : texts.format("collect.not_returned", language, {missing}));
    return out;
}

} // namespace concord::core::share
