#include "ScratchDocument.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/frame/XLoadable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/util/XCloseable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

namespace {

const char documentService[] = "com.sun.star.sheet.SpreadsheetDocument";
/// A name no generated sheet gets (it holds characters Calc forbids in generated names).
const char initialName[] = "~concord scratch~";

} // namespace

ScratchDocument::ScratchDocument(const Reference<css::uno::XComponentContext>& context)
    : _initialSheet(rtl::OUString::createFromAscii(initialName)) {
    Reference<css::uno::XInterface> created =
        context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii(documentService), context);
    Reference<css::frame::XLoadable>(created, UNO_QUERY_THROW)->initNew();
    _document.set(created, UNO_QUERY_THROW);
    // No undo at all: Calc records nothing, which also makes writing faster.
    Reference<css::beans::XPropertySet>(_document, UNO_QUERY_THROW)
        ->setPropertyValue("IsUndoEnabled", css::uno::Any(false));
    Reference<css::container::XIndexAccess> sheets(_document->getSheets(), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(sheets->getByIndex(0), UNO_QUERY_THROW)
        ->setName(_initialSheet);
    // Calc 7.4 drops a sheet's charts on importSheet into a document that has no drawing
    // layer yet (a document made through the service manager has none until a draw page
    // is asked for): asking for one makes it, so copies keep their charts.
    Reference<css::drawing::XDrawPagesSupplier>(_document, UNO_QUERY_THROW)
        ->getDrawPages()
        ->getByIndex(0);
}

ScratchDocument::~ScratchDocument() {
    try {
        Reference<css::util::XCloseable> closeable(_document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (Reference<css::lang::XComponent> component{_document, UNO_QUERY}; component.is())
            component->dispose();
    } catch (const css::uno::Exception&) {
        // Already closed with the office: nothing is left to release.
    }
}

void ScratchDocument::dropInitialSheet() {
    auto sheets = _document->getSheets();
    if (sheets->hasByName(_initialSheet) &&
        Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount() > 1)
        sheets->removeByName(_initialSheet);
}

} // namespace concord::uno
