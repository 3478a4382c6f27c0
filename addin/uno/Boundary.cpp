#include "Boundary.hpp"
#include "uno/text/UnoText.hpp"

#include "GridConversion.hpp"
#include "core/common/Error.hpp"

namespace concord::uno {

namespace {

const std::string prefix = "Concord: ";
const std::string configurationBroken = "a data file of the extension is missing or broken: ";
const char unexpected[] = "unexpected error";

std::string withoutPrefix(const std::string& message) {
    return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

[[noreturn]] void translateError(const core::common::Error& error, bool illegalArgumentDeclared,
                                 sal_Int16 inputArgument) {
    using Category = core::common::Error::Category;
    switch (error.category()) {
    case Category::Argument:
    case Category::Input:
        if (illegalArgumentDeclared)
            throw css::lang::IllegalArgumentException(
                fromUtf8(error.what()), nullptr,
                error.category() == Category::Input ? inputArgument : 0);
        throw css::uno::RuntimeException(fromUtf8(prefix + error.what()));
    case Category::Configuration:
        throw css::uno::RuntimeException(fromUtf8(prefix + configurationBroken + error.what()));
    case Category::Internal:
        break;
    }
    throw css::uno::RuntimeException(fromUtf8(prefix + error.what()));
}

} // namespace

void Boundary::translate(bool illegalArgumentDeclared, sal_Int16 inputArgument) {
    try {
        throw;
    } catch (const css::uno::Exception&) {
        throw;
    } catch (const core::common::Error& error) {
        translateError(error, illegalArgumentDeclared, inputArgument);
    } catch (const std::exception& error) {
        throw css::uno::RuntimeException(fromUtf8(prefix + error.what()));
    } catch (...) {
        throw css::uno::RuntimeException(fromUtf8(prefix + unexpected));
    }
}

std::string Boundary::currentMessage() noexcept {
    try {
        try {
            translate(false, 0);
        } catch (const css::uno::Exception& error) {
            return withoutPrefix(toUtf8(error.Message));
        }
    } catch (...) {
    }
    return unexpected;
}

} // namespace concord::uno
