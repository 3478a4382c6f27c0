#include "ResultText.hpp"

#include "UiTexts.hpp"
#include "uno/GridConversion.hpp"

namespace concord::uno {

namespace {

const char sheetSeparator[] = ", ";
const char lineSeparator = '\n';

std::string joined(const css::uno::Sequence<rtl::OUString>& names) {
    std::string text;
    for (const rtl::OUString& name : names)
        text += (text.empty() ? "" : sheetSeparator) + toUtf8(name);
    return text;
}

} // namespace

std::string ResultText::of(const org::concord::GenerationResult& result, const UiTexts& texts) {
    const std::string period = toUtf8(result.period);
    std::string text = result.sheets.hasElements()
                           ? texts.text("status.built", {period, joined(result.sheets)})
                           : texts.text("status.checked", {period});
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

} // namespace concord::uno
