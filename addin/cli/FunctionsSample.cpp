#include "FunctionsSample.hpp"

#include "office/CalcDocument.hpp"
#include "office/OfficeProcess.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace css;

namespace concord::cli {

namespace {

/// One sample row. `expected` is worked out by hand (see the comment beside each row);
/// a text expectation is compared with the cell's text, a number with its value.
struct Sample {
    const char* formula;
    const char* expectedText; // nullptr for a number
    double expectedNumber;
    bool isDate;
};

/// Stands for "any non-empty hint": its wording belongs to the SMART analyser.
const char anyHint[] = "(a hint in the goal's language)";

// Inputs in E1:G4: scores 1, 0.5 with weights 3, 1 (E1:F2);
// monthly values 100, 110, 125 dated 2026-01-31, 02-28, 03-31 (E3:G3 values, E4:G4 dates).
const Sample samples[] = {
    // 1 − (8 − 10)/10 = 1.2
    {"=KPI.ATTAINMENT(8;10;;\"down\")", nullptr, 1.2, false},
    // 130/100 = 1.3, capped at 1.2
    {"=KPI.SCORE(130;100)", nullptr, 1.2, false},
    // 12 is 2 above [5; 10], tolerance 10 − 5 = 5: 1 − 2/5 = 0.6
    {"=KPI.RANGE(12;5;10)", nullptr, 0.6, false},
    // 0.8 ≥ 0.7 and < 0.95 → amber (0)
    {"=KPI.STATUS(0.8)", nullptr, 0, false},
    // (1·3 + 0.5·1)/(3 + 1) = 0.875
    {"=KPI.WEIGHTED(E1:E2;F1:F2)", nullptr, 0.875, false},
    // e = (182 − 0)/(364) = 0.5 (2026-01-01 → 07-02 is 182 days, → 12-31 is 364);
    // (40 − 0)/(100 · 0.5) = 0.8
    {"=KPI.PACE(40;100;DATE(2026;1;1);DATE(2026;12;31);DATE(2026;7;2))", nullptr, 0.8, false},
    // x = 0, 28, 59 days (from 01-31), y = 100, 110, 125; x̄ = 29, ȳ = 111.667;
    // Sxy = (−29)(−11.667) + (−1)(−1.667) + 30(13.333) = 338.333 + 1.667 + 400 = 740;
    // Sxx = 841 + 1 + 900 = 1742; slope = 0.424799; at 04-30 (x = 89):
    // 111.6667 + 25.4879449 = 137.1546116
    {"=KPI.FORECAST(E3:G3;E4:G4;DATE(2026;4;30))", nullptr, 137.154611557597, false},
    // the same slope per day: 740/1742 = 0.424799
    {"=KPI.TREND(E3:G3;E4:G4)", nullptr, 0.42479908151550, false},
    // p = 450/2000 = 0.225; se = √(0.225 · 0.775 · 0.002) = 0.0186748; z = −0.05/se =
    // −2.677398; two-sided p = erfc(2.677398/√2) = 0.0074196
    {"=KPI.ABTEST(200;1000;250;1000)", nullptr, 0.0074196, false},
    // number (10%), deadline (31.12.2026), concrete outcome, target via the KPI, owner +
    // parent: all five
    {"=SMART.SCORE(\"Increase revenue by 10% by 31.12.2026\";\"K1\";0.1;;\"Anna\";\"G1\")", nullptr,
     5, false},
    // "Improve UX": no level, no deadline, abstract; no owner → S,M,A,R,T
    {"=SMART.MISSING(\"Improve UX\")", "S,M,A,R,T", 0, false},
    // an abstract direction in Russian: a Russian sentence on what to add first
    {"=SMART.HINT(\"Повысить качество обслуживания\")", anyHint, 0, false},
    // delivered 03-07 after due 03-05 → late
    {"=REQ.STATUS(DATE(2026;3;5);DATE(2026;3;7))", "late", 0, false},
    // 2026-01-31 + 1 month → 2026-02-28 (clamped) = serial 46081
    {"=REQ.NEXTDUE(\"month\";DATE(2026;1;31))", nullptr, 46081, true},
};

rtl::OUString ascii(const char* text) {
    return rtl::OUString::fromUtf8(text);
}

void setRow(const css::uno::Reference<table::XCellRange>& sheet, int row,
            std::initializer_list<css::uno::Any> values) {
    int column = 0;
    for (const css::uno::Any& value : values) {
        css::uno::Reference<table::XCell> cell = sheet->getCellByPosition(column++, row);
        double number = 0;
        rtl::OUString text;
        if (value >>= number)
            cell->setValue(number);
        else if (value >>= text)
            cell->setFormula(text);
    }
}

} // namespace

int FunctionsSample::write(const OfficeProcess& office, const std::string& outputPath) {
    CalcDocument doc = CalcDocument::create(office);
    // An English sheet whatever the system locale: REQ.STATUS answers in the document's
    // language, and the expectations below are English.
    css::uno::Reference<beans::XPropertySet>(doc.model(), css::uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharLocale", css::uno::Any(lang::Locale("en", "US", "")));
    css::uno::Reference<table::XCellRange> sheet(doc.sheet(0), css::uno::UNO_QUERY_THROW);

    // Inputs for the range functions, in one bulk call.
    css::uno::Reference<sheet::XCellRangeData> inputs(sheet->getCellRangeByName("E1:G4"),
                                                      css::uno::UNO_QUERY_THROW);
    auto row = [](double a, double b, double c) {
        css::uno::Sequence<css::uno::Any> values(3);
        values.getArray()[0] <<= a;
        values.getArray()[1] <<= b;
        values.getArray()[2] <<= c;
        return values;
    };
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(4);
    data.getArray()[0] = row(1, 3, 0);
    data.getArray()[1] = row(0.5, 1, 0);
    data.getArray()[2] = row(100, 110, 125);
    data.getArray()[3] = row(46053, 46081, 46112); // 2026-01-31, 02-28, 03-31
    inputs->setDataArray(data);

    setRow(sheet, 0,
           {css::uno::Any(ascii("Formula")), css::uno::Any(ascii("Result")),
            css::uno::Any(ascii("Expected (by hand)"))});
    css::uno::Reference<util::XNumberFormatsSupplier> supplier(doc.model(),
                                                               css::uno::UNO_QUERY_THROW);
    const sal_Int32 dateFormat =
        supplier->getNumberFormats()->queryKey("YYYY-MM-DD", lang::Locale("en", "US", ""), false);

    int mismatches = 0;
    int r = 1;
    for (const Sample& sample : samples) {
        css::uno::Reference<table::XCell> text = sheet->getCellByPosition(0, r);
        text->setFormula(ascii(sample.formula).copy(1)); // shown as text: drop the '='
        css::uno::Reference<table::XCell> result = sheet->getCellByPosition(1, r);
        result->setFormula(ascii(sample.formula));
        css::uno::Reference<table::XCell> expected = sheet->getCellByPosition(2, r);
        if (sample.expectedText)
            expected->setFormula(ascii(sample.expectedText));
        else
            expected->setValue(sample.expectedNumber);
        if (sample.isDate && dateFormat >= 0) {
            for (const auto& cell : {result, expected})
                css::uno::Reference<beans::XPropertySet>(cell, css::uno::UNO_QUERY_THROW)
                    ->setPropertyValue("NumberFormat", css::uno::Any(dateFormat));
        }
        ++r;
    }
    doc.recalculate();

    r = 1;
    for (const Sample& sample : samples) {
        css::uno::Reference<table::XCell> result = sheet->getCellByPosition(1, r++);
        const std::string shown = concord::uno::toUtf8(
            css::uno::Reference<text::XTextRange>(result, css::uno::UNO_QUERY_THROW)->getString());
        bool ok = result->getError() == 0;
        if (ok && sample.expectedText)
            ok = sample.expectedText == anyHint ? !shown.empty() : shown == sample.expectedText;
        else if (ok)
            ok = std::abs(result->getValue() - sample.expectedNumber) <=
                 1e-6 * std::max(1.0, std::abs(sample.expectedNumber));
        mismatches += ok ? 0 : 1;
        std::printf("%-4s %-70s %s\n", ok ? "ok" : "DIFF", sample.formula, shown.c_str());
    }

    css::uno::Reference<table::XColumnRowRange> columns(sheet, css::uno::UNO_QUERY_THROW);
    for (int c = 0; c < 3; ++c)
        css::uno::Reference<beans::XPropertySet>(columns->getColumns()->getByIndex(c),
                                                 css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("OptimalWidth", css::uno::Any(true));

    Poco::Path target(outputPath);
    target.makeAbsolute();
    Poco::File(target.parent()).createDirectories();
    Poco::Path partial(target.toString() + ".partial");
    doc.storeAs(partial.toString(), "calc8");
    Poco::File(partial).renameTo(target.toString());
    return mismatches;
}

} // namespace concord::cli
