#include "LocalUno.hpp"

#include "OfficeError.hpp"
#include "OfficeInstallation.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/uno/Exception.hpp>
#include <cppuhelper/bootstrap.hxx>

#include <cstdlib>
#include <mutex>

namespace concord::cli {

css::uno::Reference<css::uno::XComponentContext> LocalUno::context() {
    static std::mutex mutex;
    // Deliberately never destroyed: releasing the context in a static destructor, after the
    // UNO runtime has begun to shut down, can crash at exit.
    static auto& local = *new css::uno::Reference<css::uno::XComponentContext>();
    std::lock_guard<std::mutex> lock(mutex);
    if (!local.is()) {
        ::setenv("URE_BOOTSTRAP", OfficeInstallation::fundamentalRc().c_str(), 0);
        try {
            local = cppu::defaultBootstrap_InitialComponentContext();
        } catch (const css::uno::Exception& e) {
            throw OfficeError("cannot start the UNO runtime from " +
                              OfficeInstallation::fundamentalRc() + ": " +
                              concord::uno::toUtf8(e.Message));
        }
    }
    return local;
}

} // namespace concord::cli
