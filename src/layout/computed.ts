import { isFieldKey } from "../domain/config/keys";
import { MAX_EXCEL_SERIAL } from "../domain/periods";
import { columnHeader, hasName, type FormulaContext } from "./calc-context";
import { completenessFormula } from "./completeness-formula";
import type { CalcCells } from "./calc-sheet";
import type { ComputedUnit } from "./formats";
import { anyOf, columnRef, sheetRef } from "./refs";
import { SHEET } from "./sheets";
import { listOfField, spellingsOf } from "./spellings";

/** A computed form field's formula (en-US, no `=`) and what it shows. */
export interface ComputedFormula {
  readonly formula: string;
  readonly unit: ComputedUnit;
}

/**
 * The native formula of each computed form field of spec section 4, by key.
 * Helper values come from the hidden Calc sheet; inputs by their defined
 * names. Empty results are "" so a reader sees an empty cell. Null for a
 * computed field the product has no formula for (a SKAM's custom one).
 */
export function computedFormula(
  key: string,
  ctx: FormulaContext,
  calc: CalcCells
): ComputedFormula | null {
  const c = (address: string): string => sheetRef(SHEET.calc, address);
  const total = calc.blocks.find((b) => b.key === "total");
  const salesTotal = total ? c(total.plan) : "0";
  if (!isFieldKey(key)) return null;
  switch (key) {
    case "plan_end":
      return { formula: c(calc.planEnd), unit: "date" };
    case "sales_plan_total":
      return { formula: salesTotal, unit: "amount" };
    case "discount_total":
      return { formula: c(calc.discountTotal), unit: "amount" };
    case "discount_earned":
      return { formula: c(calc.discountEarned), unit: "amount" };
    case "net_sales_total":
      return { formula: `ROUND(${salesTotal}-${c(calc.discountTotal)},2)`, unit: "amount" };
    case "budget_amount":
      return { formula: budgetFormula(ctx, salesTotal), unit: "amount" };
    case "credit_required":
      return { formula: c(calc.creditRequired), unit: "amount" };
    case "credit_utilization":
      return {
        formula: hasName(ctx, "credit_limit")
          ? `IF(ISNUMBER(credit_limit),IF(credit_limit=0,"",${c(calc.creditRequired)}/credit_limit),"")`
          : '""',
        unit: "percent",
      };
    case "kpi_score":
      return { formula: kpiScoreFormula(ctx), unit: "percent" };
    case "completeness":
      return { formula: completenessFormula(ctx), unit: "percent" };
    case "next_review":
      return {
        formula: hasName(ctx, "last_review")
          ? `IF(AND(ISNUMBER(last_review),ISNUMBER(${c(calc.reviewCadence)})),IF(AND(last_review>=1,last_review<${MAX_EXCEL_SERIAL + 1}),EDATE(last_review,${c(calc.reviewCadence)}),""),"")`
          : '""',
        unit: "date",
      };
    case "actuals_through": {
      const t = c(calc.toDate.actualsThrough);
      // TEXT(…,"00") only: a date format code in TEXT depends on Excel's locale ("ГГГГ" in Russian Excel).
      return {
        formula: `IF(ISNUMBER(${t}),YEAR(${t})&"-"&TEXT(MONTH(${t}),"00"),"")`,
        unit: "month",
      };
    }
    case "plan_to_date":
      return { formula: c(calc.toDate.planToDate), unit: "amount" };
    case "actual_to_date":
      return { formula: c(calc.toDate.actualToDate), unit: "amount" };
    case "fulfillment_to_date":
      return { formula: c(calc.toDate.fulfillmentToDate), unit: "percent" };
    case "forecast_total":
      return { formula: c(calc.toDate.forecastTotal), unit: "amount" };
    case "forecast_gap":
      return { formula: c(calc.toDate.forecastGap), unit: "amount" };
    default:
      return null;
  }
}

/** budget_amount (spec §4, §7): by the method in any spelling; "" while the method's input is missing. */
function budgetFormula(ctx: FormulaContext, salesTotal: string): string {
  if (!hasName(ctx, "budget_method")) return '""';
  const list = listOfField(ctx.config, "PlanHeader", "budget_method");
  const percent = hasName(ctx, "budget_rate")
    ? "IF(ISNUMBER(budget_rate),ROUND(budget_rate*" + salesTotal + ',2),"")'
    : '""';
  const fixed = hasName(ctx, "budget_fixed") ? 'IF(ISNUMBER(budget_fixed),budget_fixed,"")' : '""';
  return (
    `IF(${anyOf("budget_method", spellingsOf(list, "percent_of_turnover"))},${percent},` +
    `IF(${anyOf("budget_method", spellingsOf(list, "fixed"))},${fixed},""))`
  );
}

/** kpi_score = Σ weight × fulfillment over rows with a fulfillment; "" when none has one (spec §4, §7). */
function kpiScoreFormula(ctx: FormulaContext): string {
  const fulfillment = columnHeader(ctx, "KPI", "fulfillment");
  const weight = columnHeader(ctx, "KPI", "weight");
  if (fulfillment === null || weight === null) return '""';
  const f = columnRef("KPI", fulfillment);
  return `IF(COUNT(${f})=0,"",SUMPRODUCT(${columnRef("KPI", weight)},${f}))`;
}
