#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace concord::cli {

/// The UNO runtime of this (client) process, needed to reach a remote office.
class LocalUno {
public:
    /// The component context of this process, bootstrapped on first use from the office's
    /// fundamentalrc (URE_BOOTSTRAP is set to it first unless already set: without it the
    /// bootstrap crashes). Thread-safe. Throws OfficeError when the bootstrap fails.
    static css::uno::Reference<css::uno::XComponentContext> context();
};

} // namespace concord::cli
