#include "core/publish/Texts.hpp"

#include "core/common/Error.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

namespace concord::core::publish {

namespace {

const char textsKey[] = "texts";

nlohmann::json readJson(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw common::Error(common::Error::Category::Configuration, "texts.unreadable",
                            "cannot open the texts file", path);
    nlohmann::json data = nlohmann::json::parse(in, nullptr, false);
    if (data.is_discarded())
        throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                            "the texts file is not JSON", path);
    return data;
}

/// sheets.json with publish.json's texts added to its "texts" (a site text wins on a
/// clash: the site owns its ids).
nlohmann::json merged(const nlohmann::json& sheets, const nlohmann::json& publish) {
    nlohmann::json data = sheets;
    const auto site = publish.is_object() ? publish.find(textsKey) : publish.end();
    if (site == publish.end() || !site->is_object())
        throw common::Error(common::Error::Category::Configuration, "texts.invalid",
                            "the site texts need a \"texts\" object", textsKey);
    if (!data.is_object() || !data.contains(textsKey) || !data[textsKey].is_object())
        return data; // report::Texts names the problem
    for (const auto& [id, entry] : site->items())
        data[textsKey][id] = entry;
    return data;
}

} // namespace

Texts::Texts(report::Texts texts) : _texts(std::move(texts)) {
    for (const std::string& id : requiredIds()) {
        try {
            _texts.text(id, common::Language::En);
        } catch (const common::Error&) {
            throw common::Error(common::Error::Category::Configuration, "texts.missing",
                                "the site texts lack a text the pages use", id);
        }
    }
}

Texts::Texts(const nlohmann::json& sheets, const nlohmann::json& publish)
    : Texts(report::Texts(merged(sheets, publish))) {}

Texts Texts::load(const std::string& dataDir) {
    return Texts(readJson(dataDir + "/sheets.json"), readJson(dataDir + "/publish.json"));
}

const std::string& Texts::text(std::string_view id, common::Language language) const {
    return _texts.text(id, language);
}

std::string Texts::format(std::string_view id, common::Language language,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
    return _texts.format(id, language, values);
}

const std::vector<std::string>& Texts::requiredIds() {
    static const std::vector<std::string> ids = {"site.lang_attr",
                                                 "site.skip",
                                                 "site.nav",
                                                 "site.nav_company",
                                                 "site.nav_smart",
                                                 "site.nav_requests",
                                                 "site.departments",
                                                 "site.period",
                                                 "site.generated",
                                                 "site.live",
                                                 "site.stale_banner",
                                                 "site.company_score",
                                                 "site.score",
                                                 "site.no_score",
                                                 "site.percent",
                                                 "site.kpi_counts",
                                                 "site.on_time_out",
                                                 "site.on_time_in",
                                                 "site.history",
                                                 "site.chart_score",
                                                 "site.chart_score_desc",
                                                 "site.chart_kpis",
                                                 "site.chart_kpis_desc",
                                                 "site.chart_departments",
                                                 "site.chart_departments_desc",
                                                 "site.chart_data",
                                                 "site.threshold_amber",
                                                 "site.threshold_green",
                                                 "site.stale",
                                                 "site.stale_never",
                                                 "site.trend",
                                                 "site.kpis",
                                                 "site.goals",
                                                 "site.no_goals",
                                                 "site.open_scorecard",
                                                 "site.smart_met",
                                                 "site.smart_missing",
                                                 "site.smart_unchecked",
                                                 "site.smart_score",
                                                 "site.matrix",
                                                 "site.matrix_cell",
                                                 "site.matrix_none",
                                                 "site.escalations_none",
                                                 "site.step",
                                                 "site.problems",
                                                 "site.problem_cell",
                                                 "site.not_found",
                                                 "site.not_found_title",
                                                 "site.refused_title",
                                                 "site.not_ready_title",
                                                 "site.method_not_allowed",
                                                 "site.uri_too_long",
                                                 "site.not_ready",
                                                 "site.footer",
                                                 "site.status_none"};
    return ids;
}

} // namespace concord::core::publish
