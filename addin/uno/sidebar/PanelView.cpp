#include "PanelView.hpp"
#include "uno/text/UnoText.hpp"

#include "PanelLayout.hpp"
#include "WorkbookSummary.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/style/VerticalAlignment.hpp>

#include <algorithm>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

const char PanelView::exportPdfAction[] = "ExportPdf";
const char PanelView::handOutAction[] = "HandOut";
const char PanelView::collectAction[] = "Collect";
const char PanelView::checkInputAction[] = "CheckInput";

namespace {

/// The AWT control kinds the panel uses (service names without "Model").
const char fixedText[] = "com.sun.star.awt.UnoControlFixedText";
const char listBox[] = "com.sun.star.awt.UnoControlListBox";
const char button[] = "com.sun.star.awt.UnoControlButton";
const char container[] = "com.sun.star.awt.UnoControlContainer";
const char modelSuffix[] = "Model";

/// Section headings, in panel order.
const char* const headingIds[] = {"heading.workbook", "heading.build", "heading.messages"};
/// Captions of the counts, in the order of WorkbookSummary's counts.
const char* const countIds[] = {"count.departments", "count.kpis", "count.goals", "count.requests",
                                "count.problems"};

/// The build buttons: the generator's `what`, the label and the tip.
struct ButtonSpec {
    const char* what;
    const char* label;
    const char* tip;
};
const ButtonSpec buttonSpecs[] = {
    {"scorecards", "button.scorecards", "tip.scorecards"},
    {"smart", "button.smart", "tip.smart"},
    {"requests", "button.requests", "tip.requests"},
    {"all", "button.all", "tip.all"},
    // not a build: the report PDF, under the builds as it prints what they made
    {PanelView::exportPdfAction, "button.pdf", "tip.pdf"},
    // sharing the workbook across departments (DESIGN §6)
    {PanelView::handOutAction, "button.handout", "tip.handout"},
    {PanelView::collectAction, "button.collect", "tip.collect"},
    // the whole input check at once (after edits it runs once they pause)
    {PanelView::checkInputAction, "button.check", "tip.check"},
};

/// Lines of the problem list: at least, and at most by preference.
constexpr int minimumListLines = 4;
constexpr int preferredListLines = 12;
/// Problem lines the list's tooltip holds in full; the rest are counted.
constexpr std::size_t tooltipLines = 20;
/// Lines of the status and detail texts reserved even when shorter.
constexpr int statusLines = 2;
/// Right-aligned text (css.awt.TextAlign RIGHT).
constexpr sal_Int16 alignRight = 2;
/// Width given to a count's number.
constexpr int valueWidth = 48;
/// No maximum height: the problem list takes what the sidebar has left.
constexpr sal_Int32 unlimited = -1;

Reference<css::beans::XPropertySet> modelOf(const Reference<css::awt::XControl>& control) {
    return Reference<css::beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW);
}

void set(const Reference<css::awt::XControl>& control, const char* property, const Any& value) {
    modelOf(control)->setPropertyValue(rtl::OUString::createFromAscii(property), value);
}

void setText(const Reference<css::awt::XControl>& control, const std::string& text) {
    set(control, "Label", Any(fromUtf8(text)));
}

/// Fills a list box and selects the entry at index (none when negative).
void fill(const Reference<css::awt::XControl>& control, const std::vector<std::string>& items,
          int index) {
    set(control, "StringItemList", Any(toSequence(items)));
    css::uno::Sequence<sal_Int16> selected;
    if (index >= 0) {
        const sal_Int16 position = static_cast<sal_Int16>(index);
        selected = css::uno::Sequence<sal_Int16>(&position, 1);
    }
    set(control, "SelectedItems", Any(selected));
}

int selectedIndex(const Reference<css::awt::XControl>& control) {
    css::uno::Sequence<sal_Int16> selected;
    modelOf(control)->getPropertyValue("SelectedItems") >>= selected;
    return selected.hasElements() ? selected[0] : -1;
}

int indexOf(const std::vector<std::string>& items, const std::string& item) {
    const auto found = std::find(items.begin(), items.end(), item);
    return found == items.end() ? -1 : static_cast<int>(found - items.begin());
}

