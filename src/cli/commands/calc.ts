import { checkWorkbook } from "../../domain/check";
import type { CliCommand } from "../command";
import { calcRecord, calcText } from "../calc-output";
import { EXIT } from "../context";
import { choiceOption, langOption } from "../parse";
import { readUserWorkbook } from "../read-plan-file";

/** `kam-plan calc FILE [--format text|json] [--lang ru|en]`. */
export const command: CliCommand = {
  name: "calc",
  order: 30,
  summary: { ru: "показать расчётные значения плана", en: "show the computed values of a plan" },
  usage: "kam-plan calc FILE [--format text|json] [--lang ru|en]",
  help: {
    ru: [
      "Считает то же, что формулы книги: окончание плана, бюджет и затраты, потребность в кредите и",
      "загрузку лимита, план продаж, скидки, чистые продажи, оценку KPI, дату пересмотра досье;",
      "план, факт и выполнение по кварталам, полугодиям и за период — всего и по позициям.",
      "",
      "json: { file, values: { plan_end, budget_amount, spending, credit_required, credit_utilization,",
      "sales_plan_total, discount_total, net_sales_total, kpi_score, next_review, …, discount_earned,",
      "completeness }, rollups, actual_rollups, fulfillment, fulfillment_to_date, next_tier (по группе",
      "скидок: ближайшая ступень), promos (эффект промоакций) }; даты ГГГГ-ММ-ДД, суммы с 2 знаками,",
      "доли — дробью, пусто — null.",
      "",
      "  --format text|json   формат вывода (по умолчанию text)",
      "  --lang ru|en         язык подписей (по умолчанию — язык книги)",
      "",
      "Код выхода: 0 — книга прочитана (замечания не влияют), 2 — файл не читается или неверные аргументы.",
      "",
      "Пример: kam-plan calc plan.xlsx --format json",
    ].join("\n"),
    en: [
      "Computes what the workbook formulas compute: plan end, budget and spending, credit need and limit",
      "utilization, sales plan, discounts, net sales, KPI score, dossier review date; plan, actual and",
      "fulfillment by quarter, half year and in total — overall and per item.",
      "",
      "json: { file, values: { plan_end, budget_amount, spending, credit_required, credit_utilization,",
      "sales_plan_total, discount_total, net_sales_total, kpi_score, next_review, …, discount_earned,",
      "completeness }, rollups, actual_rollups, fulfillment, fulfillment_to_date, next_tier (per discount",
      "group: the next tier), promos (promo effects) }; dates YYYY-MM-DD, amounts with 2 decimals,",
      "ratios as fractions, empty null.",
      "",
      "  --format text|json   output format (default text)",
      "  --lang ru|en         language of the labels (default: the workbook language)",
      "",
      "Exit code: 0 the workbook was read (whatever its findings), 2 unreadable file or wrong arguments.",
      "",
      "Example: kam-plan calc plan.xlsx --format json",
    ].join("\n"),
  },
  options: { format: { type: "string" } },
  positionals: { min: 1, max: 1, name: { ru: "ФАЙЛ", en: "FILE" } },
  async run(args, context) {
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const langFlag = langOption(args);
    const file = args.positionals[0] ?? "";
    const snapshot = await readUserWorkbook(context, file);
    const report = checkWorkbook(
      snapshot,
      langFlag === undefined ? { today: context.today } : { today: context.today, lang: langFlag }
    );
    const record = calcRecord(file, report.numbers, report.summary.completeness);
    context.out(
      format === "json"
        ? JSON.stringify(record, null, 2)
        : calcText(record, report.numbers, report.config, report.language)
    );
    return EXIT.ok;
  },
};
