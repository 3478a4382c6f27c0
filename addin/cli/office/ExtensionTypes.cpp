#include "ExtensionTypes.hpp"

#include "FileUrl.hpp"
#include "LocalUno.hpp"
#include "OfficeError.hpp"
#include "OfficeProfile.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XSet.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/RecursiveDirectoryIterator.h>

#include <mutex>
#include <set>

namespace concord::cli {

namespace {

const char typeManager[] = "/singletons/com.sun.star.reflection.theTypeDescriptionManager";
/// Where `unopkg --shared` unpacks extensions inside an OfficeProfile.
const char sharedLayer[] = "shared";

} // namespace

void ExtensionTypes::add(const std::string& rdbPath) {
    static std::mutex mutex;
    static std::set<std::string> added;
    const std::string path = Poco::Path(rdbPath).makeAbsolute().toString();
    std::lock_guard<std::mutex> lock(mutex);
    if (added.count(path) != 0)
        return;
    if (!Poco::File(path).exists())
        throw OfficeError("the type library " + path + " does not exist");
    try {
        css::uno::Reference<css::container::XSet> types(
            LocalUno::context()->getValueByName(concord::uno::fromUtf8(typeManager)),
            css::uno::UNO_QUERY_THROW);
        // LibreOffice's type manager takes the URL of an .rdb file.
        types->insert(css::uno::Any(concord::uno::fromUtf8(FileUrl::fromPath(path))));
    } catch (const css::uno::Exception& e) {
        throw OfficeError("cannot read the types of " + path + ": " +
                          concord::uno::toUtf8(e.Message));
    }
    added.insert(path);
}

std::string ExtensionTypes::findInstalled(const OfficeProfile& profile,
                                          const std::string& fileName) {
    Poco::Path root(profile.root());
    root.makeDirectory();
    root.pushDirectory(sharedLayer);
    if (!Poco::File(root).exists())
        return {};
    for (Poco::SiblingsFirstRecursiveDirectoryIterator it(root), end; it != end; ++it)
        if (it.name() == fileName && it->isFile())
            return it.path().toString();
    return {};
}

} // namespace concord::cli
