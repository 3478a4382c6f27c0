// SMART "M" from the text: a target level for the outcome (a number, percent, money,
// multiplier, number word), but not a number that only names a date, year, quarter, version
// or identifier. Each row gives the goal, the expected mark and, in the comment, why.
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::smart;
using concord::test::analyser;

namespace {

struct Row {
    const char* goal;
    bool measurable;
};

void expectMeasurable(const std::vector<Row>& rows) {
    for (const Row& row : rows)
        EXPECT_EQ(row.measurable, analyser().analyse({row.goal}).m) << row.goal;
}

} // namespace

TEST(SmartMeasurable, EnglishLevelsAreMeasurable) {
    expectMeasurable({
        {"Sell 500 licences.", true},                       // a count
        {"Cut churn to 3%.", true},                         // a percent
        {"Reach $1.2M in annual recurring revenue.", true}, // money with magnitude
        {"Grow revenue by $500k.", true},                   // "$500k" = $ + 500 + k
        {"Save €200,000 on travel costs.", true},           // thousands separator
        {"Double the number of webinars.", true},           // multiplier verb
        {"The partner network doubles.", true},             // "doubles"
        {"Make checkout 2x faster.", true},                 // "2x"
        {"Grow the customer base threefold.", true},        // "threefold"
        {"Reduce defects by half.", true},                  // "half" as a multiplier
        {"Onboard twelve new distributors.", true},         // number word
        {"Increase NPS from 32 to 45.", true},              // "NPS 32" is no identifier
        {"Keep first response time under 2 hours.", true},  // a duration as the level
        {"Raise gross margin to 35 percent.", true},        // "percent" spelled out
        {"Process 10k tickets.", true},                     // "10k"
        {"Hire 2000 people.", true},                        // 2000 followed by a count noun
    });
}

TEST(SmartMeasurable, EnglishNumbersThatOnlyNameSomethingAreNotMeasurable) {
    expectMeasurable({
        {"Obtain ISO 27001 certification.", false},             // standard number
        {"Migrate all mailboxes to Office 365.", false},        // product name
        {"Release version 3.1 of the app.", false},             // version
        {"Launch the new website in 2026.", false},             // a year
        {"Prepare the Q3 board pack.", false},                  // a quarter
        {"Close the books for FY2026.", false},                 // a fiscal year
        {"Upgrade all laptops to Windows 11.", false},          // product name
        {"Move the accounting to 1C.", false},                  // "1C" = 1 glued to a letter
        {"Roll out two-factor authentication.", false},         // number word in a compound
        {"Introduce a 360-degree review.", false},              // number in a compound
        {"Submit the report by the 5th of each month.", false}, // ordinal day
        {"Provide 24/7 support for key accounts.", false},      // "24/7"
        {"Launch the B2B portal.", false},                      // "B2B"
        {"Publish the annual report by 31 March 2026.", false}, // a date
        {"Improve customer service.", false},                   // no number at all
    });
}

TEST(SmartMeasurable, RussianLevelsAreMeasurable) {
    expectMeasurable({
        {"Продать 500 лицензий.", true},                         // a count
        {"Снизить отток клиентов до 3%.", true},                 // a percent
        {"Увеличить выручку на 1,2 млн руб.", true},             // money, decimal comma
        {"Увеличить продажи в 2 раза.", true},                   // "в 2 раза"
        {"Сократить издержки вдвое.", true},                     // "вдвое"
        {"Увеличить число партнёров в полтора раза.", true},     // "в полтора раза"
        {"Открыть пять новых филиалов.", true},                  // number word
        {"Сократить время ответа с 10 минут до 3 минут.", true}, // duration as the level
        {"Довести маржинальность до 35 процентов.", true},       // "процентов"
        {"Увеличить ARR с $10M до $15M.", true},                 // "$10M"
        {"Снизить долю брака на 1,5 п.п.", true},                // percentage points
        {"Заключить 3 новых договора с дистрибьюторами.", true}, // a count
        {"Увеличить средний чек до 2 500 рублей.", true},        // "2 500" is one number
    });
}

