#include "UnoString.hpp"

namespace concord::cli {

rtl::OUString UnoString::fromUtf8(const std::string& text) {
    return rtl::OUString::fromUtf8(rtl::OString(text.data(), static_cast<sal_Int32>(text.size())));
}

std::string UnoString::toUtf8(const rtl::OUString& text) {
    const rtl::OString bytes = text.toUtf8();
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

} // namespace concord::cli
