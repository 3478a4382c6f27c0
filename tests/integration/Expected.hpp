#pragma once

#include <iosfwd>
#include <string>

namespace concord::integration {

/// What a formula must give, for a row of a formula table: a number (checked to within
/// 1e-9), a text, a Calc error code, any Calc error but #NAME? (where DESIGN only says "an
/// error"), or a date (compared with =DATE(y;m;d) in the same document, so with its
/// NullDate).
class Expected {
public:
    enum class Kind { Number, Text, Error, AnyError, Date };

    static Expected number(double value);
    static Expected text(std::string value);
    /// Calc's code for an IllegalArgumentException from an add-in (shown as Err:502).
    static constexpr int illegalArgumentCode = 502;
    /// Calc's code for an unknown function name (#NAME?).
    static constexpr int unknownNameCode = 525;

    static Expected error(int code);
    /// error(illegalArgumentCode): what DESIGN §4 means by "is an error".
    static Expected illegalArgument() { return error(illegalArgumentCode); }
    static Expected anyError();
    static Expected date(int year, int month, int day);

    Kind kind() const { return _kind; }
    double value() const { return _value; }
    const std::string& textValue() const { return _text; }
    int errorCode() const { return _error; }
    /// "=DATE(y;m;d)" for a date.
    std::string dateFormula() const;

private:
    Kind _kind = Kind::Number;
    double _value = 0;
    std::string _text;
    int _error = 0;
    int _year = 0, _month = 0, _day = 0;
};

/// "0.8", "text \"on time\"", "Err:502", "an error", "date =DATE(2026;2;28)", for
/// failure messages.
std::ostream& operator<<(std::ostream& out, const Expected& expected);

} // namespace concord::integration
