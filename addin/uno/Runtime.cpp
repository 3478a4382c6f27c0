#include "Runtime.hpp"

#include "GridConversion.hpp"
#include "core/common/Error.hpp"
#include "core/common/Words.hpp"
#include "core/smart/Analyser.hpp"

#include <osl/file.hxx>
#include <osl/module.hxx>

#include <atomic>
#include <mutex>

namespace concord::uno {

namespace {

std::mutex loadMutex;
std::unique_ptr<Runtime> loaded;
// Every formula call asks for the runtime: after the first load, no lock.
std::atomic<const Runtime*> ready{nullptr};

} // namespace

std::string dataDirectory() {
    rtl::OUString libraryUrl;
    if (!osl::Module::getUrlFromAddress(reinterpret_cast<void*>(&dataDirectory), libraryUrl))
        throw core::common::Error("data.location", "cannot find the Concord library's location");
    rtl::OUString libraryPath;
    if (osl::FileBase::getSystemPathFromFileURL(libraryUrl, libraryPath) != osl::FileBase::E_None)
        throw core::common::Error("data.location", "cannot resolve the library URL",
                                  toUtf8(libraryUrl));
    std::string path = toUtf8(libraryPath);
    return path.substr(0, path.rfind('/')) + "/data";
}

Runtime::Runtime(const std::string& dataDir)
    : _catalogue(core::functions::Catalogue::load(dataDir + "/functions.json")) {
    _functions = std::make_unique<core::functions::Library>(
        _catalogue, core::common::Words::load(dataDir + "/words.json"),
        core::smart::Analyser(core::smart::Vocabulary::load(dataDir + "/smart.json")));
}

const Runtime& Runtime::instance() {
    if (const Runtime* runtime = ready.load(std::memory_order_acquire))
        return *runtime;
    std::lock_guard<std::mutex> lock(loadMutex);
    if (!loaded) {
        loaded.reset(new Runtime(dataDirectory()));
        ready.store(loaded.get(), std::memory_order_release);
    }
    return *loaded;
}

} // namespace concord::uno