css::awt::Size preferredSize(const Reference<css::awt::XControl>& control) {
    return Reference<css::awt::XLayoutConstrains>(control, UNO_QUERY_THROW)->getPreferredSize();
}

int widest(const std::vector<Reference<css::awt::XControl>>& controls) {
    int width = 0;
    for (const auto& control : controls)
        width = std::max(width, static_cast<int>(preferredSize(control).Width));
    return width;
}

void place(const Reference<css::awt::XControl>& control, const PanelLayout::Box& box) {
    Reference<css::awt::XWindow>(control, UNO_QUERY_THROW)
        ->setPosSize(box.x, box.y, box.width, box.height, css::awt::PosSize::POSSIZE);
}

} // namespace

/// Where every control goes for one width.
struct PanelView::Geometry {
    std::vector<PanelLayout::Box> headings;
    std::vector<PanelLayout::Split> counts;
    PanelLayout::Split period;
    PanelLayout::Split department;
    std::vector<PanelLayout::Box> buttons;
    PanelLayout::Box status;
    PanelLayout::Box problems;
    PanelLayout::Box detail;
    int height = 0;
};

PanelView::PanelView(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::awt::XWindow>& parent, const UiTexts& texts)
    : _context(context), _texts(texts) {
    _container =
        Reference<css::awt::XControl>(context->getServiceManager()->createInstanceWithContext(
                                          rtl::OUString::createFromAscii(container), context),
                                      UNO_QUERY_THROW);
    _container->setModel(Reference<css::awt::XControlModel>(
        context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii(container) + modelSuffix, context),
        UNO_QUERY_THROW));
    _container->createPeer(
        Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW),
        Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW));
    _controls.set(_container, UNO_QUERY_THROW);

    const auto heading = [&](const char* id) {
        auto control = add(fixedText, id);
        setText(control, texts.text(id));
        set(control, "FontWeight", Any(css::awt::FontWeight::BOLD));
        _headings.push_back(control);
    };
    const auto caption = [&](const char* id) {
        auto control = add(fixedText, id);
        setText(control, texts.text(id));
        set(control, "VerticalAlign", Any(css::style::VerticalAlignment_MIDDLE));
        return control;
    };
    const auto dropdown = [&](const std::string& name) {
        auto control = add(listBox, name);
        set(control, "Dropdown", Any(true));
        set(control, "LineCount", Any(static_cast<sal_Int16>(preferredListLines)));
        return control;
    };

    heading(headingIds[0]);
    for (const char* id : countIds) {
        _captions.push_back(caption(id));
        auto value = add(fixedText, std::string(id) + ".value");
        set(value, "Align", Any(alignRight));
        set(value, "FontWeight", Any(css::awt::FontWeight::BOLD));
        _values.push_back(value);
    }
    heading(headingIds[1]);
    _periodCaption = caption("label.period");
    _period = dropdown("period");
    _departmentCaption = caption("label.department");
    _department = dropdown("department");
    set(_department, "HelpText", Any(fromUtf8(texts.text("tip.department"))));
    for (const ButtonSpec& spec : buttonSpecs) {
        auto control = add(button, spec.what);
        setText(control, texts.text(spec.label));
        set(control, "HelpText", Any(fromUtf8(texts.text(spec.tip))));
        Reference<css::awt::XButton>(control, UNO_QUERY_THROW)
            ->setActionCommand(rtl::OUString::createFromAscii(spec.what));
        _buttons.push_back(control);
    }
    _status = add(fixedText, "status");
    set(_status, "MultiLine", Any(true));
    setText(_status, texts.text("status.ready"));
    heading(headingIds[2]);
    _problems = add(listBox, "problems");
    set(_problems, "Dropdown", Any(false));
    set(_problems, "MultiSelection", Any(false));
    _detail = add(fixedText, "detail");
    set(_detail, "MultiLine", Any(true));
    Reference<css::awt::XWindow>(_container, UNO_QUERY_THROW)->setVisible(true);
}

PanelView::~PanelView() {
    dispose();
}

void PanelView::dispose() noexcept {
    try {
        if (_container.is())
            _container->dispose();
    } catch (const css::uno::Exception&) {
        // the office already took the window down
    }
    _container.clear();
    _controls.clear();
}

