// libFuzzer target for the function catalogue loader (functions::Catalogue::load; see
// CMakeLists.txt for the build and run commands).
//
// Input: the text of a catalogue file, read by Catalogue::load() from a temporary file (the
// JSON parsing is the loader's); seeds in corpus/catalogue are functions.json and parts of it.
//
// What must hold for any input: loading either throws core::common::Error "catalogue.invalid"
// (not JSON, numbers out of range included, or a failed check) or gives a catalogue that
// keeps the promises of Catalogue.hpp: every text non-empty in en and ru, ids unique, each
// function found by its id and by both display names, each argument found by its id,
// required arguments before optional ones, zeroMeansMissing only on optional arguments, and
// check() passes for the IDL the catalogue itself describes.
#include "FuzzSupport.hpp"

#include "core/common/Error.hpp"
#include "core/functions/Catalogue.hpp"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace concord::core;
using concord::fuzz::require;

namespace {

bool complete(const functions::LocalText& text) {
    return !text.en.empty() && !text.ru.empty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path =
        "/tmp/concord-fuzz-catalogue-" + std::to_string(::getpid()) + ".json";
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), std::streamsize(size));
    try {
        const functions::Catalogue catalogue = functions::Catalogue::load(path);
        require(!catalogue.service().empty() && !catalogue.functions().empty());
        functions::Catalogue::IdlMethods idl;
        for (const functions::FunctionInfo& function : catalogue.functions()) {
            require(!function.id.empty() && !function.excel.empty());
            require(complete(function.name) && complete(function.description));
            require(catalogue.byId(function.id) == &function);
            require(catalogue.byDisplayName(function.name.en) == &function);
            require(catalogue.byDisplayName(function.name.ru) == &function);
            bool optional = false;
            for (const functions::ArgumentInfo& argument : function.arguments) {
                require(!argument.id.empty());
                require(complete(argument.name) && complete(argument.description));
                require(function.argument(argument.id) == &argument);
                require(argument.optional || !optional);
                require(argument.optional || !argument.zeroMeansMissing);
                optional = argument.optional;
            }
            require(idl.emplace(function.id, function.arguments.size() + (function.caller ? 1 : 0))
                        .second);
        }
        catalogue.check(idl);
    } catch (const common::Error& error) {
        require(error.id() == "catalogue.invalid");
    }
    return 0;
}
