#include "SidebarPanelDriver.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleExtendedComponent.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XToolkit.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/theUIElementFactoryManager.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

namespace concord::integration {

namespace {

using css::accessibility::AccessibleRole::LABEL;
using css::accessibility::AccessibleRole::LIST;
using css::accessibility::AccessibleRole::PUSH_BUTTON;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

const char panelUrl[] = "private:resource/toolpanel/ConcordFactory/Main";

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

void collect(const Reference<css::accessibility::XAccessibleContext>& context,
             std::vector<SidebarPanelDriver::Node>& nodes) {
    SidebarPanelDriver::Node node;
    node.role = context->getAccessibleRole();
    node.name = ::concord::uno::toUtf8(context->getAccessibleName());
    node.context = context;
    nodes.push_back(node);
    const sal_Int32 count = context->getAccessibleChildCount();
    for (sal_Int32 i = 0; i < count; ++i) {
        const auto child = context->getAccessibleChild(i);
        if (child.is())
            collect(child->getAccessibleContext(), nodes);
    }
}

std::vector<std::string> itemNames(const SidebarPanelDriver::Node& list) {
    std::vector<std::string> names;
    const sal_Int32 count = list.context->getAccessibleChildCount();
    for (sal_Int32 i = 0; i < count; ++i)
        names.push_back(::concord::uno::toUtf8(
            list.context->getAccessibleChild(i)->getAccessibleContext()->getAccessibleName()));
    return names;
}

} // namespace

SidebarPanelDriver::SidebarPanelDriver(const cli::OfficeProcess& office,
                                       const cli::CalcDocument& document, int width, int height,
                                       const Reference<css::ui::XSidebar>& sidebar) {
    const auto context = office.context();
    css::awt::WindowDescriptor descriptor;
    descriptor.Type = css::awt::WindowClass_TOP;
    descriptor.WindowServiceName = "workwindow";
    descriptor.Bounds = css::awt::Rectangle(0, 0, width, height);
    descriptor.WindowAttributes =
        css::awt::WindowAttribute::BORDER | css::awt::WindowAttribute::SHOW;
    const Reference<css::awt::XToolkit> toolkit(css::awt::Toolkit::create(context),
                                                UNO_QUERY_THROW);
    _parent.set(toolkit->createWindow(descriptor), UNO_QUERY_THROW);
    _parent->setPosSize(0, 0, width, height, css::awt::PosSize::POSSIZE);

    const Reference<css::frame::XModel> model(document.model(), UNO_QUERY_THROW);
    const css::beans::PropertyValue arguments[] = {
        property("Frame", css::uno::Any(model->getCurrentController()->getFrame())),
        property("ParentWindow", css::uno::Any(_parent)),
        property("Sidebar", css::uno::Any(sidebar)),
    };
    _element = css::ui::theUIElementFactoryManager::get(context)->createUIElement(
        panelUrl, css::uno::Sequence<css::beans::PropertyValue>(arguments, sidebar.is() ? 3 : 2));
    if (!_element.is())
        throw std::runtime_error("the office made no Concord panel");
}

SidebarPanelDriver::~SidebarPanelDriver() {
    try {
        Reference<css::lang::XComponent>(_element, css::uno::UNO_QUERY_THROW)->dispose();
        Reference<css::lang::XComponent>(_parent, css::uno::UNO_QUERY_THROW)->dispose();
    } catch (const css::uno::Exception& error) {
        ADD_FAILURE() << "disposing the panel failed: " << ::concord::uno::toUtf8(error.Message);
    }
}

css::ui::LayoutSize SidebarPanelDriver::heightForWidth(int width) const {
    return Reference<css::ui::XSidebarPanel>(_element->getRealInterface(), UNO_QUERY_THROW)
        ->getHeightForWidth(width);
}

int SidebarPanelDriver::minimalWidth() const {
    return Reference<css::ui::XSidebarPanel>(_element->getRealInterface(), UNO_QUERY_THROW)
        ->getMinimalWidth();
}

void SidebarPanelDriver::resize(int width, int height) {
    _parent->setPosSize(0, 0, width, height, css::awt::PosSize::SIZE);
}

Reference<css::awt::XWindow> SidebarPanelDriver::panelWindow() const {
    return Reference<css::ui::XToolPanel>(_element->getRealInterface(), UNO_QUERY_THROW)
        ->getWindow();
}

std::vector<SidebarPanelDriver::Node> SidebarPanelDriver::nodes() const {
    const auto root = Reference<css::ui::XToolPanel>(_element->getRealInterface(), UNO_QUERY_THROW)
                          ->createAccessible({});
    if (!root.is())
        throw std::runtime_error("the Concord panel has no accessible object");
    std::vector<Node> result;
    collect(root->getAccessibleContext(), result);
    return result;
}

std::vector<std::string> SidebarPanelDriver::names(sal_Int16 role) const {
    std::vector<std::string> result;
    for (const Node& node : nodes())
        if (node.role == role)
            result.push_back(node.name);
    return result;
}

std::string SidebarPanelDriver::textAfter(const std::string& caption) const {
    const auto all = nodes();
    for (std::size_t i = 0; i + 1 < all.size(); ++i)
        if (all[i].role == LABEL && all[i].name == caption) {
            for (std::size_t j = i + 1; j < all.size(); ++j)
                if (all[j].role == LABEL)
                    return all[j].name;
        }
    return {};
}

SidebarPanelDriver::Node SidebarPanelDriver::statusNode() const {
    const auto all = nodes();
    std::size_t lastButton = all.size();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].role == PUSH_BUTTON)
            lastButton = i;
    for (std::size_t i = lastButton + 1; i < all.size(); ++i)
        if (all[i].role == LABEL)
            return all[i];
    throw std::runtime_error("the panel has no status line");
}

