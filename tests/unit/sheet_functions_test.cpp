// The sheet functions over grids: argument rules of DESIGN §4 (not given, 0 as not given,
// words), broadcasting of ranges, per-position results of array calls.
#include "core/common/Error.hpp"
#include "core/functions/Library.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace concord::core::common;
using namespace concord::core::kpi;
using namespace concord::core::functions;
using namespace concord::core::smart;

namespace {

const Library& functions() {
    static const Catalogue catalogue =
        Catalogue::load(std::string(CONCORD_DATA_DIR) + "/functions.json");
    static const Library instance(
        catalogue, Words::load(std::string(CONCORD_DATA_DIR) + "/words.json"),
        Analyser(Vocabulary::load(std::string(CONCORD_DATA_DIR) + "/smart.json")));
    return instance;
}

const Grid omitted;
Grid num(double value) {
    return Grid::scalar(value);
}
Grid text(const std::string& value) {
    return Grid::scalar(value);
}
Grid column(std::initializer_list<Cell> cells) {
    Grid grid(cells.size(), 1);
    std::size_t row = 0;
    for (const Cell& cell : cells)
        grid.at(row++, 0) = cell;
    return grid;
}
double value(const Grid& grid, std::size_t row = 0) {
    return std::get<double>(grid.at(row, 0));
}
std::string errorId(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& error) {
        return error.id();
    }
    return "no error";
}

const CivilDate calcNullDate{1899, 12, 30};

} // namespace

// ---- scalar calls ----------------------------------------------------------------------

TEST(SheetFunctionsScalar, AttainmentDownWithRussianWord) {
    // a 8, t 10, "снижение": 1 − (8 − 10)/10 = 1.2
    EXPECT_DOUBLE_EQ(1.2,
                     value(functions().kpiAttainment(num(8), num(10), omitted, text("снижение"))));
}

TEST(SheetFunctionsScalar, DirectionAsMinusOne) {
    // −1 means down: 1 − (12 − 10)/10 = 0.8
    EXPECT_DOUBLE_EQ(0.8, value(functions().kpiAttainment(num(12), num(10), omitted, num(-1))));
}

TEST(SheetFunctionsScalar, ZeroBaselineFromEmptyCellMeansNotGiven) {
    // an empty cell arrives as 0; with baseline taken as 0, t 10 > b 0 would contradict
    // "down"; as not given: 1 − (8 − 10)/10 = 1.2
    EXPECT_DOUBLE_EQ(1.2, value(functions().kpiAttainment(num(8), num(10), num(0), text("down"))));
}

TEST(SheetFunctionsScalar, ZeroCapMeansDefaultCap) {
    // attainment 15/10 = 1.5, cap 0 = not given → default 1.2
    EXPECT_DOUBLE_EQ(
        1.2, value(functions().kpiScore(num(15), num(10), omitted, omitted, omitted, num(0))));
}

TEST(SheetFunctionsScalar, BadInputThrows) {
    // t = 0 without baseline; a text actual; an unknown direction word
    EXPECT_EQ("kpi.target_zero",
              errorId([] { functions().kpiAttainment(num(8), num(0), omitted, omitted); }));
    EXPECT_EQ("arg.not_a_number",
              errorId([] { functions().kpiAttainment(text("eight"), num(10), omitted, omitted); }));
    EXPECT_EQ("arg.missing",
              errorId([] { functions().kpiAttainment(omitted, num(10), omitted, omitted); }));
    EXPECT_EQ("arg.direction", errorId([] {
                  functions().kpiAttainment(num(8), num(10), omitted, text("sideways"));
              }));
}

TEST(SheetFunctionsScalar, NonFiniteResultIsAnError) {
    // 1 + (1e308 − 1e−300)/1e−300 overflows to infinity: never a result
    EXPECT_EQ("result.not_finite", errorId([] {
                  functions().kpiAttainment(num(1e308), num(1e-300), omitted, omitted);
              }));
    // t − b = 1e308 − (−1e308) overflows; 1/∞ would be a silent 0
    EXPECT_EQ("kpi.overflow",
              errorId([] { functions().kpiAttainment(num(1), num(1e308), num(-1e308), omitted); }));
}

TEST(SheetFunctionsScalar, NextDueRejectsDatesOutsideTheCalendar) {
    // serial 1e15 is hundreds of billions of years away: an error, not a garbage date
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().reqNextDue(calcNullDate, text("month"), num(1e15), omitted);
              }));
}

