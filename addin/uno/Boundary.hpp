#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include <string>

namespace concord::uno {

/// The one UNO boundary: every C++ exception that reaches a UNO method becomes the UNO
/// exception Calc expects, by the category the core chose where it threw (never by id):
/// - argument: IllegalArgumentException with what() (Err:502 in a cell);
/// - input: IllegalArgumentException with what(), blaming inputArgument;
/// - configuration: RuntimeException "Concord: a data file of the extension is missing or
///   broken: <what()>";
/// - internal, any other std::exception: RuntimeException "Concord: <what()>" (#VALUE!);
/// - anything else: RuntimeException "Concord: unexpected error".
/// A UNO exception passes unchanged. Nothing reaches soffice as a C++ exception.
class Boundary {
public:
    /// For methods that declare IllegalArgumentException (the add-in functions,
    /// XGenerator::build). inputArgument: the position an input error blames.
    template <class Call>
    static auto guarded(Call call, sal_Int16 inputArgument = 0) -> decltype(call()) {
        try {
            return call();
        } catch (...) {
            translate(true, inputArgument);
        }
    }

    /// For methods that may throw only RuntimeException (commands, sidebar): argument and
    /// input errors become RuntimeException with the same message.
    template <class Call> static auto guardedRuntime(Call call) -> decltype(call()) {
        try {
            return call();
        } catch (...) {
            translate(false, 0);
        }
    }

    /// What the exception being handled tells a user in a status line or a message box:
    /// the message of its translation, without the "Concord: " prefix. Call only inside a
    /// catch block. Never throws.
    static std::string currentMessage() noexcept;

private:
    /// Throws the translation of the exception being handled.
    [[noreturn]] static void translate(bool illegalArgumentDeclared, sal_Int16 inputArgument);
};

} // namespace concord::uno
