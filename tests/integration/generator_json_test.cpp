// The JSON report equals the generated sheets (DESIGN §6): every KPI row of every
// scorecard and every department row of the Company sheet shows the report's numbers; a
// value the report has as null is an empty cell.
#include "GeneratorFixture.hpp"
#include "GeneratorSheetTexts.hpp"

#include <gtest/gtest.h>

namespace concord::integration {

namespace {

void expectCell(const GeneratorSheetView& sheet, int row, int col, const nlohmann::json& value,
                const std::string& what) {
    SCOPED_TRACE(what);
    ASSERT_GE(row, 0);
    ASSERT_GE(col, 0);
    if (value.is_null()) {
        EXPECT_FALSE(sheet.number(row, col).has_value());
        return;
    }
    ASSERT_TRUE(sheet.number(row, col).has_value()) << sheet.text(row, col);
    EXPECT_NEAR(value.get<double>(), *sheet.number(row, col), 1e-9);
}

class GeneratorJson : public GeneratorFixture {};

} // namespace

TEST_F(GeneratorJson, ReportHoldsTheNumbersOfTheSheets) {
    writeWorkbook();
    const auto result = build("", "en");
    const nlohmann::json json = report(result);
    auto t = [](const char* id) { return GeneratorSheetTexts::text(id, "en"); };

    ASSERT_EQ(2u, json["departments"].size());
    const GeneratorSheetView company = view(GeneratorSheetTexts::text("sheet.company", "en"));
    const int code = company.column(t("col.code"));
    const int score = company.column(t("col.score"));
    const int status = company.column(t("col.status"));
    for (const auto& department : json["departments"]) {
        const std::string id = department["code"];
        const int row = company.row(id, code);
        expectCell(company, row, score, department["score"], id + " score");
        expectCell(company, row, status, department["status"], id + " status");

        const GeneratorSheetView card =
            view(GeneratorSheetTexts::text("sheet.scorecard", "en", id));
        const int kpiId = card.column(t("col.id"));
        for (const auto& kpi : department["kpis"]) {
            const std::string name = kpi["id"];
            const int kpiRow = card.row(name, kpiId);
            for (const auto& [key, header] :
                 std::vector<std::pair<const char*, const char*>>{{"target", "col.target"},
                                                                  {"actual", "col.actual"},
                                                                  {"attainment", "col.attainment"},
                                                                  {"score", "col.score"},
                                                                  {"status", "col.status"},
                                                                  {"weight", "col.weight"}})
                expectCell(card, kpiRow, card.column(t(header)), kpi[key], name + " " + key);
        }
    }
    const auto [companyRow, labelCol] = company.find(t("label.company_score"));
    expectCell(company, companyRow, score, json["company"]["score"], "company score");
    // the hand-worked value (GeneratorWorkbook): (1.15·2 + 0.75·1)/3
    EXPECT_NEAR(3.05 / 3, json["company"]["score"].get<double>(), 1e-12);
    EXPECT_EQ(1, json["company"]["status"]);
}

} // namespace concord::integration