TEST(SheetFunctionsScalar, DateArgumentsOutsideYears1To9999AreErrors) {
    // serial 1e308 (or −1e308) is no day of any calendar: an error, never "on time" or a
    // pace of 8e305. Calc serial 2958465 = 9999-12-31, −693593 = 0001-01-01.
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().reqStatus(calcNullDate, Language::En, num(1e308), num(45990),
                                        omitted);
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().reqStatus(calcNullDate, Language::En, num(46000), num(-1e308),
                                        omitted);
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().reqStatus(calcNullDate, Language::En, num(46000), omitted,
                                        num(2958466));
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().kpiPace(calcNullDate, num(40), num(100), num(46000), num(1e308),
                                      num(46050), omitted);
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().kpiPace(calcNullDate, num(40), num(100), num(-693594), num(46100),
                                      num(46050), omitted);
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().kpiForecast(column({10.0, 20.0}), column({1.0, 2.0}), num(1e308));
              }));
    EXPECT_EQ("arg.date_range", errorId([] {
                  functions().smartScore(text("Increase revenue by 10%"), omitted, omitted,
                                         num(1e308), omitted, omitted);
              }));
    // the first and last day are dates: delivered 0001-01-01 ≤ due 9999-12-31 → on time
    EXPECT_EQ("on time", std::get<std::string>(functions()
                                                   .reqStatus(calcNullDate, Language::En,
                                                              num(2958465), num(-693593), omitted)
                                                   .at(0, 0)));
    // e = (46050 − 46000) / (46100 − 46000) = 0.5: 40 / (100 · 0.5) = 0.8
    EXPECT_DOUBLE_EQ(0.8, value(functions().kpiPace(calcNullDate, num(40), num(100), num(46000),
                                                    num(46100), num(46050), omitted)));
}

TEST(SheetFunctionsScalar, RequestStatusInTheDocumentsLanguage) {
    const auto status = [](Language language, double due, double delivered, double today) {
        return std::get<std::string>(
            functions()
                .reqStatus(calcNullDate, language, num(due), num(delivered), num(today))
                .at(0, 0));
    };
    // delivered day 5 ≤ due day 10 → on time; delivered 11 > 10 → late
    EXPECT_EQ("on time", status(Language::En, 10, 5, 0));
    EXPECT_EQ("late", status(Language::En, 10, 11, 0));
    // not delivered (0 = empty cell), today 12 > due 10 → overdue; today 10 → open
    EXPECT_EQ("overdue", status(Language::En, 10, 0, 12));
    EXPECT_EQ("open", status(Language::En, 10, 0, 10));
    // the same four cases in a Russian document
    EXPECT_EQ("в срок", status(Language::Ru, 10, 5, 0));
    EXPECT_EQ("с опозданием", status(Language::Ru, 10, 11, 0));
    EXPECT_EQ("просрочен", status(Language::Ru, 10, 0, 12));
    EXPECT_EQ("открыт", status(Language::Ru, 10, 0, 10));
}

TEST(SheetFunctionsArray, RequestStatusRangeInRussian) {
    // due 10 for each row; delivered 12 (late), 9 (on time), empty with today 11 (overdue)
    const Grid result = functions().reqStatus(calcNullDate, Language::Ru, num(10),
                                              column({12.0, 9.0, 0.0}), num(11));
    EXPECT_EQ("с опозданием", std::get<std::string>(result.at(0, 0)));
    EXPECT_EQ("в срок", std::get<std::string>(result.at(1, 0)));
    EXPECT_EQ("просрочен", std::get<std::string>(result.at(2, 0)));
}

TEST(SheetFunctionsScalar, NextDueCountsFromTheDocumentNullDate) {
    // Calc serial 46053 = 2026-01-31 (null date 1899-12-30); +1 month clamped → 2026-02-28
    // = 46081
    EXPECT_DOUBLE_EQ(
        46081, value(functions().reqNextDue(calcNullDate, text("month"), num(46053), omitted)));
    // with null date 1904-01-01 the same calendar day is 46053 − 1462 = 44591 → 44619
    EXPECT_DOUBLE_EQ(44619, value(functions().reqNextDue(CivilDate{1904, 1, 1}, text("месяц"),
                                                         num(44591), omitted)));
    EXPECT_EQ("arg.frequency", errorId([] {
                  functions().reqNextDue(calcNullDate, text("fortnight"), num(46053), omitted);
              }));
    EXPECT_EQ("arg.due_day", errorId([] {
                  functions().reqNextDue(calcNullDate, text("month"), num(46053), num(1e12));
              }));
}

TEST(SheetFunctionsScalar, SmartTextArgumentZeroIsNotGiven) {
    // owner and parent from empty cells arrive as 0: R must not be met by them
    Grid missing = functions().smartMissing(text("Increase revenue by 10% by 31.12.2026"), omitted,
                                            omitted, omitted, num(0), num(0));
    EXPECT_NE(std::string::npos, std::get<std::string>(missing.at(0, 0)).find('R'));
}

// ---- aggregates ------------------------------------------------------------------------

