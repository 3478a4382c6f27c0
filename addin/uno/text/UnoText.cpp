#include "uno/text/UnoText.hpp"

namespace concord::uno {

std::string toUtf8(const rtl::OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

rtl::OUString fromUtf8(const std::string& text) {
    return rtl::OUString::fromUtf8(rtl::OString(text.data(), static_cast<sal_Int32>(text.size())));
}

css::uno::Sequence<rtl::OUString> toSequence(const std::vector<std::string>& texts) {
    css::uno::Sequence<rtl::OUString> result(static_cast<sal_Int32>(texts.size()));
    for (std::size_t i = 0; i < texts.size(); ++i)
        result.getArray()[i] = fromUtf8(texts[i]);
    return result;
}

std::vector<std::string> toStrings(const css::uno::Sequence<rtl::OUString>& texts) {
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(texts.getLength()));
    for (const rtl::OUString& text : texts)
        result.push_back(toUtf8(text));
    return result;
}

} // namespace concord::uno
