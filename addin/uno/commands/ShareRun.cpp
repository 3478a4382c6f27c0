#include "ShareRun.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <org/concord/Sharing.hpp>

#include <Poco/Path.h>
#include <Poco/URI.h>

namespace concord::uno {

namespace dialogs = css::ui::dialogs;

std::optional<std::vector<std::string>>
ShareRun::handOut(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  const std::string& period, const std::string& folderUrl,
                  const std::string& format, const UiTexts& texts) {
    rtl::OUString folder = fromUtf8(folderUrl);
    if (folder.isEmpty()) {
        const auto picker = dialogs::FolderPicker::create(context);
        picker->setTitle(fromUtf8(texts.text("handout.title")));
        if (picker->execute() != dialogs::ExecutableDialogResults::OK)
            return std::nullopt;
        folder = picker->getDirectory();
        if (folder.isEmpty())
            return std::nullopt;
    }
    const auto written = org::concord::Sharing::create(context)->handOut(document, fromUtf8(period),
                                                                         folder, fromUtf8(format));
    return toStrings(written);
}

std::optional<org::concord::CollectResult>
ShareRun::collect(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                  std::vector<std::string> urls, bool takeReturned, const UiTexts& texts) {
    if (urls.empty()) {
        const auto picker = dialogs::FilePicker::createWithMode(
            context, dialogs::TemplateDescription::FILEOPEN_SIMPLE);
        picker->setTitle(fromUtf8(texts.text("collect.title")));
        picker->setMultiSelectionMode(true);
        css::uno::Reference<dialogs::XFilterManager> filters(picker, css::uno::UNO_QUERY);
        if (filters.is()) {
            filters->appendFilter(fromUtf8(texts.text("collect.filter")),
                                  "*.ods;*.xlsx;*.xls;*.fods");
            filters->setCurrentFilter(fromUtf8(texts.text("collect.filter")));
        }
        if (picker->execute() != dialogs::ExecutableDialogResults::OK)
            return std::nullopt;
        urls = toStrings(picker->getSelectedFiles());
        if (urls.empty())
            return std::nullopt;
    }
    return org::concord::Sharing::create(context)->collect(document, toSequence(urls),
                                                           takeReturned);
}

std::string ShareRun::folderText(const std::string& url) {
    std::string path;
    Poco::URI::decode(Poco::URI(url).getPath(), path);
    return Poco::Path(path).parent().toString();
}

} // namespace concord::uno
