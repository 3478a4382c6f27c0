#include "Expected.hpp"

#include <iomanip>
#include <ostream>

namespace concord::integration {

Expected Expected::number(double value) {
    Expected e;
    e._kind = Kind::Number;
    e._value = value;
    return e;
}

Expected Expected::text(std::string value) {
    Expected e;
    e._kind = Kind::Text;
    e._text = std::move(value);
    return e;
}

Expected Expected::error(int code) {
    Expected e;
    e._kind = Kind::Error;
    e._error = code;
    return e;
}

Expected Expected::anyError() {
    Expected e;
    e._kind = Kind::AnyError;
    return e;
}

Expected Expected::date(int year, int month, int day) {
    Expected e;
    e._kind = Kind::Date;
    e._year = year;
    e._month = month;
    e._day = day;
    return e;
}

std::string Expected::dateFormula() const {
    return "=DATE(" + std::to_string(_year) + ";" + std::to_string(_month) + ";" +
           std::to_string(_day) + ")";
}

std::ostream& operator<<(std::ostream& out, const Expected& expected) {
    switch (expected.kind()) {
    case Expected::Kind::Number:
        return out << std::setprecision(17) << expected.value();
    case Expected::Kind::Text:
        return out << "text \"" << expected.textValue() << '"';
    case Expected::Kind::Error:
        return out << "Err:" << expected.errorCode();
    case Expected::Kind::AnyError:
        return out << "an error";
    case Expected::Kind::Date:
        return out << "date " << expected.dateFormula();
    }
    return out;
}

} // namespace concord::integration
