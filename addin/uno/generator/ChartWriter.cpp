#include "ChartWriter.hpp"

#include "core/common/Error.hpp"
#include "uno/GridConversion.hpp"

#include <atomic>
#include <chrono>
#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart2/ScaleData.hpp>
#include <com/sun/star/chart2/XAxis.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XChartTypeTemplate.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/chart2/XFormattedString.hpp>
#include <com/sun/star/chart2/XTitle.hpp>
#include <com/sun/star/chart2/XTitled.hpp>
#include <com/sun/star/chart2/data/XDataSink.hpp>
#include <com/sun/star/chart2/data/XLabeledDataSequence.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <string>

#include <rtl/ustrbuf.hxx>

#include <cstring>
#include <string>
#include <variant>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

using core::sheets::CellColumn;
using core::sheets::Chart;
using core::sheets::ChartSeries;

/// Builds one chart's chart2 model: everything after addNewByName.
class ChartModel {
public:
    ChartModel(const Reference<css::uno::XComponentContext>& context,
               const Reference<css::sheet::XSpreadsheet>& sheet,
               const Reference<css::chart2::XChartDocument>& document,
               const core::common::Grid& cells)
        : _context(context), _sheet(sheet), _document(document), _cells(cells),
          _provider(document->getDataProvider(), UNO_QUERY_THROW) {}

    void build(const Chart& chart) const {
        auto diagram = _document->getFirstDiagram();
        if (chart.kind == Chart::Kind::Line) {
            // addNewByName makes vertical bars; the Line template keeps the data series.
            Reference<css::chart2::XChartTypeTemplate> line(
                Reference<css::lang::XMultiServiceFactory>(_document->getChartTypeManager(),
                                                           UNO_QUERY_THROW)
                    ->createInstance("com.sun.star.chart2.template.Line"),
                UNO_QUERY_THROW);
            line->changeDiagram(diagram);
        }
        setTitle(Reference<css::chart2::XTitled>(_document, UNO_QUERY_THROW), chart.title);

        Reference<css::chart2::XCoordinateSystem> system(
            Reference<css::chart2::XCoordinateSystemContainer>(diagram, UNO_QUERY_THROW)
                ->getCoordinateSystems()[0]);
        auto xAxis = system->getAxisByDimension(0, 0);
        css::chart2::ScaleData scale = xAxis->getScaleData();
        scale.Categories = labelled(sequence(chart.categories, "categories"), {});
        xAxis->setScaleData(scale);
        setTitle(Reference<css::chart2::XTitled>(xAxis, UNO_QUERY_THROW), chart.xTitle);
        setTitle(Reference<css::chart2::XTitled>(system->getAxisByDimension(1, 0), UNO_QUERY_THROW),
                 chart.yTitle);

        auto series = Reference<css::chart2::XDataSeriesContainer>(
                          Reference<css::chart2::XChartTypeContainer>(system, UNO_QUERY_THROW)
                              ->getChartTypes()[0],
                          UNO_QUERY_THROW)
                          ->getDataSeries();
        if (series.getLength() != static_cast<sal_Int32>(chart.series.size()))
            throw core::common::Error(core::common::Error::Category::Internal,
                                      "generator.bad_layout",
                                      "Calc made another number of chart series", chart.name);
        for (std::size_t i = 0; i < chart.series.size(); ++i)
            fill(series[static_cast<sal_Int32>(i)], chart.series[i]);
    }

private:
    /// A data sequence over column (Calc's own absolute name of the range) in role.
    Reference<css::chart2::data::XDataSequence> sequence(const CellColumn& column,
                                                         const char* role) const {
        Any name = Reference<css::beans::XPropertySet>(
                       _sheet->getCellRangeByPosition(column.col, column.firstRow, column.col,
                                                      column.lastRow),
                       UNO_QUERY_THROW)
                       ->getPropertyValue("AbsoluteName");
        return withRole(
            _provider->createDataSequenceByRangeRepresentation(name.get<rtl::OUString>()), role);
    }

    /// A literal text as a data sequence: Calc's provider takes a quoted string (with
    /// quotes doubled) as a constant, which is how a series name that is no cell is kept.
    Reference<css::chart2::data::XDataSequence> literal(const std::string& text) const {
        std::string quoted = "\"";
        for (char c : text)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += '"';
        return withRole(_provider->createDataSequenceByRangeRepresentation(fromUtf8(quoted)),
                        "label");
    }

    static Reference<css::chart2::data::XDataSequence>
    withRole(const Reference<css::chart2::data::XDataSequence>& sequence, const char* role) {
        Reference<css::beans::XPropertySet>(sequence, UNO_QUERY_THROW)
            ->setPropertyValue("Role", Any(rtl::OUString::createFromAscii(role)));
        return sequence;
    }

