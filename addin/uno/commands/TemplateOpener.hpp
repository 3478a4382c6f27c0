#pragma once

#include "core/common/Language.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace concord::uno {

/// "New workbook from template": the Calc templates shipped in the extension
/// (templates/concord-template-en.ots and concord-template-ru.ots, beside the data folder).
class TemplateOpener {
public:
    /// The template file of a language (an absolute path, which may not exist). Throws
    /// core::common::Error "data.location" when the extension's folder cannot be found.
    static std::string path(core::common::Language language);

    /// Opens a new, untitled workbook from the template in a new window (AsTemplate, so
    /// saving asks for a name), hidden when asked. Returns the new document. Throws
    /// core::common::Error "template.missing" (value: the path) when the file is not there and
    /// css::uno::Exception when the office cannot open it.
    static css::uno::Reference<css::lang::XComponent>
    open(const css::uno::Reference<css::uno::XComponentContext>& context,
         core::common::Language language, bool hidden);
};

} // namespace concord::uno
