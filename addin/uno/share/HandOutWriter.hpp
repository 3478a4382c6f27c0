#pragma once

#include "core/share/HandOutBook.hpp"
#include "core/share/Texts.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace concord::uno {

/// Writes one hand-out (a core::share::HandOutBook) as a new document and stores it: each
/// sheet's cells in one setDataArray, the header rows bold, the fill cells unlocked,
/// highlighted and validated (Number: a decimal; Date: a date), the department's scorecard
/// copied from the master (XSpreadsheets2::importSheet) when the master has it, every
/// sheet protected without a password, the stamp in the user-defined properties.
class HandOutWriter {
public:
    HandOutWriter(css::uno::Reference<css::uno::XComponentContext> context,
                  const core::share::Texts& texts, core::common::Language language);

    /// Stores book at url with the export filter ("calc8", "Calc Office Open XML"), through
    /// a hidden temporary file beside it (".<name>.concord-<pid>.tmp") renamed to url, so
    /// that url appears whole or not at all (the temporary file is removed on failure).
    /// scorecardSheet: the master sheet to copy ("" or a name the master lacks: none).
    /// Throws css::uno::Exception when Calc refuses.
    void write(const core::share::HandOutBook& book,
               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
               const std::string& scorecardSheet, const rtl::OUString& url,
               const rtl::OUString& filter) const;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
    const core::share::Texts& _texts;
    core::common::Language _language;
};

} // namespace concord::uno
