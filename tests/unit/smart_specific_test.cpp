// SMART "S" from the text: a concrete outcome or deliverable, not an abstract direction; a
// named indicator with a direction and no level is not specific, with a level it is.
#include "core/smart/Analyser.hpp"
#include "support/ShippedData.hpp"

#include <gtest/gtest.h>

using namespace concord::core::smart;
using concord::test::analyser;

namespace {

struct Row {
    const char* goal;
    bool specific;
};

void expectSpecific(const std::vector<Row>& rows) {
    for (const Row& row : rows)
        EXPECT_EQ(row.specific, analyser().analyse({row.goal}).s) << row.goal;
}

} // namespace

TEST(SmartSpecific, EnglishDeliverablesAndLevelsAreSpecific) {
    expectSpecific({
        {"Launch the new pricing page.", true},                            // deliverable verb
        {"Deploy a chatbot on the support site.", true},                   // deliverable verb
        {"Publish an employee handbook.", true},                           // deliverable verb
        {"Hire a head of procurement.", true},                             // deliverable verb
        {"Sign a framework contract with the carrier.", true},             // deliverable verb
        {"Set up a shared lead dashboard for marketing and sales.", true}, // phrasal verb
        {"Marketing sends sales a weekly lead report.", true},             // subject first
        {"Raise NPS to 45.", true},                                        // indicator with a level
        {"Reduce response time to 2 hours.", true},                        // indicator with a level
    });
}

TEST(SmartSpecific, EnglishDirectionsAreNotSpecific) {
    expectSpecific({
        {"Improve UX.", false},                                        // direction only
        {"Increase the share of online sales.", false},                // indicator, no level
        {"Reduce response time.", false},                              // indicator, no level
        {"Foster a culture of innovation.", false},                    // abstract direction
        {"Strengthen cooperation with sales.", false},                 // direction only
        {"Drive digital transformation.", false},                      // abstract topic
        {"Become the market leader.", false},                          // aspiration
        {"Optimise logistics costs.", false},                          // direction only
        {"Implement digital transformation across the group.", false}, // abstract topic vetoes
        {"Improve the CRM system.", false},                            // direction comes first
        {"Be more proactive with stakeholders.", false},               // no deliverable
    });
}

TEST(SmartSpecific, RussianDeliverablesAndLevelsAreSpecific) {
    expectSpecific({
        {"Внедрить CRM в отделе продаж.", true},                     // deliverable verb
        {"Разработать регламент передачи лидов.", true},             // deliverable verb
        {"Запустить личный кабинет клиента.", true},                 // deliverable verb
        {"Утвердить бюджет маркетинга на 2027 год.", true},          // deliverable verb
        {"Открыть склад в Казани.", true},                           // deliverable verb
        {"Провести аудит поставщиков.", true},                       // deliverable verb
        {"Повысить конверсию до 12%.", true},                        // indicator with a level
        {"Отдел маркетинга направляет отчёт в отдел продаж.", true}, // subject first
        {"Внедрение электронного документооборота.", true},          // deliverable noun form
    });
}

TEST(SmartSpecific, RussianDirectionsAreNotSpecific) {
    expectSpecific({
        {"Повышение качества.", false},                    // direction as a noun
        {"Оптимизация затрат.", false},                    // direction as a noun
        {"Цифровая трансформация.", false},                // abstract topic
        {"Улучшить взаимодействие с маркетингом.", false}, // direction only
        {"Снизить время реагирования.", false},            // indicator, no level
        {"Укреплять доверие клиентов.", false},            // direction only
        {"Стать лидером рынка.", false},                   // aspiration
        {"Усилить контроль расходов.", false},             // direction only
        {"Повысить качество работы CRM-системы.", false},  // direction comes first
    });
}

TEST(SmartSpecific, DeliverableThingsAreSpecificUnlessOnlyKeptUp) {
    expectSpecific({
        {"Создание единого центра обработки данных.", true},    // a thing, nothing vague
        {"Ежеквартально актуализировать реестр рисков.", true}, // a thing, nothing vague
        {"Ensure the new CRM goes live before Q2.", true},      // an action after "ensure"
        {"Обеспечить ввод в эксплуатацию новой школы.", true}, // an action after "обеспечить"
        {"Maintain the corporate website.", false},            // only kept up
        {"Обеспечить бесперебойную работу ИТ-систем.", false},         // only kept up
        {"Поддерживать сайт компании в актуальном состоянии.", false}, // only kept up
        {"Improve the CRM system.", false},                            // a direction on a thing
    });
}

TEST(SmartSpecific, AbstractAimsAreNotSpecificEvenWithADeliverableVerb) {
    expectSpecific({
        {"Build a culture of continuous learning.", false},     // culture
        {"Establish a presence in the Nordics.", false},        // presence
        {"Build a world-class engineering team.", false},       // aspiration
        {"Создать условия для привлечения инвестиций.", false}, // "создать условия"
        {"Разработать комплекс мер по снижению аварийности.", false}, // "мер"
        {"Внедрить эффективную систему мотивации.", false},           // "эффективную"
        {"Develop a cybersecurity awareness programme.", true},       // names a deliverable
        {"Launch an employee culture survey.", true},                 // names a deliverable
        {"Сформировать культуру принятия решений на основе данных.", false}, // "культуру"
        {"Получить премию «Лучший работодатель».", true},                    // a name in quotes
        {"Achieve ISO 27001 recertification.", true},                        // a certificate
    });
}
