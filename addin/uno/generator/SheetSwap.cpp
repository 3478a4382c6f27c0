#include "SheetSwap.hpp"
#include "uno/text/UnoText.hpp"

#include "CellFormatter.hpp"
#include "ChartWriter.hpp"
#include "DocumentLock.hpp"
#include "GeneratorTexts.hpp"
#include "PageStyle.hpp"
#include "ScratchDocument.hpp"
#include "SheetWriter.hpp"
#include "UnrecordedSheets.hpp"
#include "ViewFreezer.hpp"
#include "core/common/Error.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

/// Runs write, turning a failure into a RuntimeException that names the sheet.
template <class Write> void onSheet(const std::string& name, Write write) {
    try {
        write();
    } catch (const css::uno::RuntimeException&) {
        throw;
    } catch (const css::uno::Exception& error) {
        throw css::uno::RuntimeException(
            fromUtf8("Concord: cannot write the sheet “" + name + "”: " + toUtf8(error.Message)));
    } catch (const core::common::Error& error) {
        throw css::uno::RuntimeException(
            fromUtf8("Concord: cannot write the sheet “" + name + "”: " + error.what()));
    }
}

} // namespace

SheetSwap::SheetSwap(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::sheet::XSpreadsheetDocument>& document,
                     std::shared_ptr<const ScratchDocument> oldCopies, std::vector<Sheet> oldSheets,
                     std::vector<Sheet> freshSheets, std::vector<core::sheets::Layout> freshContent,
                     std::shared_ptr<const GeneratorTexts> texts, core::common::Language language)
    : _context(context), _document(document), _oldCopies(std::move(oldCopies)),
      _old(std::move(oldSheets)), _fresh(std::move(freshSheets)), _content(std::move(freshContent)),
      _texts(std::move(texts)), _language(language) {}

void SheetSwap::apply() const {
    _shownBefore = ViewFreezer(_document).activeName();
    const UnrecordedSheets unrecorded(_document);
    unrecorded.run([&] { CellFormatter::addStyles(_document); });
    {
        DocumentLock lock(_document);
        for (const Sheet& sheet : _old)
            unrecorded.remove(sheet.name);
        if (_applied)
            writeThroughScratch(unrecorded);
        else
            writeInPlace(unrecorded);
        // Inside the lock: activating a sheet to freeze its panes then does not make the
        // view load and draw the sheet's charts (~0.2 s a sheet otherwise).
        freeze(_fresh);
    }
    _applied = true;
}

void SheetSwap::writeInPlace(const UnrecordedSheets& unrecorded) const {
    const CellFormatter formatter(_document, *_texts, _language);
    const SheetWriter writer(formatter);
    const ChartWriter charts(_context);
    Reference<css::sheet::XSpreadsheets> sheets = _document->getSheets();
    // The print setup each page style last got in this run.
    std::map<std::string, core::sheets::PrintSetup> styled;
    // The sheets written that get charts, by index into _fresh. Not their UNO objects: every
    // live one is told of each later change to the document, which then costs more.
    std::vector<std::size_t> charted;
    for (std::size_t i = 0; i < _fresh.size(); ++i) {
        const Sheet& sheet = _fresh[i];
        onSheet(sheet.name, [&] {
            const rtl::OUString name = fromUtf8(sheet.name);
            if (sheets->hasByName(name))
                return; // put back by an undo of a failed run: nothing to write
            unrecorded.run([&] { sheets->insertNewByName(name, sheet.position); });
            const Reference<css::sheet::XSpreadsheet> written(sheets->getByName(name),
                                                              UNO_QUERY_THROW);
            unrecorded.run([&] {
                // Print setup first, on the empty sheet: Calc repaginates the sheets of a page
                // style whenever it or their title rows change.
                PageStyle::repeatRows(written, _content[i]);
                PageStyle::apply(_document, written, _content[i],
                                 styled.count(sheet.kind) ? &styled[sheet.kind] : nullptr);
                writer.write(written, _content[i]);
            });
            styled[sheet.kind] = _content[i].print;
            unrecorded.mark(sheet.name, sheet.kind);
            if (!_content[i].charts.empty())
                charted.push_back(i);
        });
    }
    // The charts last: once a document holds charts, every later change to it costs Calc
    // more (200 scorecards: 15 s with the charts after all sheets, 19–28 s with each
    // sheet's charts right after its cells).
    for (std::size_t i : charted)
        onSheet(_fresh[i].name, [&] {
            const Reference<css::sheet::XSpreadsheet> written(
                sheets->getByName(fromUtf8(_fresh[i].name)), UNO_QUERY_THROW);
            unrecorded.run([&] { charts.write(_document, written, _content[i]); });
        });
}

void SheetSwap::writeThroughScratch(const UnrecordedSheets& unrecorded) const {
    ScratchDocument scratch(_context);
    const CellFormatter formatter(scratch.document(), *_texts, _language);
    const SheetWriter writer(formatter);
    const ChartWriter charts(_context);
    auto store = scratch.document()->getSheets();
    std::map<std::string, core::sheets::PrintSetup> styled;
    for (std::size_t i = 0; i < _fresh.size(); ++i) {
        const Sheet& sheet = _fresh[i];
        onSheet(sheet.name, [&] {
            const rtl::OUString name = fromUtf8(sheet.name);
            store->insertNewByName(name, 1);
            const Reference<css::sheet::XSpreadsheet> written(store->getByName(name),
                                                              UNO_QUERY_THROW);
            writer.write(written, _content[i]);
            PageStyle::repeatRows(written, _content[i]);
            // Written in the scratch document too: importSheet copies them along.
            charts.write(scratch.document(), written, _content[i]);
            unrecorded.import(scratch, sheet.name, sheet.position);
            // Styles belong to the document: set after the import, not in the scratch.
            unrecorded.run([&] {
                PageStyle::apply(_document,
                                 Reference<css::sheet::XSpreadsheet>(
                                     _document->getSheets()->getByName(name), UNO_QUERY_THROW),
                                 _content[i],
                                 styled.count(sheet.kind) ? &styled[sheet.kind] : nullptr);
            });
            styled[sheet.kind] = _content[i].print;
            unrecorded.mark(sheet.name, sheet.kind);
            store->removeByName(name);
        });
    }
}

void SheetSwap::revert() const {
    const UnrecordedSheets unrecorded(_document);
    {
        DocumentLock lock(_document);
        for (const Sheet& sheet : _fresh)
            unrecorded.remove(sheet.name);
        for (const Sheet& sheet : _old) {
            unrecorded.import(*_oldCopies, sheet.name, sheet.position);
            unrecorded.mark(sheet.name, sheet.kind);
        }
    }
    freeze(_old);
    ViewFreezer(_document).show(_shownBefore);
}

void SheetSwap::freeze(const std::vector<Sheet>& sheets) const {
    const ViewFreezer freezer(_document);
    if (!freezer.hasView())
        return;
    for (const Sheet& sheet : sheets)
        freezer.freeze(
            Reference<css::sheet::XSpreadsheet>(
                _document->getSheets()->getByName(fromUtf8(sheet.name)), UNO_QUERY_THROW),
            sheet.frozenRows, sheet.frozenCols);
    freezer.restore();
}

} // namespace concord::uno
