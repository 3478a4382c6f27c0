#include "GeneratorFixture.hpp"

#include "OfficeEnvironment.hpp"
#include "cli/office/ExtensionTypes.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <org/concord/Generator.hpp>

#include <Poco/Path.h>

#include <sstream>

#ifndef CONCORD_OXT
#error "CONCORD_OXT must be defined by CMake"
#endif

namespace concord::integration {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

/// concord.rdb, built beside concord.oxt: the types this process needs to call the
/// generator service in the office.
std::string typeLibrary() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("concord.rdb");
    return path.toString();
}

std::string anyText(const css::uno::Any& value) {
    double number = 0;
    rtl::OUString text;
    if (value.getValueTypeClass() == css::uno::TypeClass_DOUBLE && (value >>= number)) {
        std::ostringstream out;
        out.precision(17);
        out << "n:" << number;
        return out.str();
    }
    if (value >>= text)
        return "s:" + ::concord::uno::toUtf8(text);
    return "?";
}

} // namespace

void GeneratorFixture::SetUp() {
    cli::ExtensionTypes::add(typeLibrary());
    _document.emplace(cli::CalcDocument::create(OfficeEnvironment::office()));
}

void GeneratorFixture::TearDown() {
    _document.reset();
}

void GeneratorFixture::writeWorkbook(const GeneratorWorkbook::Options& options) {
    GeneratorWorkbook::write(*_document, options);
}

org::concord::GenerationResult GeneratorFixture::build(const std::string& period,
                                                       const std::string& language,
                                                       const std::string& what) {
    return org::concord::Generator::create(OfficeEnvironment::office().context())
        ->build(_document->model(), ::concord::uno::fromUtf8(period),
                ::concord::uno::fromUtf8(language), ::concord::uno::fromUtf8(what));
}

nlohmann::json GeneratorFixture::report(const org::concord::GenerationResult& result) {
    return nlohmann::json::parse(::concord::uno::toUtf8(result.report));
}

std::vector<std::string> GeneratorFixture::strings(const css::uno::Sequence<rtl::OUString>& texts) {
    std::vector<std::string> result;
    for (const rtl::OUString& text : texts)
        result.push_back(::concord::uno::toUtf8(text));
    return result;
}

std::vector<std::string> GeneratorFixture::sheetNames() const {
    return sheetNames(_document->model());
}

std::vector<std::string>
GeneratorFixture::sheetNames(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<std::string> names;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        names.push_back(::concord::uno::toUtf8(
            Reference<css::container::XNamed>(sheets->getByIndex(i), UNO_QUERY_THROW)->getName()));
    return names;
}

Reference<css::sheet::XSpreadsheet> GeneratorFixture::sheet(const std::string& name) const {
    return Reference<css::sheet::XSpreadsheet>(
        _document->model()->getSheets()->getByName(::concord::uno::fromUtf8(name)),
        UNO_QUERY_THROW);
}

GeneratorSheetView GeneratorFixture::view(const std::string& name) const {
    return GeneratorSheetView(sheet(name));
}

void GeneratorFixture::addSheet(const std::string& name,
                                const std::vector<std::vector<css::uno::Any>>& rows) {
    auto sheets = _document->model()->getSheets();
    sheets->insertNewByName(
        ::concord::uno::fromUtf8(name),
        static_cast<sal_Int16>(
            Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount()));
    css::uno::Sequence<css::uno::Sequence<rtl::OUString>> formulas(
        static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        css::uno::Sequence<rtl::OUString> row(static_cast<sal_Int32>(rows[r].size()));
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            double number = 0;
            rtl::OUString text;
            if (rows[r][c] >>= number)
                text = rtl::OUString::number(number);
            else
                rows[r][c] >>= text;
            row.getArray()[c] = text;
        }
        formulas.getArray()[r] = row;
    }
    Reference<css::sheet::XCellRangeFormula>(
        sheet(name)->getCellRangeByPosition(0, 0, static_cast<sal_Int32>(rows[0].size()) - 1,
                                            static_cast<sal_Int32>(rows.size()) - 1),
        UNO_QUERY_THROW)
        ->setFormulaArray(formulas);
}

std::string GeneratorFixture::contents(const std::string& name) const {
    return contents(sheet(name));
}

std::string GeneratorFixture::contents(const Reference<css::sheet::XSpreadsheet>& target) {
    Reference<css::sheet::XSheetCellCursor> cursor = target->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end =
        Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    auto range = target->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
    std::string result;
    for (const auto& row :
         Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray()) {
        for (const auto& cell : row)
            result += anyText(cell) + "\t";
        result += "\n";
    }
    for (const auto& row :
         Reference<css::sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->getFormulaArray()) {
        for (const auto& cell : row)
            result += ::concord::uno::toUtf8(cell) + "\t";
        result += "\n";
    }
    return result;
}

std::map<std::string, std::string> GeneratorFixture::allContents() const {
    return allContents(_document->model());
}

std::map<std::string, std::string>
GeneratorFixture::allContents(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    std::map<std::string, std::string> result;
    for (const std::string& name : sheetNames(document))
        result[name] = contents(Reference<css::sheet::XSpreadsheet>(
            document->getSheets()->getByName(::concord::uno::fromUtf8(name)), UNO_QUERY_THROW));
    return result;
}

void GeneratorFixture::changeActual(double from, double to) {
    Reference<css::sheet::XSpreadsheet> actuals = sheet("Actuals");
    for (sal_Int32 row = 0; row < 50; ++row)
        for (sal_Int32 col = 0; col < 6; ++col) {
            Reference<css::table::XCell> cell = actuals->getCellByPosition(col, row);
            if (cell->getType() == css::table::CellContentType_VALUE && cell->getValue() == from) {
                cell->setValue(to);
                return;
            }
        }
    FAIL() << "no actual " << from;
}

void GeneratorFixture::undo() {
    Reference<css::document::XUndoManagerSupplier>(_document->model(), UNO_QUERY_THROW)
        ->getUndoManager()
        ->undo();
}

std::vector<std::string> GeneratorFixture::undoTitles() const {
    return strings(
        Reference<css::document::XUndoManagerSupplier>(_document->model(), UNO_QUERY_THROW)
            ->getUndoManager()
            ->getAllUndoActionTitles());
}

} // namespace concord::integration
