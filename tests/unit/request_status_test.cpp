#include "core/report/RequestStatus.hpp"

#include <gtest/gtest.h>

#include <optional>

namespace core = concord::core;
using concord::core::report::RequestState;

namespace {

struct Case {
    const char* situation;
    double due;
    std::optional<double> delivered;
    double today;
    RequestState expected;
};

void expectAll(const std::initializer_list<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(c.situation);
        EXPECT_EQ(c.expected, core::report::requestStatus(c.due, c.delivered, c.today));
    }
}

const std::nullopt_t none = std::nullopt;

} // namespace

TEST(RequestStatus, DeliveredIsOnTimeUpToTheDueDay) {
    expectAll({
        {"day before due", 46000, 45999.0, 46100, RequestState::OnTime},
        {"on the due day", 46000, 46000.0, 46100, RequestState::OnTime},
        {"due day, late evening", 46000, 46000.9, 46100, RequestState::OnTime}, // floor 46000
        {"due with a time, delivered later that day", 46000.5, 46000.9, 46100,
         RequestState::OnTime}, // floor 46000 ≤ floor 46000
        {"day after due", 46000, 46001.0, 46100, RequestState::Late},
        {"late even if today is before due", 46000, 46001.0, 45990, RequestState::Late},
        {"floor, not truncation, before 1899-12-30", -0.5, 0.5, 0, RequestState::Late},
        // floor(0.5) = 0 > floor(−0.5) = −1; truncating both to 0 would say on time
    });
}

TEST(RequestStatus, NotDeliveredIsOpenUpToTheDueDay) {
    expectAll({
        {"before due", 46000, none, 45990, RequestState::Open},
        {"on the due day", 46000, none, 46000, RequestState::Open},
        {"due day, late evening", 46000, none, 46000.99, RequestState::Open}, // floor 46000
        {"day after due", 46000, none, 46001, RequestState::Overdue},
    });
}

TEST(RequestStatus, CodesAreTheCanonicalResultValues) {
    struct Case {
        RequestState state;
        const char* code;
    };
    const Case cases[] = {
        {RequestState::OnTime, "on time"},
        {RequestState::Late, "late"},
        {RequestState::Open, "open"},
        {RequestState::Overdue, "overdue"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.code);
        EXPECT_STREQ(c.code, core::report::requestStateCode(c.state));
    }
}
