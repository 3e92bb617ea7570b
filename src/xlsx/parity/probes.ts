import type { PlanNumbers } from "../../domain/calc/types";
import { toMinor } from "../../domain/money";
import { serialOfUnixMs } from "../../domain/periods";
import { formatA1, parseA1 } from "../../domain/read/a1";
import { NEXT_TIER_HEADER } from "../../layout/next-tier-rows";
import { SHEET } from "../../layout/sheets";
import type { SheetLayout, WorkbookLayout } from "../../layout/types";

/** What a computed cell must show: money (compared in cents), a ratio, a date serial; null = empty. */
export type Expected =
  | { readonly kind: "money"; readonly minor: number | null }
  | { readonly kind: "ratio"; readonly value: number | null }
  | { readonly kind: "date"; readonly serial: number | null }
  | { readonly kind: "text"; readonly text: string | null };

/** One computed cell of the workbook and the value the TypeScript calculators give for it. */
export interface Probe {
  readonly what: string;
  readonly sheet: string;
  readonly address: string;
  readonly expected: Expected;
}

const money = (minor: number | null | undefined): Expected => ({
  kind: "money",
  minor: minor ?? null,
});
const ratio = (value: number | null | undefined): Expected => ({
  kind: "ratio",
  value: value ?? null,
});
const date = (serial: number | null | undefined): Expected => ({
  kind: "date",
  serial: serial ?? null,
});
const textOf = (value: string | null | undefined): Expected => ({
  kind: "text",
  text: value ?? null,
});

/**
 * Every computed cell the parity test compares, with the core's value:
 * the computed form fields (by defined name), spending, S_m / A_m / need_m per
 * month and plan / actual / fulfillment per block (whole and to date, §9)
 * on the Calc sheet, the §9 values by their names, each
 * SalesPlan row's rollup columns (items are unique in the generated plans)
 * and each KPI row's fulfillment.
 */
export function probesOf(
  layout: WorkbookLayout,
  n: PlanNumbers,
  completeness: number | null = null
): readonly Probe[] {
  const probes: Probe[] = [];
  const name = (key: string, expected: Expected): void => {
    const def = layout.names.find((x) => x.name === key);
    if (def) probes.push({ what: key, sheet: def.sheet, address: def.address, expected });
  };
  name("plan_end", date(n.planEnd));
  name("sales_plan_total", money(n.salesPlanTotal));
  name("discount_total", money(n.discountTotal));
  name("net_sales_total", money(n.netSalesTotal));
  name("budget_amount", money(n.budgetAmount));
  name("credit_required", money(n.creditRequired));
  name("credit_utilization", ratio(n.creditUtilization));
  name("kpi_score", ratio(n.kpiScore));
  name("next_review", date(n.nextReview));
  if (completeness !== null) name("completeness", ratio(completeness));
  name("actuals_through", textOf(n.actualsThrough));
  name("plan_to_date", money(n.planToDate));
  name("actual_to_date", money(n.actualToDate));
  name("fulfillment_to_date", ratio(n.totalFulfillmentToDate));
  name("forecast_total", money(n.forecastTotal));
  name("forecast_gap", money(n.forecastGap));
  name("discount_earned", money(n.discountEarned));

  const calc = layout.sheets.find((s) => s.name === SHEET.calc);
  if (calc) {
    const spending = rowOfLabel(calc, "spending");
    if (spending !== null)
      probes.push({
        what: "spending",
        sheet: calc.name,
        address: `B${spending}`,
        expected: money(n.spending),
      });
    probes.push(...nextTierProbes(calc, n));
    const monthHeader = rowOfLabel(calc, "month") ?? 0;
    n.months.forEach((m, i) => {
      const r = monthHeader + 1 + i;
      probes.push({
        what: `S ${m}`,
        sheet: calc.name,
        address: `E${r}`,
        expected: money(n.monthlyPlan[m]),
      });
      probes.push({
        what: `A ${m}`,
        sheet: calc.name,
        address: `F${r}`,
        expected: money(n.monthlyActual[m]),
      });
      probes.push({
        what: `need ${m}`,
        sheet: calc.name,
        address: `G${r}`,
        expected: money(n.creditNeed[m]),
      });
    });
    const blockHeader = rowOfLabel(calc, "block") ?? 0;
    n.blocks.forEach((b, i) => {
      const r = blockHeader + 1 + i;
      probes.push({
        what: `plan ${b.key}`,
        sheet: calc.name,
        address: `C${r}`,
        expected: money(n.rollups.total?.[b.key]),
      });
      probes.push({
        what: `actual ${b.key}`,
        sheet: calc.name,
        address: `D${r}`,
        expected: money(n.actualRollups.total?.[b.key]),
      });
      probes.push({
        what: `fulfillment ${b.key}`,
        sheet: calc.name,
        address: `E${r}`,
        expected: ratio(n.fulfillment.total?.[b.key]),
      });
      probes.push({
        what: `plan to date ${b.key}`,
        sheet: calc.name,
        address: `F${r}`,
        expected: money(n.rollupsToDate.total?.[b.key]),
      });
      probes.push({
        what: `actual to date ${b.key}`,
        sheet: calc.name,
        address: `G${r}`,
        expected: money(n.actualRollupsToDate.total?.[b.key]),
      });
      probes.push({
        what: `fulfillment to date ${b.key}`,
        sheet: calc.name,
        address: `H${r}`,
        expected: ratio(n.fulfillmentToDate.total?.[b.key]),
      });
    });
  }

  for (const sheet of layout.sheets) {
    for (const table of sheet.tables) {
      const top = parseA1(table.topLeft);
      if (!top) continue;
      const at = (row: number, key: string): string | null => {
        const col = table.columns.findIndex((c) => c.key === key);
        return col < 0 ? null : formatA1({ row: top.row + 1 + row, col: top.col + col });
      };
      if (table.name === "SalesPlan") {
        table.rows.forEach((row, i) => {
          const item = row[table.columns.findIndex((c) => c.key === "item")];
          const rollup = typeof item === "string" ? n.rollups[item] : undefined;
          if (!rollup) return;
          for (const b of n.blocks) {
            const address = at(i, b.key);
            if (address)
              probes.push({
                what: `${item} ${b.key}`,
                sheet: sheet.name,
                address,
                expected: money(rollup[b.key]),
              });
          }
        });
      }
      if (table.name === "Activities") {
        // Spec §10: every row's promo columns; rows that are not computed promos show "".
        table.rows.forEach((_, i) => {
          const promo = n.promos.find((p) => p.row === i + 1);
          const columns: [string, Expected][] = [
            ["baseline", money(promo?.baseline)],
            ["incremental", money(promo?.incremental)],
            ["incremental_per_cost", ratio(promo?.incrementalPerCost)],
            ["promo_return", money(promo?.promoReturn)],
          ];
          for (const [key, expected] of columns) {
            const address = at(i, key);
            if (address)
              probes.push({
                what: `Activities row ${i + 1} ${key}`,
                sheet: sheet.name,
                address,
                expected,
              });
          }
        });
      }
      if (table.name === "KPI") {
        n.kpiFulfillment.forEach((f, i) => {
          const address = at(i, "fulfillment");
          if (address)
            probes.push({
              what: `KPI row ${i + 1}`,
              sheet: sheet.name,
              address,
              expected: ratio(f),
            });
        });
      }
    }
  }
  return probes;
}

