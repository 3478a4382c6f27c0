#include "Generation.hpp"

#include "ChartWriter.hpp"
#include "GeneratedRegistry.hpp"
#include "GenerationUndoAction.hpp"
#include "GeneratorTexts.hpp"
#include "ScratchDocument.hpp"
#include "SheetReader.hpp"
#include "SheetSwap.hpp"
#include "SheetWriter.hpp"
#include "uno/GridConversion.hpp"
#include "uno/commands/OfficeLanguage.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>

#include <Poco/UTF8String.h>

#include <algorithm>
#include <memory>
#include <set>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace concord::uno {

namespace {

/// Characters Calc does not allow in a sheet name.
const std::string forbiddenInNames = "[]*?:/\\";
constexpr char replacement = '_';

/// name with the characters Calc forbids replaced, and without leading or trailing
/// apostrophes (also forbidden).
std::string validSheetName(std::string name) {
    for (char& c : name)
        if (forbiddenInNames.find(c) != std::string::npos)
            c = replacement;
    const std::size_t first = name.find_first_not_of('\'');
    const std::size_t last = name.find_last_not_of('\'');
    return first == std::string::npos ? std::string(1, replacement)
                                      : name.substr(first, last - first + 1);
}

/// A sheet name as Calc compares them (ignoring case).
std::string folded(const std::string& name) {
    return Poco::UTF8::toLower(name);
}

/// wanted, or "wanted (2)", "wanted (3)"…: the first name not in taken (folded names).
std::string freeName(const std::set<std::string>& taken, const std::string& wanted) {
    std::string name = wanted;
    for (int n = 2; taken.count(folded(name)) != 0; ++n)
        name = wanted + " (" + std::to_string(n) + ")";
    return name;
}

bool inScope(const Generation::Scope& scope, const std::string& kind, const std::string& key) {
    const bool kindInScope = scope.everyKind || std::find(scope.kinds.begin(), scope.kinds.end(),
                                                          kind) != scope.kinds.end();
    return kindInScope && (scope.key.empty() || key == scope.key);
}

/// Argument of XGenerator::build that names what to build.
constexpr sal_Int16 whatArgument = 3;

/// The undo manager of document, or empty when it has none or it is locked (then
/// nothing is to be recorded).
Reference<css::document::XUndoManager>
openUndoManager(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    Reference<css::document::XUndoManager> manager =
        supplier.is() ? supplier->getUndoManager() : nullptr;
    return manager.is() && !manager->isLocked() ? manager : nullptr;
}

} // namespace

Generation::Generation(const Reference<css::uno::XComponentContext>& context,
                       const Reference<css::sheet::XSpreadsheetDocument>& document,
                       const GeneratorTexts& texts, std::string dataDir)
    : _context(context), _document(document), _texts(texts), _dataDir(std::move(dataDir)) {}

GenerationOutcome Generation::run(const core::sheets::BuildOptions& options,
                                  const Scope& scope) const {
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
    if (!scope.key.empty()) {
        auto& sheets = outcome.build.sheets;
        sheets.erase(std::remove_if(sheets.begin(), sheets.end(),
                                    [&](const core::sheets::Layout& sheet) {
                                        return !inScope(scope, sheet.kind, sheet.key);
                                    }),
                     sheets.end());
        if (sheets.empty())
            throw css::lang::IllegalArgumentException(
                fromUtf8("Concord: no department with the code \"" + scope.key + "\""), nullptr,
                whatArgument);
    }
    for (const core::sheets::Layout& generated : outcome.build.sheets) {
        SheetWriter::validate(generated);
        ChartWriter::validate(generated);
    }

    // The document's sheets now: which generated ones go, which names stay taken.
    Reference<css::container::XIndexAccess> indexed(_document->getSheets(), UNO_QUERY_THROW);
    std::vector<std::string> names;
    for (sal_Int32 i = 0; i < indexed->getCount(); ++i)
        names.push_back(toUtf8(
            Reference<css::container::XNamed>(indexed->getByIndex(i), UNO_QUERY_THROW)->getName()));
    std::vector<GeneratedRegistry::Entry> kept;
    std::vector<SheetSwap::Sheet> oldSheets;
    for (const GeneratedRegistry::Entry& entry : registry.entries()) {
        if (!inScope(scope, entry.kind, entry.key)) {
            kept.push_back(entry);
            continue;
        }
        const auto at = std::find(names.begin(), names.end(), entry.name);
        if (at != names.end())
            oldSheets.push_back({entry.name, static_cast<sal_Int16>(at - names.begin()), entry.kind,
                                 entry.key, 0, 0});
    }
    std::sort(oldSheets.begin(), oldSheets.end(),
              [](const auto& a, const auto& b) { return a.position < b.position; });
    std::set<std::string> taken;
    for (const std::string& name : names)
        taken.insert(folded(name));
    for (const SheetSwap::Sheet& sheet : oldSheets)
        taken.erase(folded(sheet.name));

    // The new sheets' names and places.
    sal_Int16 position =
        oldSheets.empty() ? static_cast<sal_Int16>(names.size()) : oldSheets.front().position;
    std::vector<SheetSwap::Sheet> freshSheets;
    for (const core::sheets::Layout& generated : outcome.build.sheets) {
        const std::string wanted = validSheetName(generated.name);
        const std::string name = freeName(taken, wanted);
        taken.insert(folded(name));
        if (name != wanted)
            outcome.notes.push_back(_texts.text("nameTaken", language, {wanted, name}));
        freshSheets.push_back({name, position++, generated.kind, generated.key,
                               generated.frozenRows, generated.frozenCols});
        kept.push_back({name, generated.kind, generated.key});
        outcome.sheets.push_back(name);
    }

    // Copies of the sheets that go, for undo (each appended: no formula moves).
    auto oldCopies = std::make_shared<ScratchDocument>(_context);
    Reference<css::sheet::XSpreadsheets2> oldStore(oldCopies->document()->getSheets(),
                                                   UNO_QUERY_THROW);
    for (std::size_t i = 0; i < oldSheets.size(); ++i)
        oldStore->importSheet(_document, fromUtf8(oldSheets[i].name),
                              static_cast<sal_Int32>(i + 1));

    const auto swap = std::make_shared<const SheetSwap>(
        _context, _document, oldCopies, std::move(oldSheets), std::move(freshSheets),
        std::move(outcome.build.sheets), std::make_shared<const GeneratorTexts>(_texts), language);
    outcome.build.sheets.clear();
    try {
        swap->apply();
    } catch (const css::uno::Exception&) {
        try {
            swap->revert();
        } catch (const css::uno::Exception&) {
            // The first failure is the one to report; the document may be partly changed.
        }
        throw;
    }
    GeneratedRegistry::save(_document, kept);
    if (const auto manager = openUndoManager(_document); manager.is())
        manager->addUndoAction(
            // The undo step is part of the office's UI, so it speaks the UI's language.
            new GenerationUndoAction(
                fromUtf8(_texts.text("undoTitle", OfficeLanguage::of(_context))), swap));
    return outcome;
}

} // namespace concord::uno