    Reference<css::chart2::data::XLabeledDataSequence>
    labelled(const Reference<css::chart2::data::XDataSequence>& values,
             const Reference<css::chart2::data::XDataSequence>& label) const {
        Reference<css::chart2::data::XLabeledDataSequence> pair(
            create("com.sun.star.chart2.data.LabeledDataSequence"), UNO_QUERY_THROW);
        pair->setValues(values);
        if (label.is())
            pair->setLabel(label);
        return pair;
    }

    /// The series' name: the cell above its values when that cell holds the name (a cell
    /// reference survives importSheet), else a literal (Calc 7.4 drops literal labels when
    /// it copies the sheet).
    Reference<css::chart2::data::XDataSequence> label(const ChartSeries& spec) const {
        const CellColumn& values = spec.values;
        if (values.firstRow > 0) {
            const auto* text =
                std::get_if<std::string>(&_cells.at(static_cast<std::size_t>(values.firstRow - 1),
                                                    static_cast<std::size_t>(values.col)));
            if (text && *text == spec.name)
                return sequence({values.col, values.firstRow - 1, values.firstRow - 1}, "label");
        }
        return literal(spec.name);
    }

    void fill(const Reference<css::chart2::XDataSeries>& series, const ChartSeries& spec) const {
        const Reference<css::chart2::data::XLabeledDataSequence> data =
            labelled(sequence(spec.values, "values-y"), label(spec));
        Reference<css::chart2::data::XDataSink>(series, UNO_QUERY_THROW)
            ->setData(Sequence<Reference<css::chart2::data::XLabeledDataSequence>>(&data, 1));
        if (spec.colour)
            Reference<css::beans::XPropertySet>(series, UNO_QUERY_THROW)
                ->setPropertyValue("Color", Any(static_cast<sal_Int32>(*spec.colour)));
        for (std::size_t i = 0; i < spec.pointColours.size(); ++i)
            series->getDataPointByIndex(static_cast<sal_Int32>(i))
                ->setPropertyValue("Color", Any(static_cast<sal_Int32>(spec.pointColours[i])));
    }

    /// Gives titled a title of text, or none when text is empty.
    void setTitle(const Reference<css::chart2::XTitled>& titled, const std::string& text) const {
        if (text.empty()) {
            titled->setTitleObject({});
            return;
        }
        Reference<css::chart2::XFormattedString> string(
            create("com.sun.star.chart2.FormattedString"), UNO_QUERY_THROW);
        string->setString(fromUtf8(text));
        Reference<css::chart2::XTitle> title(create("com.sun.star.chart2.Title"), UNO_QUERY_THROW);
        title->setText(Sequence<Reference<css::chart2::XFormattedString>>(&string, 1));
        titled->setTitleObject(title);
    }

    Reference<css::uno::XInterface> create(const char* service) const {
        return _context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii(service), _context);
    }

    Reference<css::uno::XComponentContext> _context;
    Reference<css::sheet::XSpreadsheet> _sheet;
    Reference<css::chart2::XChartDocument> _document;
    const core::common::Grid& _cells;
    Reference<css::chart2::data::XDataProvider> _provider;
};

css::table::CellRangeAddress address(sal_Int16 sheet, const CellColumn& column) {
    css::table::CellRangeAddress range;
    range.Sheet = sheet;
    range.StartColumn = range.EndColumn = column.col;
    range.StartRow = column.firstRow;
    range.EndRow = column.lastRow;
    return range;
}

/// A token no earlier writer of this process or of an earlier session used: the time in
/// microseconds and a count. Calc 7.4 keeps a removed chart's data listener under the
/// embedded object's name for as long as the document is open, and a new chart of the same
/// name then crashes it (ScChartListenerCollection::insert drops the new listener, which
/// addNewByName goes on using), so every run names its embedded objects afresh. Users
/// never see these names: the shape is named after the chart (nameShape).
std::string runToken() {
    static std::atomic<unsigned> count{0};
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    return std::to_string(micros) + "-" + std::to_string(++count);
}

/// Adds a chart named wanted, or wanted with a number when an embedded object of that name
/// is left elsewhere in the document (Calc refuses a name used on any sheet); returns the
/// name it got. Never removes an existing chart: removing one while the document records
/// no undo crashes Calc 7.4.
rtl::OUString addChart(const Reference<css::table::XTableCharts>& charts,
                       const rtl::OUString& wanted, const css::awt::Rectangle& place,
                       const Sequence<css::table::CellRangeAddress>& ranges) {
    rtl::OUString name = wanted;
    for (int attempt = 2;; ++attempt) {
        if (!charts->hasByName(name)) {
            try {
                charts->addNewByName(name, place, ranges, false, true);
                return name;
            } catch (const css::uno::RuntimeException&) {
                if (attempt > 100)
                    throw;
            }
        }
        name = wanted + " (" + rtl::OUString::number(attempt) + ")";
    }
}

