#include "CalcDocument.hpp"

#include "FileUrl.hpp"
#include "OfficeError.hpp"
#include "OfficeProcess.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/XCloseable.hpp>

#include <utility>

namespace concord::cli {

namespace {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

css::uno::Reference<css::lang::XComponent> loadHidden(const OfficeProcess& office,
                                                      const std::string& url) {
    if (!office.desktop().is())
        throw OfficeError("cannot open " + url + ": the office is not running");
    const css::beans::PropertyValue hidden = property("Hidden", css::uno::Any(true));
    const css::uno::Sequence<css::beans::PropertyValue> arguments(&hidden, 1);
    try {
        auto component = office.desktop()->loadComponentFromURL(concord::uno::fromUtf8(url),
                                                                "_blank", 0, arguments);
        if (!component.is())
            throw OfficeError("the office could not open " + url);
        return component;
    } catch (const css::uno::Exception& e) {
        throw OfficeError("the office could not open " + url + ": " +
                          concord::uno::toUtf8(e.Message));
    }
}

} // namespace

CalcDocument::CalcDocument(const css::uno::Reference<css::lang::XComponent>& component)
    : _component(component), _model(component, css::uno::UNO_QUERY) {
    if (!_model.is()) {
        close();
        throw OfficeError("the document is not a spreadsheet");
    }
}

CalcDocument CalcDocument::create(const OfficeProcess& office) {
    return CalcDocument(loadHidden(office, "private:factory/scalc"));
}

CalcDocument CalcDocument::load(const OfficeProcess& office, const std::string& path) {
    return CalcDocument(loadHidden(office, FileUrl::fromPath(path)));
}

CalcDocument::CalcDocument(CalcDocument&& other) noexcept
    : _component(std::move(other._component)), _model(std::move(other._model)) {
    other._component.clear();
    other._model.clear();
}

CalcDocument& CalcDocument::operator=(CalcDocument&& other) noexcept {
    if (this != &other) {
        close();
        _component = std::move(other._component);
        _model = std::move(other._model);
        other._component.clear();
        other._model.clear();
    }
    return *this;
}

CalcDocument::~CalcDocument() {
    close();
}

css::uno::Reference<css::sheet::XSpreadsheet> CalcDocument::sheet(int index) const {
    css::uno::Reference<css::container::XIndexAccess> sheets(_model->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    if (index < 0 || index >= sheets->getCount())
        throw OfficeError("the document has no sheet " + std::to_string(index + 1));
    return css::uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                         css::uno::UNO_QUERY_THROW);
}

void CalcDocument::recalculate() const {
    css::uno::Reference<css::sheet::XCalculatable>(_model, css::uno::UNO_QUERY_THROW)
        ->calculateAll();
}

void CalcDocument::storeAs(const std::string& path, const std::string& filterName) const {
    const std::string url = FileUrl::fromPath(path);
    const css::beans::PropertyValue properties[] = {
        property("FilterName", css::uno::Any(concord::uno::fromUtf8(filterName))),
        property("Overwrite", css::uno::Any(true))};
    const css::uno::Sequence<css::beans::PropertyValue> arguments(properties, 2);
    try {
        css::uno::Reference<css::frame::XStorable>(_model, css::uno::UNO_QUERY_THROW)
            ->storeToURL(concord::uno::fromUtf8(url), arguments);
    } catch (const css::uno::Exception& e) {
        throw OfficeError("cannot store " + url + " as " + filterName + ": " +
                          concord::uno::toUtf8(e.Message));
    }
}

void CalcDocument::close() noexcept {
    if (!_component.is())
        return;
    try {
        css::uno::Reference<css::util::XCloseable> closeable(_component, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            _component->dispose();
    } catch (const css::uno::Exception&) {
        // The office vetoed the close or is already gone: nothing is left to release.
    }
    _component.clear();
    _model.clear();
}

} // namespace concord::cli