TEST(SmartMeasurable, RussianNumbersThatOnlyNameSomethingAreNotMeasurable) {
    expectMeasurable({
        {"Получить сертификат ISO 27001.", false},              // standard number
        {"Перейти на 1С:ERP.", false},                          // "1С"
        {"Запустить версию 2.0 мобильного приложения.", false}, // "версию 2.0"
        {"Внедрить CRM в 2026 году.", false},                   // a year
        {"Подготовить отчёт за III квартал.", false},           // a quarter
        {"Перевести почту на Office 365.", false},              // product name
        {"Сдавать отчёт до 5-го числа каждого месяца.", false}, // ordinal day
        {"Повысить качество обслуживания.", false},             // no number
        {"Согласовать закупки по 44-ФЗ.", false},               // a law's number
        {"Перевести учёт на 1С:Бухгалтерия 3.0.", false},       // product and version
    });
}

TEST(SmartMeasurable, FractionsUnitsAndRanksAreLevels) {
    expectMeasurable({
        {"Cut complaints by a third.", true},                       // fraction, not a period
        {"Raise the wage to two-thirds of median earnings.", true}, // "two-thirds"
        {"Cut water use by a quarter before 2028.", true},          // not "a quarter" = period
        {"Cut p95 latency to under 300ms.", true},                  // unit glued: "300ms"
        {"Achieve a 10-point increase in engagement.", true},       // "10-point"
        {"Be in the top 3 of the ranking.", true},                  // a rank
        {"Reach net zero emissions.", true},                        // zero
        {"Become carbon neutral.", true},                           // carbon neutral
        {"Сократить расходы на треть.", true},                      // fraction
        {"Нарастить долю экспорта до трети.", true},                // "до трети"
        {"Обеспечить 100-процентный охват.", true},                 // "100-процентный"
        {"Двукратное увеличение числа экспортёров.", true},         // "двукратное"
        {"Обеспечить нулевой уровень травматизма.", true},          // "нулевой"
        {"Достичь углеродной нейтральности.", true},                // carbon neutrality
        {"Сократить время ожидания до одного дня.", true},       // "одного дня" as level
        {"Keep the wait below one week.", true},                 // "one week" as level
        {"Achieve gender balance (50/50) in management.", true}, // a ratio, not 24/7
        {"Cut first response time to < 24h.", true},             // duration glued: "24h"
        {"Get to cash-flow positive by Q4 2027.", true},         // a level in words
        {"Eliminate single-use plastics from our cafeterias.", true}, // down to zero
        {"Ликвидировать очереди в детские сады.", true},              // down to zero
        {"Выйти на положительный денежный поток.", true},             // a level in words
    });
}

TEST(SmartMeasurable, ListNumbersAgesClausesAndIdiomsAreNotLevels) {
    expectMeasurable({
        {"1. Разработать регламент работы с обращениями.", false},      // list number
        {"2) Launch the partner portal.", false},                       // list number
        {"Goal 3: launch the partner portal.", false},                  // a goal's number
        {"Охватить детей в возрасте от 5 до 18 лет кружками.", false},  // an age range
        {"Open a club for people aged 16-24.", false},                  // an age range
        {"Выполнить требования п. 4.1 регламента.", false},             // a clause number
        {"Соответствовать ГОСТ Р 57580.1-2017.", false},                // a standard
        {"Double down on enterprise sales.", false},                    // idiom
        {"Разработать методику согласно закону от 27.07.2006.", false}, // a law's date
        {"Fix all severity 1 bugs.", false},                            // a severity class
        {"Запустить программу «Экспорт 2030 плюс».", false},            // a name in quotes
    });
}

TEST(SmartMeasurable, AGoalWrittenInQuotesKeepsItsLevel) {
    // only short names that start with a capital are taken as names; a quoted goal is longer
    expectMeasurable({
        {"«Увеличить выручку на 10% к 2027 году»", true},
        {"\"Grow revenue by 10% by 2027\"", true},
    });
}
