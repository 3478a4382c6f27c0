// The one UNO boundary (addin/uno/Boundary.hpp), driven by fake calls: each category of
// core error becomes the UNO exception its callers expect, with the exact message, and
// nothing else escapes as a C++ exception.
#include "core/common/Error.hpp"
#include "uno/Boundary.hpp"
#include "uno/GridConversion.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <stdexcept>
#include <string>

using concord::core::common::Error;
using concord::uno::Boundary;
using concord::uno::toUtf8;

namespace {

const Error argumentError(Error::Category::Argument, "arg.not_a_number", "score: expected a number",
                          "abc");
const Error inputError(Error::Category::Input, "input.missing_table",
                       "The workbook has no sheet 'KPIs'");
const Error configurationError(Error::Category::Configuration, "words.invalid_json",
                               "the words file is not valid JSON", "/x/words.json");
const Error internalError(Error::Category::Internal, "generator.bad_layout",
                          "formula column outside the sheet's cells", "Scorecard column 9");

/// "IllegalArgument <position> <message>" or "Runtime <message>": what guarded(throwing, 2)
/// let out.
std::string translated(const std::function<void()>& throwing, bool illegalArgumentDeclared) {
    try {
        if (illegalArgumentDeclared)
            Boundary::guarded(throwing, 2);
        else
            Boundary::guardedRuntime(throwing);
    } catch (const css::lang::IllegalArgumentException& error) {
        return "IllegalArgument " + std::to_string(error.ArgumentPosition) + " " +
               toUtf8(error.Message);
    } catch (const css::uno::RuntimeException& error) {
        return "Runtime " + toUtf8(error.Message);
    } catch (const css::uno::Exception& error) {
        return "other UNO " + toUtf8(error.Message);
    } catch (...) {
        return "a C++ exception escaped";
    }
    return "nothing thrown";
}

} // namespace

TEST(UnoBoundary, ArgumentErrorIsIllegalArgumentAtPositionZero) {
    // Err:502 in a cell; the position is the add-in's, not the input's
    EXPECT_EQ("IllegalArgument 0 [arg.not_a_number] score: expected a number: abc",
              translated([] { throw argumentError; }, true));
}

TEST(UnoBoundary, InputErrorBlamesTheInputArgument) {
    EXPECT_EQ("IllegalArgument 2 [input.missing_table] The workbook has no sheet 'KPIs'",
              translated([] { throw inputError; }, true));
}

TEST(UnoBoundary, ConfigurationErrorSaysADataFileIsBroken) {
    EXPECT_EQ("Runtime Concord: a data file of the extension is missing or broken: "
              "[words.invalid_json] the words file is not valid JSON: /x/words.json",
              translated([] { throw configurationError; }, true));
}

TEST(UnoBoundary, InternalAndOtherExceptionsAreRuntimeExceptions) {
    EXPECT_EQ("Runtime Concord: [generator.bad_layout] formula column outside the sheet's "
              "cells: Scorecard column 9",
              translated([] { throw internalError; }, true));
    EXPECT_EQ("Runtime Concord: vector::at",
              translated([] { throw std::out_of_range("vector::at"); }, true));
    EXPECT_EQ("Runtime Concord: unexpected error", translated([] { throw 42; }, true));
}

TEST(UnoBoundary, UnoExceptionPassesUnchanged) {
    EXPECT_EQ(
        "other UNO no such sheet",
        translated([] { throw css::container::NoSuchElementException("no such sheet"); }, true));
}

TEST(UnoBoundary, RuntimeOnlyMethodsGetRuntimeExceptionsForArgumentAndInput) {
    // commands and the sidebar may throw only RuntimeException
    EXPECT_EQ("Runtime Concord: [arg.not_a_number] score: expected a number: abc",
              translated([] { throw argumentError; }, false));
    EXPECT_EQ("Runtime Concord: [input.missing_table] The workbook has no sheet 'KPIs'",
              translated([] { throw inputError; }, false));
}

TEST(UnoBoundary, ResultPassesThroughAndCurrentMessageHasNoPrefix) {
    EXPECT_EQ(7, Boundary::guarded([] { return 7; }));
    std::string message;
    try {
        throw configurationError;
    } catch (...) {
        message = Boundary::currentMessage();
    }
    EXPECT_EQ("a data file of the extension is missing or broken: [words.invalid_json] the "
              "words file is not valid JSON: /x/words.json",
              message);
}
