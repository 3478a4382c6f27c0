#include "SheetCharts.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart2/ScaleData.hpp>
#include <com/sun/star/chart2/XAxis.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/chart2/XFormattedString.hpp>
#include <com/sun/star/chart2/XTitle.hpp>
#include <com/sun/star/chart2/XTitled.hpp>
#include <com/sun/star/chart2/data/XDataSource.hpp>
#include <com/sun/star/chart2/data/XLabeledDataSequence.hpp>
#include <com/sun/star/chart2/data/XTextualDataSequence.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include <map>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::integration {

namespace {

std::string titleOf(const Reference<css::uno::XInterface>& object) {
    Reference<css::chart2::XTitled> titled(object, UNO_QUERY);
    if (!titled.is() || !titled->getTitleObject().is())
        return {};
    std::string text;
    for (const auto& part : titled->getTitleObject()->getText())
        text += ::concord::uno::toUtf8(part->getString());
    return text;
}

std::string textOf(const Reference<css::chart2::data::XDataSequence>& sequence) {
    Reference<css::chart2::data::XTextualDataSequence> textual(sequence, UNO_QUERY);
    if (!textual.is())
        return {};
    std::string text;
    for (const rtl::OUString& part : textual->getTextualData())
        text += ::concord::uno::toUtf8(part);
    return text;
}

int colourOf(const Reference<css::beans::XPropertySet>& properties) {
    sal_Int32 colour = 0;
    properties->getPropertyValue("Color") >>= colour;
    return colour;
}

} // namespace

int SheetCharts::count(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return Reference<css::container::XIndexAccess>(
               Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts(),
               UNO_QUERY_THROW)
        ->getCount();
}

std::vector<SheetCharts::Chart>
SheetCharts::read(const Reference<css::sheet::XSpreadsheetDocument>& spreadsheet,
                  const Reference<css::sheet::XSpreadsheet>& sheet, int pointColours) {
    // Embedded object name → shape name, from the sheet's draw page.
    std::map<std::string, std::string> shapes;
    Reference<css::container::XIndexAccess> page(
        Reference<css::drawing::XDrawPagesSupplier>(spreadsheet, UNO_QUERY_THROW)
            ->getDrawPages()
            ->getByIndex(Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)
                             ->getRangeAddress()
                             .Sheet),
        UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < page->getCount(); ++i) {
        Reference<css::beans::XPropertySet> shape(page->getByIndex(i), UNO_QUERY_THROW);
        if (shape->getPropertySetInfo()->hasPropertyByName("PersistName"))
            shapes[::concord::uno::toUtf8(
                shape->getPropertyValue("PersistName").get<rtl::OUString>())] =
                ::concord::uno::toUtf8(shape->getPropertyValue("Name").get<rtl::OUString>());
    }
    Reference<css::container::XIndexAccess> charts(
        Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts(),
        UNO_QUERY_THROW);
    std::vector<Chart> result;
    for (sal_Int32 i = 0; i < charts->getCount(); ++i) {
        Reference<css::container::XNamed> named(charts->getByIndex(i), UNO_QUERY_THROW);
        Reference<css::chart2::XChartDocument> document(
            Reference<css::document::XEmbeddedObjectSupplier>(named, UNO_QUERY_THROW)
                ->getEmbeddedObject(),
            UNO_QUERY_THROW);
        Chart chart;
        chart.name = shapes[::concord::uno::toUtf8(named->getName())];
        chart.title = titleOf(document);
        Reference<css::chart2::XCoordinateSystem> system(
            Reference<css::chart2::XCoordinateSystemContainer>(document->getFirstDiagram(),
                                                               UNO_QUERY_THROW)
                ->getCoordinateSystems()[0]);
        auto xAxis = system->getAxisByDimension(0, 0);
        chart.xTitle = titleOf(xAxis);
        chart.yTitle = titleOf(system->getAxisByDimension(1, 0));
        if (auto categories = xAxis->getScaleData().Categories; categories.is())
            chart.categories =
                ::concord::uno::toUtf8(categories->getValues()->getSourceRangeRepresentation());
        auto type = Reference<css::chart2::XChartTypeContainer>(system, UNO_QUERY_THROW)
                        ->getChartTypes()[0];
        chart.type = ::concord::uno::toUtf8(type->getChartType());
        for (const auto& data :
             Reference<css::chart2::XDataSeriesContainer>(type, UNO_QUERY_THROW)->getDataSeries()) {
            Series series;
            auto sequences = Reference<css::chart2::data::XDataSource>(data, UNO_QUERY_THROW)
                                 ->getDataSequences();
            if (sequences.getLength() > 0) {
                auto values = sequences[0]->getValues();
                series.values = ::concord::uno::toUtf8(values->getSourceRangeRepresentation());
                series.points = values->getData().getLength();
                series.label = textOf(sequences[0]->getLabel());
            }
            series.colour = colourOf(Reference<css::beans::XPropertySet>(data, UNO_QUERY_THROW));
            for (int p = 0; p < pointColours; ++p)
                series.pointColours.push_back(colourOf(data->getDataPointByIndex(p)));
            chart.series.push_back(series);
        }
        result.push_back(chart);
    }
    return result;
}

} // namespace concord::integration
