// Benchmark of single-cell edits with the Concord panel open (issue 13), in one soffice
// process, on the synthetic company of ScaleWorkbook (360k Actuals rows):
//   (a) 200 edits with no panel: 199 setValue on Actuals Value cells, then one KPI ID
//       made a duplicate (one valid KPI less), each followed by a round trip through the
//       office's main loop (an AsyncCallback posted after the edit, waited for), so that
//       whatever the edit made the office do in the main loop is timed too
//   (b) the same with the Concord panel open (made as the sidebar makes it), on other
//       cells
//   (c) the time from the end of the last edit of (b) until the panel shows the right
//       counts (the KPI count one less), and the longest main-loop round trip meanwhile
//       (how long the office did not answer while the panel read)
// in five rounds of (a) then (b) (the panel made anew each round), summed.
// Goals: (b)/(a) <= 1.2, (c) <= 1 s.
#include "ScaleWorkbook.hpp"
#include "SidebarPanelDriver.hpp"
#include "SidebarTexts.hpp"
#include "cli/office/CalcDocument.hpp"
#include "cli/office/ExtensionInstaller.hpp"
#include "cli/office/OfficeProcess.hpp"
#include "cli/office/OfficeProfile.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace css;
using concord::bench::ScaleWorkbook;
using concord::integration::SidebarPanelDriver;
using concord::integration::SidebarTexts;