Reference<css::awt::XControl> PanelView::add(const char* kind, const std::string& name) {
    const auto factory = _context->getServiceManager();
    Reference<css::awt::XControl> control(
        factory->createInstanceWithContext(rtl::OUString::createFromAscii(kind), _context),
        UNO_QUERY_THROW);
    control->setModel(Reference<css::awt::XControlModel>(
        factory->createInstanceWithContext(rtl::OUString::createFromAscii(kind) + modelSuffix,
                                           _context),
        UNO_QUERY_THROW));
    _controls->addControl(fromUtf8(name), control);
    Reference<css::awt::XWindow>(control, UNO_QUERY_THROW)->setVisible(true);
    return control;
}

Reference<css::awt::XWindow> PanelView::window() const {
    return _container.is() ? Reference<css::awt::XWindow>(_container->getPeer(), UNO_QUERY)
                           : Reference<css::awt::XWindow>();
}

Reference<css::accessibility::XAccessible> PanelView::accessible() const {
    return _container.is()
               ? Reference<css::accessibility::XAccessible>(_container->getPeer(), UNO_QUERY)
               : Reference<css::accessibility::XAccessible>();
}

void PanelView::listen(const Reference<css::awt::XActionListener>& buttons,
                       const Reference<css::awt::XItemListener>& problems, bool remove) {
    for (const auto& control : _buttons) {
        Reference<css::awt::XButton> button(control, UNO_QUERY_THROW);
        if (remove)
            button->removeActionListener(buttons);
        else
            button->addActionListener(buttons);
    }
    Reference<css::awt::XListBox> list(_problems, UNO_QUERY_THROW);
    if (remove)
        list->removeItemListener(problems);
    else
        list->addItemListener(problems);
}

void PanelView::showSummary(const WorkbookSummary& summary) {
    const std::size_t counts[] = {summary.departmentCount, summary.kpiCount, summary.goalCount,
                                  summary.requestCount,
                                  summary.problems.size() - summary.listedFirst};
    for (std::size_t i = 0; i < _values.size(); ++i)
        setText(_values[i], summary.unusable.empty() ? std::to_string(counts[i]) : "–");

    const std::string period = chosenPeriod();
    std::vector<std::string> periodItems;
    for (const std::string& label : summary.periods)
        periodItems.push_back(label == summary.defaultPeriod ? _texts.text("period.latest", {label})
                                                             : label);
    _periodLabels = summary.periods;
    const int chosen = indexOf(_periodLabels, period);
    fill(_period, periodItems,
         chosen >= 0 ? chosen : indexOf(_periodLabels, summary.defaultPeriod));

    const std::string department = chosenDepartment();
    std::vector<std::string> departmentItems{_texts.text("department.all")};
    _departmentCodes = {""};
    for (const auto& entry : summary.departments) {
        departmentItems.push_back(_texts.text("department.item", {entry.code, entry.name}));
        _departmentCodes.push_back(entry.code);
    }
    fill(_department, departmentItems, std::max(0, indexOf(_departmentCodes, department)));

    std::vector<std::string> lines;
    for (const auto& problem : summary.problems)
        lines.push_back(problem.line);
    if (lines != _problemLines) {
        _problemLines = lines;
        fill(_problems, lines, -1);
        set(_problems, "HelpText", Any(fromUtf8(problemsTip())));
        showDetail(_texts.text(lines.empty() ? "messages.none" : "messages.pick"));
    }
}

std::string PanelView::problemsTip() const {
    std::string tip;
    const std::size_t shown = std::min(_problemLines.size(), tooltipLines);
    for (std::size_t i = 0; i < shown; ++i)
        tip += (i == 0 ? "" : "\n") + _problemLines[i];
    if (shown < _problemLines.size())
        tip += "\n" + _texts.text("messages.more", {std::to_string(_problemLines.size() - shown)});
    return tip;
}

void PanelView::showStatus(const std::string& text) {
    setText(_status, text);
}

void PanelView::showDetail(const std::string& text) {
    setText(_detail, text);
}

std::string PanelView::chosenPeriod() const {
    const int index = selectedIndex(_period);
    return index >= 0 && index < static_cast<int>(_periodLabels.size()) ? _periodLabels[index]
                                                                        : std::string();
}