/// Names the chart's shape on page (found by the embedded object's name).
void nameShape(const Reference<css::container::XIndexAccess>& page, const rtl::OUString& persist,
               const rtl::OUString& name) {
    for (sal_Int32 i = 0; i < page->getCount(); ++i) {
        Reference<css::beans::XPropertySet> shape(page->getByIndex(i), UNO_QUERY);
        if (!shape.is() || !shape->getPropertySetInfo()->hasPropertyByName("PersistName"))
            continue;
        if (shape->getPropertyValue("PersistName").get<rtl::OUString>() == persist) {
            shape->setPropertyValue("Name", css::uno::Any(name));
            return;
        }
    }
}

bool inside(const CellColumn& column, int rows, int cols) {
    return column.col >= 0 && column.col < cols && column.firstRow >= 0 &&
           column.firstRow <= column.lastRow && column.lastRow < rows;
}

/// The name of a chart's embedded object. Calc keeps the object as a stream of the package
/// under that name, and a stream name may hold no \ / : ? < > " |, control character or
/// UTF-16 surrogate (comphelper::OStorageHelper::IsValidZipEntryFileName; addNewByName throws
/// otherwise): such units become '_', so a department code with an emoji or a slash still
/// gets its charts.
rtl::OUString objectName(const std::string& name) {
    static const char forbidden[] = "\\/:?<>\"|";
    rtl::OUStringBuffer text(fromUtf8(name));
    for (sal_Int32 i = 0; i < text.getLength(); ++i) {
        const sal_Unicode unit = text[i];
        if (unit < 0x20 || (unit >= 0xD800 && unit <= 0xDFFF) ||
            (unit < 0x80 && std::strchr(forbidden, static_cast<char>(unit)) != nullptr))
            text[i] = '_';
    }
    return text.makeStringAndClear();
}

} // namespace

ChartWriter::ChartWriter(const Reference<css::uno::XComponentContext>& context)
    : _context(context), _run(runToken()) {}

void ChartWriter::validate(const core::sheets::Layout& generated) {
    const int rows = static_cast<int>(generated.cells.rows());
    const int cols = static_cast<int>(generated.cells.cols());
    for (const Chart& chart : generated.charts) {
        bool good = !chart.series.empty() && inside(chart.categories, rows, cols) &&
                    chart.anchorRow >= 0 && chart.anchorCol >= 0 && chart.width > 0 &&
                    chart.height > 0;
        for (const ChartSeries& series : chart.series)
            good = good && inside(series.values, rows, cols) &&
                   static_cast<int>(series.pointColours.size()) <=
                       series.values.lastRow - series.values.firstRow + 1;
        if (!good)
            throw core::common::Error(core::common::Error::Category::Internal,
                                      "generator.bad_layout", "chart outside the sheet's cells",
                                      generated.name + " chart " + chart.name);
    }
}

void ChartWriter::write(const Reference<css::sheet::XSpreadsheetDocument>& document,
                        const Reference<css::sheet::XSpreadsheet>& sheet,
                        const core::sheets::Layout& generated) const {
    if (generated.charts.empty())
        return;
    validate(generated);
    const sal_Int16 index = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                                ->getRangeAddress()
                                .Sheet;
    auto charts = Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
    Reference<css::container::XIndexAccess> page(
        Reference<css::drawing::XDrawPagesSupplier>(document, UNO_QUERY_THROW)
            ->getDrawPages()
            ->getByIndex(index),
        UNO_QUERY_THROW);
    for (const Chart& chart : generated.charts) {
        css::awt::Point at;
        Reference<css::beans::XPropertySet>(
            sheet->getCellByPosition(chart.anchorCol, chart.anchorRow), UNO_QUERY_THROW)
            ->getPropertyValue("Position") >>= at;
        // The categories first and flagged as row headers: Calc makes one series per
        // further column, which ChartModel then fills from the layout.
        Sequence<css::table::CellRangeAddress> ranges(
            static_cast<sal_Int32>(chart.series.size() + 1));
        ranges.getArray()[0] = address(index, chart.categories);
        for (std::size_t i = 0; i < chart.series.size(); ++i)
            ranges.getArray()[static_cast<sal_Int32>(i + 1)] =
                address(index, chart.series[i].values);
        // The embedded object's name is unique in the document and Calc renames it
        // ("Object 1"…) when it copies the sheet; the shape's name, which the Navigator
        // shows, stays: that one is chart.name.
        const rtl::OUString name =
            addChart(charts, objectName(generated.name + " " + chart.name + " " + _run),
                     css::awt::Rectangle(at.X, at.Y, chart.width, chart.height), ranges);
        nameShape(page, name, fromUtf8(chart.name));
        Reference<css::chart2::XChartDocument> model(
            Reference<css::document::XEmbeddedObjectSupplier>(charts->getByName(name),
                                                              UNO_QUERY_THROW)
                ->getEmbeddedObject(),
            UNO_QUERY_THROW);
        model->lockControllers();
        try {
            ChartModel(_context, sheet, model, generated.cells).build(chart);
        } catch (...) {
            model->unlockControllers();
            throw;
        }
        model->unlockControllers();
    }
}

} // namespace concord::uno
