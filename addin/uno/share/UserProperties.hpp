#pragma once

#include <com/sun/star/uno/XInterface.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace concord::uno {

/// The user-defined document properties (File ▸ Properties ▸ Custom Properties) of a
/// document, through XDocumentPropertiesSupplier: where the hand-out stamp lives.
class UserProperties {
public:
    /// Every user-defined property that holds a text, by name. Throws css::uno::Exception
    /// when the document has no document properties.
    static std::map<std::string, std::string>
    read(const css::uno::Reference<css::uno::XInterface>& document);
    /// Sets (adds or replaces) text properties.
    static void write(const css::uno::Reference<css::uno::XInterface>& document,
                      const std::vector<std::pair<std::string, std::string>>& properties);
    /// Sets the document title (File ▸ Properties ▸ Description).
    static void setTitle(const css::uno::Reference<css::uno::XInterface>& document,
                         const std::string& title);
};

} // namespace concord::uno
