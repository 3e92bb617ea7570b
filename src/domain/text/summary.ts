import type { Lang } from "../values";
import { SEVERITY_LABELS } from "./severity";

/** Headers and words of the summary workbook and the summary's text output (ru first). */
export const SUMMARY_TEXTS = {
  ru: {
    sheets: { summary: "Сводка", findings: "Замечания", team: "Загрузка команды" },
    total: "Итого",
    yes: "да",
    no: "нет",
    none: "—",
    noFindings: "Замечаний нет",
    noOverload: "Никто не загружен больше чем на 100\u00a0%",
    duplicate: (files: string) => `тот же клиент в: ${files}`,
    severity: SEVERITY_LABELS.ru,
    findingHeaders: ["Файл", "Клиент", "Важность", "Код", "Лист", "Ячейка", "Имя", "Сообщение"],
    teamHeaders: ["Сотрудник", "Доля времени, итого", "Планов", "Планы"],
    chartNote:
      "Графики: в файле .xlsx — гистограммы в ячейках (exceljs не умеет строить диаграммы).",
  },
  en: {
    sheets: { summary: "Summary", findings: "Findings", team: "Team load" },
    total: "Total",
    yes: "yes",
    no: "no",
    none: "—",
    noFindings: "No findings",
    noOverload: "Nobody is loaded above 100%",
    duplicate: (files: string) => `same client in: ${files}`,
    severity: SEVERITY_LABELS.en,
    findingHeaders: ["File", "Client", "Severity", "Code", "Sheet", "Cell", "Name", "Message"],
    teamHeaders: ["Person", "Time share, total", "Plans", "Plans and shares"],
    chartNote: "Charts: the .xlsx shows data bars in cells (exceljs cannot draw charts).",
  },
} as const;

/** Column keys of the summary table in order, with their ru/en headers and kind. */
export type SummaryColumnKind = "text" | "date" | "amount" | "percent" | "count";

/** One column of the summary table. */
export interface SummaryColumn {
  readonly key: string;
  readonly kind: SummaryColumnKind;
  readonly header: Readonly<Record<Lang, string>>;
  /** Column width in characters. */
  readonly width: number;
}

const c = (
  key: string,
  kind: SummaryColumnKind,
  ru: string,
  en: string,
  width: number
): SummaryColumn => ({ key, kind, header: { ru, en }, width });

/** The summary table's columns. Headers avoid `[ ] # '` so structured references need no escaping. */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  c("file", "text", "Файл", "File", 28),
  c("client", "text", "Клиент", "Client", 26),
  c("kam", "text", "КАМ", "KAM", 18),
  c("segment", "text", "Сегмент", "Segment", 14),
  c("period", "text", "Период плана", "Plan period", 12),
  c("status", "text", "Статус плана", "Plan status", 14),
  c("approvedBy", "text", "Утвердил", "Approved by", 18),
  c("approvedOn", "date", "Дата утверждения", "Approved on", 11),
  c("planVersion", "text", "Версия", "Version", 9),
  c("planStart", "date", "Начало", "Start", 11),
  c("planEnd", "date", "Окончание", "End", 11),
  c("salesPlanTotal", "amount", "План продаж", "Sales plan", 15),
  c("actualsThrough", "text", "Отчётный месяц", "Actuals through", 10),
  c("planToDate", "amount", "План на дату", "Plan to date", 15),
  c("actualToDate", "amount", "Факт на дату", "Actual to date", 15),
  c("fulfillment", "percent", "Выполнение на дату", "Fulfillment to date", 12),
  c("forecastTotal", "amount", "Прогноз", "Forecast", 15),
  c("forecastGap", "amount", "Отклонение прогноза", "Forecast gap", 15),
  c("discountTotal", "amount", "Скидки", "Discounts", 14),
  c("netSalesTotal", "amount", "Продажи за вычетом скидок", "Net sales", 16),
  c("creditRequired", "amount", "Потребность в кредите", "Credit required", 15),
  c("creditLimit", "amount", "Кредитный лимит", "Credit limit", 15),
  c("creditUtilization", "percent", "Использование лимита", "Credit utilization", 12),
  c("budgetAmount", "amount", "Бюджет", "Budget", 14),
  c("spending", "amount", "Затраты", "Spending", 14),
  c("budgetUse", "percent", "Освоение бюджета", "Budget used", 12),
  c("kpiScore", "percent", "Оценка KPI", "KPI score", 11),
  c("completeness", "percent", "Заполненность", "Completeness", 13),
  c("errors", "count", "Ошибки", "Errors", 9),
  c("warnings", "count", "Предупреждения", "Warnings", 9),
  c("nextReview", "date", "Следующий пересмотр", "Next review", 12),
  c("overdue", "text", "Пересмотр просрочен", "Review overdue", 11),
  c("note", "text", "Примечание", "Note", 40),
];
