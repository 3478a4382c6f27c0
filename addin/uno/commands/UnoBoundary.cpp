#include "UnoBoundary.hpp"

#include "uno/GridConversion.hpp"

namespace concord::uno {

namespace {

const std::string prefix = "Concord: ";
const char unexpected[] = "unexpected error";

std::string withoutPrefix(const std::string& message) {
    return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

} // namespace

std::string UnoBoundary::currentMessage() noexcept {
    try {
        try {
            throw;
        } catch (const css::uno::Exception& error) {
            return withoutPrefix(toUtf8(error.Message));
        } catch (const std::exception& error) {
            return withoutPrefix(error.what());
        }
    } catch (...) {
        return unexpected;
    }
}

rtl::OUString UnoBoundary::prefixed(const std::string& message) {
    return fromUtf8(prefix + message);
}

} // namespace concord::uno
