// A generation is all or nothing (DESIGN §3 data safety): when the registry of generated
// sheets cannot be saved after the sheets were written, the sheets are taken back and the
// document is exactly as before — same sheets, same contents, no undo step, the registry
// property as it was — and the error is reported; the office keeps running.
#include "GeneratorFixture.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <gtest/gtest.h>

namespace concord::integration {

namespace {

const rtl::OUString registryProperty = "ConcordGeneratedSheets";

class GeneratorRevert : public GeneratorFixture {
protected:
    css::uno::Reference<css::beans::XPropertyContainer> userProperties() {
        return css::uno::Reference<css::document::XDocumentPropertiesSupplier>(
                   document().model(), css::uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    }
    css::uno::Reference<css::beans::XPropertySet> properties() {
        return {userProperties(), css::uno::UNO_QUERY_THROW};
    }
};

} // namespace

TEST_F(GeneratorRevert, ARegistryThatCannotBeSavedTakesTheWholeGenerationBack) {
    writeWorkbook();
    addSheet("Notes", {{css::uno::Any(::concord::uno::fromUtf8("Budget")), css::uno::Any(1200.0)}});
    // A number where Concord keeps its JSON text: Calc refuses to store the text into it
    // ("cannot be converted to the required property type"), after the sheets are written.
    userProperties()->addProperty(registryProperty, css::beans::PropertyAttribute::REMOVABLE,
                                  css::uno::Any(42.0));
    const auto names = sheetNames();
    const auto contents = allContents();
    const auto undo = undoTitles();

    std::string message;
    try {
        build("", "en");
        ADD_FAILURE() << "the build did not report the refused registry";
    } catch (const css::uno::RuntimeException& error) {
        message = ::concord::uno::toUtf8(error.Message);
    }
    EXPECT_NE(std::string::npos, message.find("ConcordGeneratedSheets")) << message;
    // the input tables and "Notes" only, as they were; no undo step; the number kept
    EXPECT_EQ(names, sheetNames());
    EXPECT_EQ(contents, allContents());
    EXPECT_EQ(undo, undoTitles());
    double kept = 0;
    EXPECT_TRUE(properties()->getPropertyValue(registryProperty) >>= kept);
    EXPECT_EQ(42.0, kept);

    // the office is alive and the same document builds once the property is gone: the seven
    // sheets of a full build (Company, People, 2 scorecards, SMART, Request matrix, Escalations)
    userProperties()->removeProperty(registryProperty);
    const auto result = build("", "en");
    EXPECT_EQ(7, result.sheets.getLength());
    EXPECT_EQ(names.size() + 7, sheetNames().size());
}

} // namespace concord::integration