namespace {

constexpr int edits = 200;
constexpr int rounds = 5;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Called back by the office's main loop.
class Flag : public cppu::WeakImplHelper1<awt::XCallback> {
public:
    void SAL_CALL notify(const uno::Any&) override { _done = true; }
    bool done() const { return _done; }

private:
    std::atomic<bool> _done{false};
};

/// Posts a callback to the office's main loop and waits until it has run: everything the
/// main loop had queued before (a panel's refresh) has run then. Returns the seconds.
double roundTrip(const uno::Reference<uno::XComponentContext>& context) {
    const auto start = Clock::now();
    rtl::Reference<Flag> flag(new Flag);
    awt::AsyncCallback::create(context)->addCallback(flag.get(), uno::Any());
    while (!flag->done())
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    return secondsSince(start);
}

/// edits edits of the Value cells of the Actuals rows from first on (every 1,000th row),
/// each followed by a round trip; the last instead gives the KPI of KPIs row series + 2 the
/// ID of the first KPI (D1-K1), so that each series leaves one valid KPI less.
double editSeconds(const concord::cli::OfficeProcess& office, const concord::cli::CalcDocument& doc,
                   int first, int series, std::vector<double>& each) {
    uno::Reference<sheet::XSpreadsheet> actuals(doc.model()->getSheets()->getByName("Actuals"),
                                                uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XSpreadsheet> kpis(doc.model()->getSheets()->getByName("KPIs"),
                                             uno::UNO_QUERY_THROW);
    const auto start = Clock::now();
    for (int i = 0; i < edits; ++i) {
        const auto edit = Clock::now();
        if (i + 1 < edits)
            actuals->getCellByPosition(2, first + i * 1000)->setValue(50 + i % 40);
        else
            kpis->getCellByPosition(0, series + 2)->setFormula("D1-K1");
        roundTrip(office.context());
        each.push_back(secondsSince(edit));
    }
    return secondsSince(start);
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The KPIs the panel should count after series edit series: one fewer each.
int kpisAfter(int series) {
    return ScaleWorkbook::departments * ScaleWorkbook::kpisPerDepartment - series;
}

/// The text of the label after the label named caption, walking the panel's accessible
/// objects depth first and stopping there (each object is a call into the office; the
/// counts come first, the long lists after them).
bool findAfter(const uno::Reference<accessibility::XAccessibleContext>& context,
               const std::string& caption, bool& seen, std::string& text) {
    if (context->getAccessibleRole() == accessibility::AccessibleRole::LABEL) {
        const std::string name =
            rtl::OUStringToOString(context->getAccessibleName(), RTL_TEXTENCODING_UTF8).getStr();
        if (seen) {
            text = name;
            return true;
        }
        seen = name == caption;
    }
    const sal_Int32 count = context->getAccessibleChildCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = context->getAccessibleChild(i);
        if (child.is() && findAfter(child->getAccessibleContext(), caption, seen, text))
            return true;
    }
    return false;
}

std::string countShown(const SidebarPanelDriver& panel, const std::string& id) {
    const auto root =
        uno::Reference<ui::XToolPanel>(panel.element()->getRealInterface(), uno::UNO_QUERY_THROW)
            ->createAccessible({});
    bool seen = false;
    std::string text;
    findAfter(root->getAccessibleContext(), SidebarTexts::text(id), seen, text);
    return text;
}

bool panelIsRight(const SidebarPanelDriver& panel, int kpis) {
    return countShown(panel, "count.kpis") == std::to_string(kpis) &&
           countShown(panel, "count.departments") == std::to_string(ScaleWorkbook::departments);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CONCORD_OXT\n", argv[0]);
        return 64;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    try {
        concord::cli::OfficeProfile profile;
        concord::cli::ExtensionInstaller(profile).install(argv[1]);
        concord::cli::OfficeProcess office(profile);
        concord::cli::CalcDocument doc = concord::cli::CalcDocument::create(office);
        const auto made = Clock::now();
        ScaleWorkbook::write(doc);
        std::printf("synthetic workbook: %d departments, %d KPIs, %d actual rows (%.1f s)\n",
                    ScaleWorkbook::departments,
                    ScaleWorkbook::departments * ScaleWorkbook::kpisPerDepartment,
                    ScaleWorkbook::actualRows, secondsSince(made));

        int series = 0;
        std::vector<double> warmUp;
        std::vector<double> eachClosed;
        std::vector<double> eachOpen;
        editSeconds(office, doc, 999, series++, warmUp); // warm-up: the edit path and the main loop
        // Rounds of (a) then (b), each on rows of its own, against the noise of a shared
        // machine; the sums are compared.
        double a = 0;
        double b = 0;
        double worstRight = 0;
        double worstRoundTrip = 0;
        for (int round = 0; round < rounds; ++round) {
            const double closed = editSeconds(office, doc, 1 + 2 * round, series++, eachClosed);
            const auto opened = Clock::now();
            SidebarPanelDriver panel(office, doc);
            if (!SidebarPanelDriver::waitUntil(
                    [&] { return panelIsRight(panel, kpisAfter(series)); },
                    std::chrono::seconds(60)))
                throw std::runtime_error("the panel does not show the workbook after 60 s");
            const double openedSeconds = secondsSince(opened);
            const double open = editSeconds(office, doc, 2 + 2 * round, series++, eachOpen);
            const auto lastEdit = Clock::now();
            double longestRoundTrip = 0;
            double right = -1;
            while (secondsSince(lastEdit) < 10) {
                longestRoundTrip = std::max(longestRoundTrip, roundTrip(office.context()));
                const double asked = secondsSince(lastEdit);
                if (panelIsRight(panel, kpisAfter(series))) {
                    right = asked; // it was right when this look began, or during it
                    right = secondsSince(lastEdit);
                    std::printf("    right between %.3f and %.3f s\n", asked, right);
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            std::printf("round %d: (a) %.3f s, (b) %.3f s, (b)/(a) %.2f; panel opened in %.2f s, "
                        "right %.3f s after the last edit, longest round trip %.3f s\n",
                        round + 1, closed, open, open / closed, openedSeconds, right,
                        longestRoundTrip);
            a += closed;
            b += open;
            worstRight = right < 0 || worstRight < 0 ? -1 : std::max(worstRight, right);
            worstRoundTrip = std::max(worstRoundTrip, longestRoundTrip);
        }

        std::printf("(a) %d x %d edits, no panel          %8.3f s (%.2f ms an edit)\n", rounds,
                    edits, a, 1000 * a / (rounds * edits));
        std::printf("(b) %d x %d edits, Concord panel open %8.3f s (%.2f ms an edit)\n", rounds,
                    edits, b, 1000 * b / (rounds * edits));
        std::printf("(b)/(a) = %.2f   goal <= 1.2  %s\n", b / a, b / a <= 1.2 ? "met" : "NOT met");
        // the median edit, which the other processes of a shared machine disturb less
        const double medianClosed = median(eachClosed);
        const double medianOpen = median(eachOpen);
        std::printf("median edit: (a) %.3f ms, (b) %.3f ms, ratio %.2f\n", 1000 * medianClosed,
                    1000 * medianOpen, medianOpen / medianClosed);
        if (worstRight < 0)
            std::printf("(c) the panel did not show the last edit within 10 s   goal <= 1 s  "
                        "NOT met\n");
        else
            std::printf("(c) panel right at most %.3f s after the last edit   goal <= 1 s  %s\n",
                        worstRight, worstRight <= 1 ? "met" : "NOT met");
        std::printf("    longest main-loop round trip meanwhile: %.3f s (the office did not "
                    "answer that long)\n",
                    worstRoundTrip);
        doc.close();
        office.terminate();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench failed: %s\n", error.what());
        return 1;
    } catch (const uno::Exception& error) {
        std::fprintf(stderr, "bench failed: %s\n",
                     rtl::OUStringToOString(error.Message, RTL_TEXTENCODING_UTF8).getStr());
        return 1;
    }
    return 0;
}
