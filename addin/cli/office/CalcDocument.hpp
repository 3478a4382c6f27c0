#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <string>

namespace concord::cli {

class OfficeProcess;

/// A spreadsheet document open, hidden, in a running office. Closes it on destruction.
/// Movable, not copyable.
class CalcDocument {
public:
    /// A new empty Calc document ("private:factory/scalc", Hidden=true).
    /// Throws OfficeError when the office does not create one.
    static CalcDocument create(const OfficeProcess& office);
    /// Opens the file at path hidden (read-write; the file is only written by storeAs).
    /// Throws OfficeError when it cannot be loaded or is not a spreadsheet.
    static CalcDocument load(const OfficeProcess& office, const std::string& path);

    CalcDocument(CalcDocument&& other) noexcept;
    CalcDocument& operator=(CalcDocument&& other) noexcept;
    CalcDocument(const CalcDocument&) = delete;
    CalcDocument& operator=(const CalcDocument&) = delete;
    /// close(); never throws.
    ~CalcDocument();

    /// The document model.
    css::uno::Reference<css::sheet::XSpreadsheetDocument> model() const { return _model; }
    /// The sheet at 0-based index. Throws OfficeError when there is none.
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(int index) const;
    /// Recalculates every formula (XCalculatable::calculateAll).
    void recalculate() const;
    /// Writes a copy to path with the given export filter (e.g. "calc8" for .ods,
    /// "Calc MS Excel 2007 XML" for .xlsx) through storeToURL; the document stays open and
    /// keeps its own location. Throws OfficeError when the office cannot write it.
    void storeAs(const std::string& path, const std::string& filterName) const;
    /// Closes the document, discarding changes (XCloseable::close, else dispose).
    /// Idempotent; never throws (the office may already be gone).
    void close() noexcept;

private:
    explicit CalcDocument(const css::uno::Reference<css::lang::XComponent>& component);

    css::uno::Reference<css::lang::XComponent> _component;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _model;
};

} // namespace concord::cli
