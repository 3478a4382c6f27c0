#include "Generation.hpp"
#include "uno/text/UnoText.hpp"

#include "ChartWriter.hpp"
#include "GeneratedRegistry.hpp"
#include "GenerationUndoAction.hpp"
#include "GeneratorTexts.hpp"
#include "ScratchDocument.hpp"
#include "SheetReader.hpp"
#include "SheetSwap.hpp"
#include "SheetWriter.hpp"
#include "UndoStep.hpp"
#include "core/common/Error.hpp"
#include "uno/GridConversion.hpp"
#include "uno/commands/OfficeLanguage.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>

#include <algorithm>
#include <memory>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

/// Argument of XGenerator::build that names what to build: the plan's input errors (a
/// department code that names no department) blame it.
constexpr sal_Int16 whatArgument = 3;

/// The plan of the run; its input errors blame the `what` argument.
core::sheets::Plan planOrReject(const std::vector<core::sheets::Layout>& layouts,
                                const std::vector<std::string>& names,
                                const GeneratedRegistry& registry,
                                const core::sheets::Scope& scope) {
    try {
        return core::sheets::plan(layouts, names, registry.entries(), scope);
    } catch (const core::common::Error& error) {
        if (error.category() != core::common::Error::Category::Input)
            throw;
        throw css::lang::IllegalArgumentException(fromUtf8(std::string("Concord: ") + error.what()),
                                                  nullptr, whatArgument);
    }
}

/// The names of the document's sheets, in order.
std::vector<std::string> sheetNames(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> indexed(document->getSheets(), UNO_QUERY_THROW);
    std::vector<std::string> names;
    for (sal_Int32 i = 0; i < indexed->getCount(); ++i)
        names.push_back(toUtf8(
            Reference<css::container::XNamed>(indexed->getByIndex(i), UNO_QUERY_THROW)->getName()));
    return names;
}

/// The sheets of a plan as the swap takes them.
std::vector<SheetSwap::Sheet> swapSheets(const std::vector<core::sheets::PlannedSheet>& planned) {
    std::vector<SheetSwap::Sheet> sheets;
    for (const core::sheets::PlannedSheet& sheet : planned)
        sheets.push_back({sheet.name, static_cast<sal_Int16>(sheet.position), sheet.kind, sheet.key,
                          sheet.frozenRows, sheet.frozenCols});
    return sheets;
}

} // namespace

Generation::Generation(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const GeneratorTexts& texts, std::string dataDir)
    : _context(context), _document(document), _texts(texts), _dataDir(std::move(dataDir)) {}

GenerationOutcome Generation::run(const core::sheets::BuildOptions& options,
                                  const core::sheets::Scope& scope) const {
    const GeneratedRegistry registry = GeneratedRegistry::load(_document);
    GenerationOutcome outcome;
    // An input error (e.g. a missing table) reaches the generator's boundary, which blames
    // the document.
    outcome.build =
        core::sheets::build(SheetReader::read(_document, registry.names()), options, _dataDir);
    const core::common::Language language = outcome.build.language;
    outcome.notes = outcome.build.notes;
    if (!scope.write)
        return outcome;
    const core::sheets::Plan plan =
        planOrReject(outcome.build.sheets, sheetNames(_document), registry, scope);
    std::vector<core::sheets::Layout> freshContent;
    for (const core::sheets::PlannedSheet& sheet : plan.write) {
        SheetWriter::validate(outcome.build.sheets[sheet.layout]);
        ChartWriter::validate(outcome.build.sheets[sheet.layout]);
        freshContent.push_back(std::move(outcome.build.sheets[sheet.layout]));
    }
    // The build's sheets in document order, those left unchanged included.
    std::vector<core::sheets::PlannedSheet> built = plan.write;
    built.insert(built.end(), plan.keep.begin(), plan.keep.end());
    std::sort(built.begin(), built.end(),
              [](const auto& a, const auto& b) { return a.position < b.position; });
    for (const core::sheets::PlannedSheet& sheet : built)
        outcome.sheets.push_back(sheet.name);
    outcome.build.sheets.clear();
    for (const core::sheets::Renamed& renamed : plan.renamed)
        outcome.notes.push_back(_texts.text("nameTaken", language, {renamed.wanted, renamed.name}));
    // The undo step is part of the office's UI, so it speaks the UI's language.
    const OUString undoTitle = fromUtf8(_texts.text("undoTitle", OfficeLanguage::of(_context)));

    // Copies of the sheets that go, for undo (each appended: no formula moves).
    auto oldCopies = std::make_shared<ScratchDocument>(_context);
    Reference<css::sheet::XSpreadsheets2> oldStore(oldCopies->document()->getSheets(),
                                                   UNO_QUERY_THROW);
    for (std::size_t i = 0; i < plan.remove.size(); ++i)
        oldStore->importSheet(_document, fromUtf8(plan.remove[i].name),
                              static_cast<sal_Int32>(i + 1));

    const auto swap = std::make_shared<const SheetSwap>(
        _context, _document, oldCopies, swapSheets(plan.remove), swapSheets(plan.write),
        std::move(freshContent), std::make_shared<const GeneratorTexts>(_texts), language);
    // Sheets, registry and undo step change together: when any of them fails, the
    // document is put back as it was.
    UndoStep step(_document, undoTitle);
    try {
        swap->apply();
        GeneratedRegistry::save(_document, plan.registry);
        step.commit(new GenerationUndoAction(undoTitle, swap));
    } catch (...) {
        // The first failure is the one to report; the document may be partly changed when
        // taking back fails too.
        try {
            swap->revert();
        } catch (...) {
        }
        try {
            registry.restore(_document);
        } catch (...) {
        }
        throw;
    }
    return outcome;
}

} // namespace concord::uno