TEST(SheetFunctionsAggregate, WeightedSkipsTextAndEmpty) {
    // (0.5·1 + 1·3) / (1 + 3) = 0.875; the text row and the empty row are skipped
    Grid scores = column({0.5, std::string("n/a"), 1.0, std::monostate{}});
    Grid weights = column({1.0, 5.0, 3.0, 2.0});
    EXPECT_DOUBLE_EQ(0.875, functions().kpiWeighted(scores, weights));
    // without weights: (0.5 + 1) / 2 = 0.75
    EXPECT_DOUBLE_EQ(0.75, functions().kpiWeighted(scores, omitted));
}

TEST(SheetFunctionsAggregate, ShapesMustMatch) {
    Grid scores = column({0.5, 1.0});
    Grid weights = column({1.0, 2.0, 3.0});
    EXPECT_EQ("args.shape", errorId([&] { functions().kpiWeighted(scores, weights); }));
}

TEST(SheetFunctionsAggregate, ForecastNeedsOneDeadline) {
    // line through (1, 10), (2, 12), (3, 14): 10 + 2·(x − 1); at 5 → 18
    Grid values = column({10.0, 12.0, 14.0});
    Grid dates = column({1.0, 2.0, 3.0});
    EXPECT_DOUBLE_EQ(18, functions().kpiForecast(values, dates, num(5)));
    EXPECT_EQ("arg.not_scalar", errorId([&] {
                  functions().kpiForecast(values, dates, column({5.0, 6.0}));
              }));
}

TEST(SheetFunctionsAggregate, TrendWithoutDatesUsesPositions) {
    // positions 1, 2, 3 (the text at 2 is skipped): (1, 3), (3, 7) → slope 2
    Grid values = column({3.0, std::string("x"), 7.0});
    EXPECT_DOUBLE_EQ(2, functions().kpiTrend(values, omitted));
    // a 2×3 block has no one order of positions: an error, as are shapes that differ
    Grid block(2, 3);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            block.at(r, c) = static_cast<double>(r * 3 + c + 1);
    EXPECT_EQ("args.shape", errorId([&] { functions().kpiTrend(block, omitted); }));
    // with dates of the same shape the pairs are plain: y = x + 0, slope 1
    EXPECT_DOUBLE_EQ(1, functions().kpiTrend(block, block));
}

TEST(SheetFunctionsAggregate, EmptyTextForOptionalRangesIsNotGiven) {
    // ="" is "not given" as an omitted argument is (DESIGN §4): weights 1, positions 1…3
    Grid scores = column({0.5, 1.0, 1.5});
    EXPECT_DOUBLE_EQ(1, functions().kpiWeighted(scores, text(""))); // (0.5 + 1 + 1.5) / 3
    EXPECT_DOUBLE_EQ(0.5, functions().kpiTrend(scores, text(" "))); // (1, 0.5) … (3, 1.5)
    EXPECT_EQ("args.shape", errorId([&] { functions().kpiWeighted(scores, text("x")); }));
}

// ---- array calls -----------------------------------------------------------------------

TEST(SheetFunctionsArray, RangeGivesOneResultPerRow) {
    // rows: 8/10 = 0.8; 12/10 = 1.2; empty actual → empty; t = 0 → error; text → empty
    Grid actual = column({8.0, 12.0, std::string(""), 5.0, std::string("x")});
    Grid target = column({10.0, 10.0, 10.0, 0.0, 3.0});
    Grid result = functions().kpiAttainment(actual, target, omitted, omitted);
    ASSERT_EQ(5u, result.rows());
    EXPECT_DOUBLE_EQ(0.8, value(result, 0));
    EXPECT_DOUBLE_EQ(1.2, value(result, 1));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(result.at(2, 0)));
    EXPECT_EQ(CellError{"kpi.target_zero"}, std::get<CellError>(result.at(3, 0)));
    EXPECT_TRUE(std::holds_alternative<std::monostate>(result.at(4, 0)));
}

TEST(SheetFunctionsArray, ScalarArgumentsBroadcast) {
    // target 10 for every row, direction down: 1 − (8 − 10)/10 = 1.2, 1 − (11 − 10)/10 = 0.9
    Grid actual = column({8.0, 11.0});
    Grid result = functions().kpiScore(actual, num(10), omitted, text("down"), omitted, omitted);
    EXPECT_DOUBLE_EQ(1.2, value(result, 0));
    EXPECT_DOUBLE_EQ(0.9, value(result, 1));
}

TEST(SheetFunctionsArray, DifferentShapesAreAnError) {
    EXPECT_EQ("args.shape", errorId([] {
                  functions().kpiAttainment(column({1.0, 2.0}), column({1.0, 2.0, 3.0}), omitted,
                                            omitted);
              }));
}
