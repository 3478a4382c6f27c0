#include "core/report/Texts.hpp"

#include "core/common/Error.hpp"
#include "core/common/Placeholders.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace concord::core::report {

namespace {

const std::string textsKey = "texts";

std::string requireText(const nlohmann::json& entry, const char* language, const std::string& id) {
    const auto found = entry.find(language);
    if (found == entry.end() || !found->is_string() || found->get<std::string>().empty())
        throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                            std::string("the text has no non-empty \"") + language + "\" string",
                            id);
    return found->get<std::string>();
}

} // namespace

Texts::Texts(const nlohmann::json& data) {
    const auto texts = data.is_object() ? data.find(textsKey) : data.end();
    if (texts == data.end() || !texts->is_object())
        throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                            "the sheet texts need a \"texts\" object", textsKey);
    for (const auto& [id, entry] : texts->items()) {
        if (!entry.is_object())
            throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                                "a text must be an object {en, ru}", id);
        _texts.emplace(
            id, functions::LocalText{requireText(entry, "en", id), requireText(entry, "ru", id)});
    }
    for (const std::string& id : requiredIds())
        if (_texts.find(id) == _texts.end())
            throw common::Error(common::Error::Category::Configuration, "texts.missing",
                                "the sheet texts lack a text the generators use", id);
}

Texts Texts::load(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw common::Error(common::Error::Category::Configuration, "texts.unreadable",
                            "cannot open the sheet texts file", path);
    nlohmann::json data = nlohmann::json::parse(in, nullptr, false);
    if (data.is_discarded())
        throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                            "the sheet texts file is not JSON", path);
    return Texts(data);
}

const std::string& Texts::text(std::string_view id, common::Language language) const {
    const auto found = _texts.find(id);
    if (found == _texts.end())
        throw common::Error(common::Error::Category::Configuration, "texts.unknown_id",
                            "no sheet text has this id", std::string(id));
    return found->second.in(language);
}

std::string Texts::format(std::string_view id, common::Language language,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
    return common::Placeholders::named(text(id, language), values);
}

const std::vector<std::string>& Texts::requiredIds() {
    static const std::vector<std::string> ids = {
        // sheet names
        "sheet.scorecard", "sheet.company", "sheet.smart", "sheet.requests", "sheet.escalations",
        // titles and notes
        "title.scorecard", "title.company", "title.smart", "title.requests", "title.escalations",
        "title.period", "format.date", "note.status", "note.requests", "note.escalations",
        "note.mixed_headers",
        // column headers
        "col.id", "col.kpi", "col.unit", "col.direction", "col.baseline", "col.target",
        "col.target_max", "col.actual", "col.attainment", "col.score", "col.status",
        "col.amber_from", "col.green_from", "col.previous", "col.change", "col.pace", "col.weight",
        "col.period", "col.stale", "col.goal", "col.owner", "col.deadline", "col.level",
        "col.department", "col.code", "col.parent", "col.s", "col.m", "col.a", "col.r", "col.t",
        "col.smart_score", "col.missing", "col.hint", "col.green", "col.amber", "col.red",
        "col.on_time_out", "col.on_time_in", "col.from", "col.to", "col.what", "col.why",
        "col.frequency", "col.due_day", "col.due", "col.delivered", "col.agreed",
        "col.request_status", "col.on_time", "col.missed_in_a_row", "col.missed_last_4", "col.step",
        "col.action", "col.escalation", "col.requester",
        // labels of summary blocks
        "label.department_score", "label.department_status", "label.green", "label.amber",
        "label.red", "label.on_time_out", "label.on_time_in", "label.company_score",
        "label.company_status", "label.goals", "label.company_goals", "label.register",
        "label.no_data", "matrix.agreed", "matrix.on_time", "label.history",
        // chart titles
        "chart.score", "chart.attainment", "chart.departments",
        // words
        "direction.up", "direction.down", "direction.range", "frequency.once", "frequency.week",
        "frequency.month", "frequency.quarter", "frequency.year", "level.company",
        "level.department", "level.person", "agreed.yes", "agreed.no", "status.green",
        "status.amber", "status.red", "request.on_time", "request.late", "request.overdue",
        "request.open", "request.not_agreed", "ladder.1", "ladder.2", "ladder.3",
        // sentences
        "escalation.sentence", "escalation.sentence_no_why", "escalation.sentence_purpose",
        "escalation.purpose_words", "smart.implausible_up", "smart.implausible_down"};
    return ids;
}

} // namespace concord::core::report
