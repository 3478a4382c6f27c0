#include "ResultText.hpp"
#include "uno/text/UnoText.hpp"

#include "UiTexts.hpp"
#include "core/common/NumberText.hpp"
#include "uno/GridConversion.hpp"

#include <ctime>

namespace concord::uno {

namespace {

const char sheetSeparator[] = ", ";
const char lineSeparator = '\n';

/// The ui.json word of each status (KPI.STATUS −1, 0, 1).
const char* statusWord(const std::optional<core::kpi::Status>& status) {
    if (!status)
        return "score.none";
    switch (*status) {
    case core::kpi::Status::Green:
        return "score.green";
    case core::kpi::Status::Amber:
        return "score.amber";
    case core::kpi::Status::Red:
        break;
    }
    return "score.red";
}

std::string joined(const css::uno::Sequence<rtl::OUString>& names) {
    std::string text;
    for (const rtl::OUString& name : names)
        text += (text.empty() ? "" : sheetSeparator) + toUtf8(name);
    return text;
}

std::string companyLine(const core::report::CompanyResult& company,
                        const std::optional<double>& previousScore, const UiTexts& texts) {
    if (!company.score)
        return texts.text("status.company_none");
    const std::string score = core::common::NumberText::percent(*company.score, texts.language());
    const std::string status = texts.text(statusWord(company.status));
    if (!previousScore)
        return texts.text("status.company", {score, status});
    return texts.text(
        "status.company_was",
        {score, status, core::common::NumberText::percent(*previousScore, texts.language())});
}

} // namespace

std::string ResultText::of(const org::concord::GenerationResult& result,
                           const core::report::CompanyResult& company, const UiTexts& texts,
                           const std::string& time, const std::optional<double>& previousScore) {
    const std::string period = toUtf8(result.period);
    std::string text = result.sheets.hasElements()
                           ? texts.text("status.built", {period, joined(result.sheets), time})
                           : texts.text("status.checked", {period, time});
    text += lineSeparator + companyLine(company, previousScore, texts);
    for (const rtl::OUString& note : result.notes)
        text += lineSeparator + toUtf8(note);
    if (result.problems.hasElements())
        text += lineSeparator +
                texts.text("status.problems", {std::to_string(result.problems.getLength())});
    return text;
}

std::string ResultText::failed(const std::string& message, const UiTexts& texts) {
    return texts.text("status.failed", {message});
}

std::string ResultText::now() {
    const std::time_t clock = std::time(nullptr);
    std::tm local{};
    localtime_r(&clock, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%H:%M:%S", &local);
    return buffer;
}

} // namespace concord::uno
