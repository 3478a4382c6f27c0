// SMART "T" from the text: a deadline or horizon, or a recurring period the target must hold
// in; a duration that is itself the metric is not a deadline. One row per situation.
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::smart;
using concord::test::analyser;

namespace {

struct Row {
    const char* goal;
    bool timeBound;
};

void expectTimeBound(const std::vector<Row>& rows) {
    for (const Row& row : rows)
        EXPECT_EQ(row.timeBound, analyser().analyse({row.goal}).t) << row.goal;
}

} // namespace

TEST(SmartTimeBound, EnglishDeadlinesAndHorizonsAreTimeBound) {
    expectTimeBound({
        {"Launch the pricing page by 31.12.2026.", true},          // date in digits
        {"Hire 5 analysts by Q3 2026.", true},                     // quarter
        {"Close the partner deal by EOQ.", true},                  // end of quarter
        {"Reach $5M ARR in FY2027.", true},                        // fiscal year
        {"Publish the handbook by the end of the quarter.", true}, // end of a period
        {"Sign 3 partners within 6 months.", true},                // horizon
        {"Open the Kazan office in H2 2026.", true},               // half year
        {"Finish the migration before March 2027.", true},         // month and year
        {"Deliver the prototype by March 15, 2026.", true},        // US-style date
        {"Raise NPS to 50 by the end of next year.", true},        // relative period
        {"Launch the app in the first quarter of 2027.", true},    // ordinal quarter
        {"Reduce churn to 2% this year.", true},                   // this year
        {"Answer every ticket within one business day.", true},    // horizon, number word
        {"Complete the audit by year-end.", true},                 // "year-end"
        {"Hire 10 engineers by 2028.", true},                      // bare year after "by"
        {"Sign the contract on 1 July 2026.", true},               // a full date alone
    });
}

TEST(SmartTimeBound, EnglishRecurringPeriodsAreTimeBound) {
    expectTimeBound({
        {"Hold a sales review every month.", true},                       // every month
        {"Process 500 orders per week.", true},                           // per week
        {"Send the pipeline report monthly.", true},                      // adverb at the end
        {"Audit all suppliers quarterly and report to the board.", true}, // adverb + "and"
        {"Grow MRR by 5% month over month.", true},                       // month over month
        {"Cut costs by 10% year-on-year.", true},                         // year-on-year
        {"Publish two blog posts a week.", true},                         // "a week"
    });
}

TEST(SmartTimeBound, EnglishMetricDurationsAndNamesAreNotTimeBound) {
    expectTimeBound({
        {"Cut onboarding from 10 days to 5 days.", false},       // duration is the metric
        {"Reduce the approval cycle from 12 to 8 days.", false}, // ditto, unit once
        {"Reduce average handling time to 6 minutes.", false},   // "to 6 minutes"
        {"Keep response time under 2 hours.", false},            // "under 2 hours"
        {"Increase quarterly revenue to $3M.", false},           // "quarterly" names the KPI
        {"Increase monthly active users to 50,000.", false},     // "monthly" names the KPI
        {"Launch the new pricing page.", false},                 // no time at all
        {"Obtain ISO 9001 certification.", false},               // identifier, not a year
        {"Improve the year-end closing process.", false},        // "year-end" names a process
        {"Migrate to Office 365.", false},                       // product name
    });
}

TEST(SmartTimeBound, RussianDeadlinesAndHorizonsAreTimeBound) {
    expectTimeBound({
        {"Внедрить CRM до 31.12.2026.", true},                         // date in digits
        {"Открыть 3 филиала к концу 2027 года.", true},                // end of a year
        {"Запустить сайт до конца квартала.", true},                   // end of the quarter
        {"Сдать отчёт к 1 июля.", true},                               // day and month
        {"Снизить расходы на 10% в 2027 году.", true},                 // a year
        {"Обучить 50 сотрудников в течение 6 месяцев.", true},         // horizon
        {"Подписать договор 31 декабря 2026 г.", true},                // a full date alone
        {"Выпустить приложение во втором полугодии 2026 года.", true}, // half year
        {"Запустить портал в H2 2026.", true},                         // "H2 2026"
        {"Закрыть 20 вакансий за 3 месяца.", true},                    // "за 3 месяца"
        {"Сократить отток до 2% в этом году.", true},                  // this year
        {"Привлечь 40 дилеров к концу III квартала 2026 г.", true},    // Roman quarter
        {"Подготовить 4 скрипта к 2030 году.", true},                  // "к 2030 году"
        {"Снизить брак на 2 п.п. по итогам года.", true}, // "по итогам года"
    });
}

