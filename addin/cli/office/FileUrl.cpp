#include "FileUrl.hpp"

#include <Poco/Path.h>
#include <Poco/URI.h>

namespace concord::cli {

std::string FileUrl::fromPath(const std::string& path) {
    Poco::URI uri;
    uri.setScheme("file");
    uri.setPath(Poco::Path(path).makeAbsolute().toString(Poco::Path::PATH_UNIX));
    return uri.toString();
}

} // namespace concord::cli
