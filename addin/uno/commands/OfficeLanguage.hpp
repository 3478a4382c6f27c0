#pragma once

#include "core/common/Language.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

namespace concord::uno {

/// The language of the office's user interface, which the panel and the commands speak.
class OfficeLanguage {
public:
    /// Russian when the office UI is Russian, else English. The UI language is the user's
    /// choice (/org.openoffice.Office.Linguistic/General/UILocale, Tools ▸ Options ▸
    /// Language Settings ▸ Languages ▸ User interface) or, when that is empty, the
    /// installation's (/org.openoffice.Setup/L10N/ooLocale). English when neither can be
    /// read. Never throws.
    static core::common::Language
    of(const css::uno::Reference<css::uno::XComponentContext>& context);
};

} // namespace concord::uno