TEST(SmartTimeBound, RussianRecurringPeriodsAreTimeBound) {
    expectTimeBound({
        {"Проводить аудит не реже раза в квартал.", true},    // once a quarter
        {"Ежемесячно публиковать отчёт о продажах.", true},   // adverb
        {"Увеличить продажи на 5% месяц к месяцу.", true},    // month over month
        {"Снизить затраты на 8 процентов год к году.", true}, // year over year
        {"Продавать 100 лицензий в месяц.", true},            // per month
    });
}

TEST(SmartTimeBound, RussianMetricDurationsAndNamesAreNotTimeBound) {
    expectTimeBound({
        {"Сократить срок выдачи разрешений с 12 до 8 недель.", false}, // duration is the metric
        {"Снизить время ожидания до 90 секунд.", false},               // "до 90 секунд"
        {"Сократить цикл согласования до 5 рабочих дней.", false}, // "до 5 рабочих дней"
        {"Обеспечить время реакции не более 4 часов.", false},     // "не более 4 часов"
        {"Повысить ежемесячную выручку до 10 млн руб.", false},    // adjective names the KPI
        {"Внедрить электронный документооборот.", false},          // no time at all
        {"Перевести учёт на 1С:Бухгалтерия 3.0.", false},          // names, not dates
        {"Получить сертификат ISO 9001.", false},                  // identifier, not a year
    });
}

TEST(SmartTimeBound, MoreDeadlineFormsAreTimeBound) {
    expectTimeBound({
        {"Grow subscribers to 25,000 by the end of the summer.", true},   // season
        {"Win back 200 customers this autumn.", true},                    // "this autumn"
        {"Zero P0 incidents this half.", true},                           // "this half"
        {"Keep open P1 bugs at zero at the end of every sprint.", true},  // sprint
        {"Grow GMV 40% y/y.", true},                                      // "y/y"
        {"Снизить CAC на 15% кв/кв.", true},                              // "кв/кв"
        {"Automate reconciliation by the end of the fiscal year.", true}, // fiscal year
        {"Заключить 5 соглашений до конца учебного года.", true},         // academic year
        {"Сдать отчёт до 31.12.", true},                                  // day and month
        {"80% of hires onboard within their first 2 weeks.", true},       // "their first"
        {"New hires complete training in their first week.", true},       // "their first week"
        {"Open 3 diagnostic centres in 2026/27.", true},                  // fiscal year "2026/27"
        {"Deliver the loyalty app by Christmas.", true},                  // a holiday
        {"Выпустить приложение к Новому году.", true},                    // a holiday
        {"Обучить продавцов до «чёрной пятницы».", true},                 // a holiday in quotes
        {"Reach 10,000 users ahead of the holiday season.", true},        // "ahead of"
        {"Закупить 120 автобусов в 2026–2027 гг.", true},                 // en dash range
        {"Hold a stand-up every Monday.", true},                          // weekday
        {"Проводить планёрку по понедельникам.", true},                   // weekday
        {"Обеспечить рост выручки на 30% на горизонте 3 лет.", true},     // horizon
        {"Publish 4 posts from 2026 onwards.", true},                     // start year
    });
}

TEST(SmartTimeBound, PeriodicEventsAndChangesAreTimeBound) {
    expectTimeBound({
        {"Hold monthly town-hall meetings.", true},                      // event
        {"Deliver a quarterly sustainability report.", true},            // event
        {"Организовать еженедельные планёрки отдела.", true},            // event
        {"Обеспечить ежемесячную публикацию отчётов.", true},            // event
        {"Ensure all staff complete annual compliance training.", true}, // event
        {"Проводить ежегодную диспансеризацию сотрудников.", true},      // event
        {"Ежегодный прирост производительности не ниже 5%.", true},      // change
        {"Increase monthly active users to 50,000.", false},             // names the KPI
        {"Доля закупок — не менее 25 % от годового объёма.", false},     // names the KPI
    });
}

TEST(SmartTimeBound, BaselineYearsAgesAndDocumentDatesAreNotTimeBound) {
    expectTimeBound({
        {"Cut emissions by 30% from a 2019 baseline.", false},            // baseline
        {"Снизить выбросы на 25% относительно уровня 2019 года.", false}, // baseline
        {"Увеличить экспорт на 40% в сравнении с 2021 годом.", false},    // baseline
        {"Снизить долю брака с 5% (2023) до 3%.", false},                 // baseline in brackets
        {"Охватить детей в возрасте от 5 до 18 лет кружками.", false},    // an age range
        {"Исполнить закон от 27.07.2006 в полном объёме.", false},        // a law's date
        {"Achieve a 12% return over the medium term.", false},            // no horizon named
        {"Увеличить число клиник с записью день в день до 65.", false},   // "день в день"
        {"Offer same-day delivery in 5 cities.", false},                  // "same-day"
    });
}
