import type { WorkbookBuilder } from "./builders";
import { serial } from "./dates";

/** Fill a builder with the complete, valid plan of `aPlan()` (see its TSDoc for the numbers). */
export function PLAN_FIXTURE(b: WorkbookBuilder): WorkbookBuilder {
  return b
    .setAll({ client_name: "ООО «Ромашка»", kam_name: "Иван Петров" })
    .set("client_segment", b.label("segments", "key"))
    .starting("2027-01")
    .lasting("half_year")
    .set("checkpoint_period", b.label("period_types", "quarter"))
    .set("budget_method", b.label("budget_methods", "percent_of_turnover"))
    .set("budget_rate", 0.03)
    .set("credit_limit", 5_000_000)
    .set("credit_depth_days", 30)
    .withMember("Иван Петров", "kam", 0.5)
    .withMember("Анна Смирнова", "executive_sponsor", 0.1)
    .addRow("Assortment", {
      item: "Молоко 3,2%",
      category: "Молочная продукция",
      status: b.label("assortment_status", "current"),
    })
    .addRow("Assortment", {
      item: "Кефир 1%",
      category: "Молочная продукция",
      status: b.label("assortment_status", "expand"),
    })
    .withSales("Молоко 3,2%", [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
    .withSales("Кефир 1%", [50_000, 50_000, 50_000, 50_000, 50_000, 50_000])
    .withActual("Молоко 3,2%", [95_000, 102_000, 0])
    .withTier("volume", "quarter", 300_000, 0.02)
    .withTier("volume", "quarter", 400_000, 0.03)
    .addRow("Activities", {
      activity: "Совместная промоакция",
      date: serial("2027-03-15"),
      cost: 20_000,
      status: b.label("activity_status", "planned"),
      owner: "Анна Смирнова",
    })
    .addRow("Risks", {
      risk: "Смена закупщика",
      probability: b.label("levels", "medium"),
      impact: b.label("levels", "high"),
      mitigation: "Знакомство с заместителем",
    })
    .withKpi("Выручка", "quarter", 450_000, 0.7)
    .withKpi("Доля полки", "quarter", 0.3, 0.3)
    .setAll({ opportunity_1y: 2_000_000, opportunity_3_5y: 6_000_000 })
    .set("relationship_status", b.label("relationship_status", "developing"))
    .set("last_review", serial("2027-01-10"))
    .set("plan_status", b.label("plan_statuses", "approved"))
    .setAll({ approved_by: "Сергей Орлов", plan_version: "1.0" })
    .set("approved_on", serial("2026-12-20"))
    .addRow("Environment", { party_type: b.label("party_types", "bank"), name: "Сбербанк" })
    .addRow("History", {
      date: serial("2026-03-20"),
      kind: b.label("history_kinds", "tender"),
      subject: "Поставка молока 2026",
      outcome: b.label("outcomes", "won"),
      amount: 1_200_000,
    })
    .addRow("DecisionGroup", {
      person: "Олег Сидоров",
      position: "Коммерческий директор",
      role: b.label("dmu_roles", "decision_maker"),
      attitude: b.label("attitudes", "supporter"),
      influence: 5,
      last_contact: serial("2027-01-10"),
    })
    .addRow("DecisionGroup", {
      person: "Мария Козлова",
      position: "Технолог",
      role: b.label("dmu_roles", "technical"),
      attitude: b.label("attitudes", "neutral"),
      influence: 3,
    })
    .addRow("DecisionGroup", {
      person: "Пётр Волков",
      position: "Финансовый директор",
      role: b.label("dmu_roles", "economic"),
      attitude: b.label("attitudes", "neutral"),
      influence: 4,
      last_contact: serial("2027-01-10"),
    })
    .addRow("DecisionGroup", {
      person: "Елена Новикова",
      position: "Категорийный менеджер",
      role: b.label("dmu_roles", "user"),
      attitude: b.label("attitudes", "supporter"),
      influence: 3,
    })
    .addRow("Competitors", {
      name: "Молочный комбинат",
      type: b.label("competitor_types", "direct"),
    })
    .addRow("Competitors", {
      name: "Реклама у клиента",
      type: b.label("competitor_types", "budget_contender"),
    })
    .addRow("Competitors", {
      name: "Оставить как есть",
      type: b.label("competitor_types", "inertia"),
    })
    .addRow("Competitors", {
      name: "Собственная марка",
      type: b.label("competitor_types", "do_it_yourself"),
    });
}