std::string PanelView::chosenDepartment() const {
    const int index = selectedIndex(_department);
    return index >= 0 && index < static_cast<int>(_departmentCodes.size()) ? _departmentCodes[index]
                                                                           : std::string();
}

int PanelView::chosenProblem() const {
    const int index = selectedIndex(_problems);
    return index < static_cast<int>(_problemLines.size()) ? index : -1;
}

int PanelView::listHeight(int lines) const {
    return Reference<css::awt::XTextLayoutConstrains>(_problems, UNO_QUERY_THROW)
        ->getMinimumSize(0, static_cast<sal_Int16>(lines))
        .Height;
}

int PanelView::textHeight(const Reference<css::awt::XControl>& control, int width) const {
    const int line = preferredSize(_captions.front()).Height;
    const int adjusted = Reference<css::awt::XLayoutConstrains>(control, UNO_QUERY_THROW)
                             ->calcAdjustedSize(css::awt::Size(width, 0))
                             .Height;
    return std::max(adjusted, statusLines * line);
}

PanelView::Geometry PanelView::place(int width, int problemsHeight) const {
    Geometry geometry;
    PanelLayout layout(width);
    const int line = preferredSize(_captions.front()).Height;
    const int chooserCaption = widest({_periodCaption, _departmentCaption});
    const int chooser = std::max(line, static_cast<int>(preferredSize(_period).Height));
    const int buttonHeight =
        std::max(line, static_cast<int>(preferredSize(_buttons.front()).Height));

    geometry.headings.push_back(layout.row(line));
    for (std::size_t i = 0; i < _captions.size(); ++i)
        geometry.counts.push_back(layout.valueRow(line, valueWidth));
    layout.section();
    geometry.headings.push_back(layout.row(line));
    geometry.period = layout.splitRow(chooser, chooserCaption);
    geometry.department = layout.splitRow(chooser, chooserCaption);
    for (std::size_t i = 0; i < _buttons.size(); ++i)
        geometry.buttons.push_back(layout.row(buttonHeight));
    geometry.status = layout.row(textHeight(_status, layout.contentWidth()));
    layout.section();
    geometry.headings.push_back(layout.row(line));
    geometry.problems = layout.row(problemsHeight);
    geometry.detail = layout.row(textHeight(_detail, layout.contentWidth()));
    geometry.height = layout.height();
    return geometry;
}

void PanelView::layout(int width, int height) {
    if (!_container.is())
        return;
    const int minimum = listHeight(minimumListLines);
    const int fixed = place(width, 0).height;
    const Geometry geometry = place(width, std::max(minimum, height - fixed));
    for (std::size_t i = 0; i < _headings.size(); ++i)
        concord::uno::place(_headings[i], geometry.headings[i]);
    for (std::size_t i = 0; i < _captions.size(); ++i) {
        concord::uno::place(_captions[i], geometry.counts[i].caption);
        concord::uno::place(_values[i], geometry.counts[i].field);
    }
    concord::uno::place(_periodCaption, geometry.period.caption);
    concord::uno::place(_period, geometry.period.field);
    concord::uno::place(_departmentCaption, geometry.department.caption);
    concord::uno::place(_department, geometry.department.field);
    for (std::size_t i = 0; i < _buttons.size(); ++i)
        concord::uno::place(_buttons[i], geometry.buttons[i]);
    concord::uno::place(_status, geometry.status);
    concord::uno::place(_problems, geometry.problems);
    concord::uno::place(_detail, geometry.detail);
    Reference<css::awt::XWindow>(_container, UNO_QUERY_THROW)
        ->setPosSize(0, 0, width, std::max(height, geometry.height), css::awt::PosSize::POSSIZE);
}

css::ui::LayoutSize PanelView::heightForWidth(int width) const {
    const int lines =
        std::clamp(static_cast<int>(_problemLines.size()), minimumListLines, preferredListLines);
    return css::ui::LayoutSize(place(width, listHeight(minimumListLines)).height, unlimited,
                               place(width, listHeight(lines)).height);
}

int PanelView::minimalWidth() const {
    const int captions = widest({_periodCaption, _departmentCaption}) * 2;
    const int counts = widest(_captions) + PanelLayout::columnGap + valueWidth;
    return 2 * PanelLayout::margin + std::max({captions, counts, widest(_buttons)});
}

} // namespace concord::uno
