#pragma once

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <exception>
#include <string>

namespace concord::uno {

/// The one place where the commands and the sidebar turn C++ exceptions into UNO ones.
class UnoBoundary {
public:
    /// The message of the exception being handled, for a status line or a message box:
    /// a UNO exception's Message (its "Concord: " prefix removed), core::common::Error::what(), any
    /// other std::exception's what(), or "unexpected error". Call only inside a catch block.
    /// Never throws.
    static std::string currentMessage() noexcept;

    /// Runs call and returns its result. A UNO exception passes unchanged; core::common::Error or
    /// another std::exception becomes css::uno::RuntimeException "Concord: <what()>";
    /// anything else RuntimeException "Concord: unexpected error".
    template <class Call> static auto guarded(Call call) -> decltype(call()) {
        try {
            return call();
        } catch (const css::uno::Exception&) {
            throw;
        } catch (...) {
            throw css::uno::RuntimeException(prefixed(currentMessage()));
        }
    }

private:
    static rtl::OUString prefixed(const std::string& message);
};

} // namespace concord::uno