std::string SidebarPanelDriver::status() const {
    return statusNode().name;
}

css::awt::Rectangle SidebarPanelDriver::statusBounds() const {
    return Reference<css::accessibility::XAccessibleComponent>(statusNode().context,
                                                               UNO_QUERY_THROW)
        ->getBounds();
}

std::string SidebarPanelDriver::problemsTip() const {
    return ::concord::uno::toUtf8(Reference<css::accessibility::XAccessibleExtendedComponent>(
                                      list(ProblemList).context, UNO_QUERY_THROW)
                                      ->getToolTipText());
}

SidebarPanelDriver::Node SidebarPanelDriver::list(int index) const {
    int seen = 0;
    for (const Node& node : nodes())
        if (node.role == LIST && seen++ == index)
            return node;
    throw std::runtime_error("the panel has no list " + std::to_string(index));
}

std::vector<std::string> SidebarPanelDriver::problemLines() const {
    return itemNames(list(ProblemList));
}

std::vector<std::string> SidebarPanelDriver::chooserEntries(int index) const {
    return itemNames(list(index));
}

std::string SidebarPanelDriver::chosenEntry(int index) const {
    const Reference<css::accessibility::XAccessibleSelection> selection(list(index).context,
                                                                        UNO_QUERY_THROW);
    if (selection->getSelectedAccessibleChildCount() == 0)
        return {};
    return ::concord::uno::toUtf8(
        selection->getSelectedAccessibleChild(0)->getAccessibleContext()->getAccessibleName());
}

std::string SidebarPanelDriver::detail() const {
    const auto all = nodes();
    std::size_t lastList = all.size();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].role == LIST)
            lastList = i;
    for (std::size_t i = lastList + 1; i < all.size(); ++i)
        if (all[i].role == LABEL)
            return all[i].name;
    return {};
}

css::awt::Rectangle SidebarPanelDriver::buttonBounds(const std::string& label) const {
    for (const Node& node : nodes())
        if (node.role == PUSH_BUTTON && node.name == label)
            return Reference<css::accessibility::XAccessibleComponent>(node.context,
                                                                       UNO_QUERY_THROW)
                ->getBounds();
    throw std::runtime_error("the panel has no button " + label);
}

void SidebarPanelDriver::press(const std::string& label) {
    for (const Node& node : nodes())
        if (node.role == PUSH_BUTTON && node.name == label) {
            Reference<css::accessibility::XAccessibleAction>(node.context, UNO_QUERY_THROW)
                ->doAccessibleAction(0);
            return;
        }
    throw std::runtime_error("the panel has no button " + label);
}

void SidebarPanelDriver::chooseProblem(int index) {
    Reference<css::accessibility::XAccessibleSelection>(list(ProblemList).context, UNO_QUERY_THROW)
        ->selectAccessibleChild(index);
}

void SidebarPanelDriver::choose(int index, int entry) {
    Reference<css::accessibility::XAccessibleSelection>(list(index).context, UNO_QUERY_THROW)
        ->selectAccessibleChild(entry);
}

bool SidebarPanelDriver::waitUntil(const std::function<bool()>& condition,
                                   std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!condition()) {
        if (std::chrono::steady_clock::now() > end)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

} // namespace concord::integration
