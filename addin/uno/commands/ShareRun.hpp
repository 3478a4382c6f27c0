#pragma once

#include "UiTexts.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/concord/CollectResult.hpp>

#include <optional>
#include <string>
#include <vector>

namespace concord::uno {

/// Hand-out and collect as the commands and the panel run them: ask where (a folder
/// picker, a multi-file picker) when the caller did not say, then call org.concord.Sharing.
class ShareRun {
public:
    /// The hand-outs of period into folderUrl (a folder picker asks when it is empty);
    /// format "ods"/"xlsx"/"". Returns the URLs written, nullopt when the picker was
    /// cancelled. Throws what XSharing::handOut throws.
    static std::optional<std::vector<std::string>>
    handOut(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            const std::string& period, const std::string& folderUrl, const std::string& format,
            const UiTexts& texts);

    /// Collects urls (a multi-file picker asks when there are none) into document, one undo
    /// step. Returns nullopt when the picker was cancelled. Throws what XSharing::collect
    /// throws.
    static std::optional<org::concord::CollectResult>
    collect(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
            std::vector<std::string> urls, bool takeReturned, const UiTexts& texts);

    /// The folder of a file URL, as a path for the status line.
    static std::string folderText(const std::string& url);
};

} // namespace concord::uno
