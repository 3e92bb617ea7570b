import { fromMinor } from "../money";
import type { Lang } from "../values";
import { formatAmount, formatMonth, formatPercent } from "../text/format";
import { isoOfSerial } from "../periods";
import type { PlanSummaryRow, PortfolioSummary, SummaryRow } from "./summary";

/** Text and JSON renderings of the portfolio summary (the .xlsx is summary-xlsx.ts). */

const money = (minor: number | null): number | null => (minor === null ? null : fromMinor(minor));
const date = (serial: number | null): string | null =>
  serial === null ? null : isoOfSerial(serial);

/** A row for scripts: the plan's figures (`p`), all empty for an unreadable workbook. */
function rowJson(file: string, error: string | null, p: PlanSummaryRow | null): unknown {
  return {
    file,
    error,
    client: p?.client ?? null,
    kam: p?.kam ?? null,
    segment: p?.segment ?? null,
    plan_period: p?.planPeriod ?? null,
    plan_start: date(p?.planStart ?? null),
    plan_end: date(p?.planEnd ?? null),
    plan_status: p?.planStatus ?? null,
    approved_by: p?.approvedBy ?? null,
    approved_on: date(p?.approvedOn ?? null),
    plan_version: p?.planVersion ?? null,
    actuals_through: p?.actualsThrough ?? null,
    sales_plan_total: money(p?.salesPlanTotal ?? null),
    plan_to_date: money(p?.planToDate ?? null),
    actual_to_date: money(p?.actualToDate ?? null),
    fulfillment: p?.fulfillment ?? null,
    forecast_total: money(p?.forecastTotal ?? null),
    forecast_gap: money(p?.forecastGap ?? null),
    discount_total: money(p?.discountTotal ?? null),
    net_sales_total: money(p?.netSalesTotal ?? null),
    credit_required: money(p?.creditRequired ?? null),
    credit_limit: money(p?.creditLimit ?? null),
    credit_utilization: p?.creditUtilization ?? null,
    budget_amount: money(p?.budgetAmount ?? null),
    spending: money(p?.spending ?? null),
    budget_use: p?.budgetUse ?? null,
    kpi_score: p?.kpiScore ?? null,
    completeness: p?.completeness ?? null,
    errors: p?.errors ?? null,
    warnings: p?.warnings ?? null,
    infos: p?.infos ?? null,
    next_review: date(p?.nextReview ?? null),
    review_overdue: p?.reviewOverdue ?? null,
    duplicate_client: p?.duplicateClient ?? false,
  };
}

/** The summary for scripts: amounts in currency units, ratios as fractions, dates `YYYY-MM-DD`, empty as null. */
export function summaryToJson(summary: PortfolioSummary): unknown {
  const row = (r: SummaryRow): unknown => {
    switch (r.kind) {
      case "plan":
        return rowJson(r.file, null, r);
      case "unreadable":
        return rowJson(r.file, r.error, null);
    }
  };
  const t = summary.totals;
  return {
    today: summary.today,
    rows: summary.rows.map(row),
    totals: {
      files: t.files,
      unreadable: t.unreadable,
      sales_plan_total: money(t.salesPlanTotal),
      plan_to_date: money(t.planToDate),
      actual_to_date: money(t.actualToDate),
      fulfillment: t.fulfillment,
      discount_total: money(t.discountTotal),
      net_sales_total: money(t.netSalesTotal),
      budget_amount: money(t.budgetAmount),
      spending: money(t.spending),
      errors: t.errors,
      warnings: t.warnings,
      review_overdue: t.overdue,
    },
    team_overload: summary.teamOverload.map((p) => ({
      person: p.person,
      total: p.total,
      plans: p.plans,
    })),
    duplicate_clients: summary.duplicateClients,
    findings: summary.findings,
  };
}

/** `, утверждён` / `, approved`: the plan's status after the KAM, when the workbook has one. */
function status(r: PlanSummaryRow, lang: Lang): string {
  const label = r.planStatusLabel?.[lang] ?? r.planStatus;
  return label === null ? "" : `, ${label.toLowerCase()}`;
}

const T = {
  ru: {
    unreadable: "не прочитан",
    row: (r: PlanSummaryRow, f: string, a: string, p: string) =>
      `${r.file}: ${r.client ?? "—"} (КАМ ${r.kam ?? "—"}${status(r, "ru")}) — план ${formatAmount(r.salesPlanTotal ?? 0, "ru", r.currency)}, ${r.actualsThrough === null ? "факта нет" : `факт по ${formatMonth(r.actualsThrough, "ru")} ${a} из ${p}${f}`}; ошибок ${r.errors}, предупреждений ${r.warnings}${r.reviewOverdue ? "; пересмотр просрочен" : ""}`,
    totals: (n: number, bad: number, e: number, w: number) =>
      `Итого: книг ${n}, не прочитано ${bad}; ошибок ${e}, предупреждений ${w}.`,
    overload: "Загрузка больше 100\u00a0%:",
    duplicates: "Один клиент в нескольких книгах:",
    written: (file: string) => `Сводка записана: ${file}`,
  },
  en: {
    unreadable: "unreadable",
    row: (r: PlanSummaryRow, f: string, a: string, p: string) =>
      `${r.file}: ${r.client ?? "—"} (KAM ${r.kam ?? "—"}${status(r, "en")}) — plan ${formatAmount(r.salesPlanTotal ?? 0, "en", r.currency)}, ${r.actualsThrough === null ? "no actuals" : `actual through ${formatMonth(r.actualsThrough, "en")} ${a} of ${p}${f}`}; errors: ${r.errors}, warnings: ${r.warnings}${r.reviewOverdue ? "; review overdue" : ""}`,
    totals: (n: number, bad: number, e: number, w: number) =>
      `Total: ${n} workbooks, ${bad} unreadable; errors: ${e}, warnings: ${w}.`,
    overload: "Loaded above 100%:",
    duplicates: "One client in several workbooks:",
    written: (file: string) => `Summary written: ${file}`,
  },
} as const;

/** The summary as text lines for the terminal (one line per workbook, then totals, overload, duplicates). */
export function renderSummaryText(summary: PortfolioSummary, lang: Lang): string {
  const t = T[lang];
  const lines = summary.rows.map((r) => {
    switch (r.kind) {
      case "unreadable":
        return `${r.file}: ${t.unreadable}: ${r.error}`;
      case "plan": {
        const f = r.fulfillment === null ? "" : ` (${formatPercent(r.fulfillment, lang)})`;
        return t.row(
          r,
          f,
          formatAmount(r.actualToDate ?? 0, lang, r.currency),
          formatAmount(r.planToDate ?? 0, lang, r.currency)
        );
      }
    }
  });
  const s = summary.totals;
  lines.push("", t.totals(s.files, s.unreadable, s.errors, s.warnings));
  if (summary.teamOverload.length > 0) {
    lines.push(t.overload);
    for (const p of summary.teamOverload)
      lines.push(
        `  ${p.person}: ${formatPercent(p.total, lang)} — ${p.plans.map((x) => `${x.client ?? x.file} ${formatPercent(x.share, lang)}`).join(", ")}`
      );
  }
  if (summary.duplicateClients.length > 0) {
    lines.push(t.duplicates);
    for (const d of summary.duplicateClients) lines.push(`  ${d.client}: ${d.files.join(", ")}`);
  }
  return lines.join("\n");
}

/** "Summary written: FILE" in `lang`. */
export function summaryWrittenLine(file: string, lang: Lang): string {
  return T[lang].written(file);
}
