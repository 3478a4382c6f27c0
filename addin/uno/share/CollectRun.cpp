#include "CollectRun.hpp"

#include "UserProperties.hpp"
#include "uno/generator/SheetReader.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <Poco/Path.h>
#include <Poco/URI.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

std::string fileNameOf(const OUString& url) {
    std::string path;
    Poco::URI::decode(Poco::URI(toUtf8(url)).getPath(), path);
    return Poco::Path(path).getFileName();
}

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue out;
    out.Name = OUString::createFromAscii(name);
    out.Value = value;
    return out;
}

/// Answers what Calc asks while loading a returned file unattended (a password, whether to
/// repair a damaged file) with "abort", and remembers whether a password was asked for.
class AbortingHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        if (request->getRequest().isExtractableTo(cppu::UnoType<css::task::PasswordRequest>::get()))
            _password = true;
        for (const auto& continuation : request->getContinuations())
            if (Reference<css::task::XInteractionAbort> abort{continuation, UNO_QUERY};
                abort.is()) {
                abort->select();
                return;
            }
    }
    bool passwordAsked() const { return _password; }

private:
    bool _password = false;
};

/// Every formula cell of the document's sheets, as the core names cells: the sheets'
/// formula ranges (XCellRangesQuery), then each range's formulas in one call.
std::vector<core::share::FormulaCell>
formulaCells(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::vector<core::share::FormulaCell> out;
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name =
            toUtf8(Reference<css::container::XNamed>(query, UNO_QUERY_THROW)->getName());
        const Reference<css::sheet::XSheetCellRanges> ranges =
            query->queryContentCells(css::sheet::CellFlags::FORMULA);
        if (!ranges.is())
            continue;
        Reference<css::container::XIndexAccess> list(ranges, UNO_QUERY_THROW);
        const auto addresses = ranges->getRangeAddresses();
        for (sal_Int32 r = 0; r < list->getCount(); ++r) {
            const css::table::CellRangeAddress& at = addresses[r];
            const auto formulas =
                Reference<css::sheet::XCellRangeFormula>(list->getByIndex(r), UNO_QUERY_THROW)
                    ->getFormulaArray();
            for (sal_Int32 row = 0; row < formulas.getLength(); ++row)
                for (sal_Int32 col = 0; col < formulas[row].getLength(); ++col)
                    if (formulas[row][col].startsWith("="))
                        out.push_back({{name, at.StartRow + row, at.StartColumn + col},
                                       toUtf8(formulas[row][col])});
        }
    }
    return out;
}

} // namespace

void CollectRun::add(const Reference<css::uno::XComponentContext>& context,
                     core::share::Merge& merge, const OUString& url) {
    const std::string name = fileNameOf(url);
    const rtl::Reference<AbortingHandler> handler(new AbortingHandler);
    Sequence<css::beans::PropertyValue> arguments(5);
    arguments[0] = property("Hidden", Any(true));
    arguments[1] = property("ReadOnly", Any(true));
    arguments[2] = property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE));
    arguments[3] = property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE));
    arguments[4] = property("InteractionHandler",
                            Any(Reference<css::task::XInteractionHandler>(handler.get())));
    Reference<css::sheet::XSpreadsheetDocument> returned;
    const auto desktop = css::frame::Desktop::create(context);
    // A file the office has open already (the master itself, one the user is looking at)
    // is read as it is and left open: loading it again would hand back that very document.
    bool alreadyOpen = false;
    const auto components = desktop->getComponents()->createEnumeration();
    while (components->hasMoreElements() && !alreadyOpen) {
        const Reference<css::frame::XModel> model(components->nextElement(), UNO_QUERY);
        if (model.is() && model->getURL() == url) {
            returned.set(model, UNO_QUERY);
            alreadyOpen = returned.is();
        }
    }
    Reference<css::lang::XComponent> loaded;
    try {
        if (!alreadyOpen) {
            loaded = desktop->loadComponentFromURL(url, "_blank", 0, arguments);
            returned.set(loaded, UNO_QUERY);
        }
    } catch (const css::uno::Exception&) {
        returned.clear();
    }
    if (!returned.is()) {
        if (loaded.is())
            Reference<css::util::XCloseable>(loaded, UNO_QUERY_THROW)->close(true);
        // Refused whole, the other files merge all the same (a damaged file, cut short, or
        // one protected by a password that nobody can type here).
        merge.refuse(name, handler->passwordAsked() ? core::share::FileStatus::Password
                                                    : core::share::FileStatus::Unreadable);
        return;
    }
    try {
        const std::vector<core::model::RawSheet> sheets = SheetReader::read(returned, {});
        const core::common::CivilDate nullDate = SheetReader::nullDate(returned);
        const std::optional<core::share::Stamp> stamp =
            core::share::Stamp::fromProperties(UserProperties::read(returned));
        merge.add(name, stamp, sheets, nullDate, formulaCells(returned));
    } catch (...) {
        if (!alreadyOpen)
            Reference<css::util::XCloseable>(returned, UNO_QUERY_THROW)->close(true);
        throw;
    }
    if (!alreadyOpen)
        Reference<css::util::XCloseable>(returned, UNO_QUERY_THROW)->close(true);
}

int CollectRun::apply(const Reference<css::sheet::XSpreadsheetDocument>& master,
                      const std::vector<core::share::CellWrite>& writes,
                      const std::string& undoTitle) {
    if (writes.empty())
        return 0;
    Reference<css::util::XNumberFormatsSupplier> supplier(master, UNO_QUERY_THROW);
    Reference<css::util::XNumberFormats> formats = supplier->getNumberFormats();
    const sal_Int32 dateKey =
        Reference<css::util::XNumberFormatTypes>(formats, UNO_QUERY_THROW)
            ->getStandardFormat(css::util::NumberFormat::DATE, css::lang::Locale());
    Reference<css::document::XUndoManager> undo;
    if (Reference<css::document::XUndoManagerSupplier> undoSupplier{master, UNO_QUERY};
        undoSupplier.is())
        undo = undoSupplier->getUndoManager();
    if (undo.is())
        undo->enterUndoContext(fromUtf8(undoTitle));
    int written = 0;
    try {
        for (const core::share::CellWrite& write : writes) {
            Reference<css::sheet::XSpreadsheet> sheet(
                master->getSheets()->getByName(fromUtf8(write.at.sheet)), UNO_QUERY_THROW);
            Reference<css::table::XCell> cell =
                sheet->getCellByPosition(write.at.col, write.at.row);
            if (const double* number = std::get_if<double>(&write.value))
                cell->setValue(*number);
            else if (const std::string* text = std::get_if<std::string>(&write.value))
                Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(fromUtf8(*text));
            if (write.date) {
                Reference<css::beans::XPropertySet> properties(cell, UNO_QUERY_THROW);
                sal_Int32 key = 0;
                properties->getPropertyValue("NumberFormat") >>= key;
                sal_Int16 type = 0;
                formats->getByKey(key)->getPropertyValue("Type") >>= type;
                if ((type & css::util::NumberFormat::DATE) == 0)
                    properties->setPropertyValue("NumberFormat", Any(dateKey));
            }
            ++written;
        }
    } catch (...) {
        if (undo.is())
            undo->leaveUndoContext();
        throw;
    }
    if (undo.is())
        undo->leaveUndoContext();
    return written;
}

} // namespace concord::uno
