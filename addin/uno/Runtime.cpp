#include "Runtime.hpp"
#include "uno/text/UnoText.hpp"

#include "GridConversion.hpp"
#include "core/common/Error.hpp"
#include "core/common/LoadOnce.hpp"
#include "core/common/Words.hpp"
#include "core/smart/Analyser.hpp"

#include <org/concord/XFunctions.hpp>
#include <osl/file.hxx>
#include <osl/module.hxx>
#include <typelib/typedescription.hxx>

namespace concord::uno {

namespace {

// Every formula call asks for the runtime: it is read once, and a broken data file is
// reported from then on without reading the files again.
core::common::LoadOnce<Runtime> loaded;

/// The methods of org.concord.XFunctions with their parameter counts, from its type
/// description (the IDL as the office knows it).
core::functions::Catalogue::IdlMethods idlMethods() {
    css::uno::TypeDescription description(cppu::UnoType<org::concord::XFunctions>::get());
    description.makeComplete();
    if (!description.is())
        throw core::common::Error(core::common::Error::Category::Configuration, "data.types",
                                  "the office does not know org.concord.XFunctions");
    const auto* interface =
        reinterpret_cast<const typelib_InterfaceTypeDescription*>(description.get());
    core::functions::Catalogue::IdlMethods methods;
    for (sal_Int32 i = 0; i < interface->nMembers; ++i) {
        css::uno::TypeDescription member(interface->ppMembers[i]);
        member.makeComplete();
        if (!member.is() || member.get()->eTypeClass != typelib_TypeClass_INTERFACE_METHOD)
            continue;
        const auto* method =
            reinterpret_cast<const typelib_InterfaceMethodTypeDescription*>(member.get());
        methods[toUtf8(rtl::OUString(method->aBase.pMemberName))] =
            static_cast<std::size_t>(method->nParams);
    }
    return methods;
}

} // namespace

std::string dataDirectory() {
    rtl::OUString libraryUrl;
    if (!osl::Module::getUrlFromAddress(reinterpret_cast<void*>(&dataDirectory), libraryUrl))
        throw core::common::Error(core::common::Error::Category::Configuration, "data.location",
                                  "cannot find the Concord library's location");
    rtl::OUString libraryPath;
    if (osl::FileBase::getSystemPathFromFileURL(libraryUrl, libraryPath) != osl::FileBase::E_None)
        throw core::common::Error(core::common::Error::Category::Configuration, "data.location",
                                  "cannot resolve the library URL", toUtf8(libraryUrl));
    std::string path = toUtf8(libraryPath);
    return path.substr(0, path.rfind('/')) + "/data";
}

Runtime::Runtime(const std::string& dataDir)
    : _catalogue(core::functions::Catalogue::load(dataDir + "/functions.json", idlMethods())) {
    _functions = std::make_unique<core::functions::Library>(
        _catalogue, core::common::Words::load(dataDir + "/words.json"),
        core::smart::Analyser(core::smart::Vocabulary::load(dataDir + "/smart.json")));
}

const Runtime& Runtime::instance() {
    return loaded.get([] { return std::unique_ptr<Runtime>(new Runtime(dataDirectory())); });
}

} // namespace concord::uno