/** The next-tier row of each discount group the core knows (spec §10), found on Calc by its condition and basis. */
function nextTierProbes(calc: SheetLayout, n: PlanNumbers): readonly Probe[] {
  const header = rowOfLabel(calc, NEXT_TIER_HEADER);
  if (header === null) return [];
  const text = (address: string): string | null => {
    const cell = calc.cells.find((c) => c.address === address);
    return cell?.content.kind === "value" && typeof cell.content.value === "string"
      ? cell.content.value
      : null;
  };
  const probes: Probe[] = [];
  for (const g of n.nextTier) {
    let r = header + 1;
    while (
      text(`A${r}`) !== null &&
      (text(`A${r}`) !== g.condition || text(`B${r}`) !== g.basisPeriod)
    )
      r += 1;
    if (text(`A${r}`) === null) continue;
    const what = `next tier ${g.condition}/${g.basisPeriod}`;
    const at = (column: string, expected: Expected): Probe => ({
      what: `${what} ${column}`,
      sheet: calc.name,
      address: `${column}${r}`,
      expected,
    });
    probes.push(
      at("C", textOf(g.blockStart)),
      at("D", textOf(g.blockEnd)),
      at("E", money(g.actualToDate)),
      at("F", money(g.threshold)),
      at("G", money(g.gap)),
      at("H", ratio(g.rate))
    );
  }
  return probes;
}

function rowOfLabel(sheet: SheetLayout, label: string): number | null {
  const cell = sheet.cells.find(
    (c) => c.address.startsWith("A") && c.content.kind === "value" && c.content.value === label
  );
  return cell ? Number(cell.address.slice(1)) : null;
}

/** A computed cell's value as read back: a number (dates as serials), null for empty, or the error/text it shows. */
export type Observed = number | null | string;

/** Does an observed value match what the core expects (money to the cent, ratios to 1e-9 relative, dates exactly)? */
export function matches(expected: Expected, observed: Observed): boolean {
  const empty = observed === null || observed === "";
  switch (expected.kind) {
    case "money":
      if (expected.minor === null) return empty;
      return typeof observed === "number" && toMinor(observed) === expected.minor;
    case "ratio":
      if (expected.value === null) return empty;
      return (
        typeof observed === "number" &&
        Math.abs(observed - expected.value) <= 1e-9 * Math.max(1, Math.abs(expected.value))
      );
    case "date":
      if (expected.serial === null) return empty;
      return observed === expected.serial;
    case "text":
      if (expected.text === null) return empty;
      return observed === expected.text;
    default: {
      const never: never = expected;
      return never;
    }
  }
}

/**
 * An exceljs cell's value as an Observed value: a formula cell's result
 * (exceljs keeps a result of 0 only in `cell.result`), Dates of
 * date-formatted cells as serials, errors as their text.
 */
export function observedOf(
  cell:
    { readonly value: unknown; readonly result?: unknown; readonly formula?: unknown } | undefined
): Observed {
  if (!cell) return null;
  const v = cell.formula ? cell.result : cell.value;
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Math.round(serialOfUnixMs(v.getTime()));
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && "error" in v) return String(v.error);
  return JSON.stringify(v);
}
