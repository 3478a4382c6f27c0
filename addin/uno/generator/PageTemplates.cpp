#include "PageTemplates.hpp"

#include "PageStyle.hpp"
#include "UnrecordedSheets.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/util/XProtectable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

PageTemplates::PageTemplates(const Reference<css::sheet::XSpreadsheetDocument>& document,
                             const UnrecordedSheets& unrecorded)
    : _document(document), _unrecorded(unrecorded) {
    // Calc refuses copyByName in a workbook whose structure is protected (insertNewByName
    // it allows): there each sheet gets its print setup directly.
    const Reference<css::util::XProtectable> structure(document, css::uno::UNO_QUERY);
    _direct = structure.is() && structure->isProtected();
}

PageTemplates::~PageTemplates() {
    for (const auto& [key, name] : _templates) {
        try {
            _unrecorded.run([&] { _document->getSheets()->removeByName(name); });
        } catch (...) {
            // The document is gone or refuses: nothing left to tidy.
        }
    }
}

void PageTemplates::insert(const std::string& name, sal_Int16 position,
                           const core::sheets::Layout& generated) {
    if (_direct) {
        Reference<css::sheet::XSpreadsheets> sheets = _document->getSheets();
        _unrecorded.run([&] { sheets->insertNewByName(fromUtf8(name), position); });
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(fromUtf8(name)),
                                                        UNO_QUERY_THROW);
        const auto styled = _styled.find(generated.kind);
        _unrecorded.run([&] {
            PageStyle::repeatRows(sheet, generated);
            PageStyle::apply(_document, sheet, generated,
                             styled == _styled.end() ? nullptr : &styled->second);
        });
        _styled[generated.kind] = generated.print;
        return;
    }
    const OUString from = templateFor(generated);
    _unrecorded.run([&] { _document->getSheets()->copyByName(from, fromUtf8(name), position); });
}

OUString PageTemplates::templateFor(const core::sheets::Layout& generated) {
    const std::string key = generated.kind + "\n" + std::to_string(generated.print.repeatRows);
    Reference<css::sheet::XSpreadsheets> sheets = _document->getSheets();
    auto found = _templates.find(key);
    if (found == _templates.end()) {
        // A name no sheet has: the kind, the rows and a number.
        OUString name;
        for (int n = 1; name.isEmpty() || sheets->hasByName(name); ++n)
            name = fromUtf8("Concord page " + generated.kind + " " +
                            std::to_string(generated.print.repeatRows) + " " + std::to_string(n));
        _unrecorded.run([&] {
            sheets->insertNewByName(name,
                                    static_cast<sal_Int16>(sheets->getElementNames().getLength()));
        });
        found = _templates.emplace(key, name).first;
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
        _unrecorded.run([&] { PageStyle::repeatRows(sheet, generated); });
    }
    const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(found->second),
                                                    UNO_QUERY_THROW);
    const auto styled = _styled.find(generated.kind);
    _unrecorded.run([&] {
        PageStyle::apply(_document, sheet, generated,
                         styled == _styled.end() ? nullptr : &styled->second);
    });
    _styled[generated.kind] = generated.print;
    return found->second;
}

} // namespace concord::uno
