import { fromMinor } from "../money";
import type { Lang } from "../values";
import type { ActualsReport } from "./actuals";
import type { ActualsRead, BadRowReason } from "./actuals-grid";
import type { ActualsColumn } from "./columns";
import { formatAmount, formatMonth } from "../text/format";

/** The actuals import report as text (ru/en) and JSON: what was written and every row that was not. */

const REASONS: Readonly<Record<BadRowReason, Readonly<Record<Lang, string>>>> = {
  item_empty: { ru: "не указана позиция", en: "no item" },
  month_invalid: { ru: "не распознан месяц", en: "month not recognised" },
  amount_invalid: { ru: "сумма не число", en: "amount is not a number" },
  amount_empty: { ru: "нет суммы", en: "no amount" },
  total_row: { ru: "строка итогов пропущена", en: "totals row skipped" },
};

const COLUMN_NAMES: Readonly<Record<ActualsColumn, Readonly<Record<Lang, string>>>> = {
  item: { ru: "позиция (--item)", en: "item (--item)" },
  month: { ru: "месяц (--month)", en: "month (--month)" },
  amount: { ru: "сумма (--amount)", en: "amount (--amount)" },
};

const word = (ls: readonly number[], lang: Lang): string =>
  lang === "ru" ? (ls.length === 1 ? "строка" : "строки") : ls.length === 1 ? "line" : "lines";
const lines = (ls: readonly number[]): string =>
  ls.length > 10 ? `${ls.slice(0, 10).join(", ")}, …` : ls.join(", ");

/** Why the columns could not be mapped, naming the headers found. */
export function missingColumnsText(read: ActualsRead, lang: Lang): string {
  const missing = read.missing.map((c) => COLUMN_NAMES[c][lang]).join(", ");
  const headers =
    read.headers
      .filter((h) => h !== "")
      .map((h) => `«${h}»`)
      .join(", ") || "—";
  return lang === "ru"
    ? `не найдены столбцы: ${missing}. Заголовки в файле${read.headerLine === null ? "" : ` (строка ${read.headerLine})`}: ${headers}. Укажите столбцы параметрами --item, --month, --amount (название или номер).`
    : `columns not found: ${missing}. Headers in the file${read.headerLine === null ? "" : ` (line ${read.headerLine})`}: ${headers}. Name the columns with --item, --month, --amount (header or number).`;
}

/** The report as text lines; `file` is the CSV as the user named it, `currency` the plan's. */
export function renderActualsReport(
  report: ActualsReport,
  file: string,
  lang: Lang,
  currency: string
): string {
  const ru = lang === "ru";
  const money = (minor: number): string => formatAmount(minor, lang, currency);
  const out: string[] = [
    ru
      ? `Импортировано строк: ${report.records} на сумму ${money(report.total)}; записано ячеек: ${report.cellsWritten} (заменено прежних значений: ${report.cellsReplaced}).`
      : `Rows imported: ${report.records}, total ${money(report.total)}; cells written: ${report.cellsWritten} (earlier values replaced: ${report.cellsReplaced}).`,
  ];
  if (report.rowsAdded.length > 0)
    out.push(
      ru
        ? `Добавлены строки факта для позиций плана: ${report.rowsAdded.join(", ")}.`
        : `Actual rows added for planned items: ${report.rowsAdded.join(", ")}.`
    );
  for (const u of report.unknownItems) {
    out.push(
      ru
        ? `${file}: ${word(u.lines, lang)} ${lines(u.lines)}: позиции «${u.key}» нет в плане продаж — добавлена в факт (${money(u.amount)}), проверьте написание.`
        : `${file}: ${word(u.lines, lang)} ${lines(u.lines)}: item "${u.key}" is not in the sales plan — added to actuals (${money(u.amount)}); check its spelling.`
    );
  }
  for (const m of report.monthsOutsidePlan) {
    out.push(
      ru
        ? `${file}: ${word(m.lines, lang)} ${lines(m.lines)}: месяц ${formatMonth(m.key, lang)} вне периода плана — не записан (${money(m.amount)}).`
        : `${file}: ${word(m.lines, lang)} ${lines(m.lines)}: month ${formatMonth(m.key, lang)} is outside the plan period — not written (${money(m.amount)}).`
    );
  }
  for (const b of report.badRows) {
    const shown = b.text === null ? "" : ru ? ` («${b.text}»)` : ` ("${b.text}")`;
    out.push(`${file}:${b.line}: ${REASONS[b.reason][lang]}${shown}`);
  }
  return out.join("\n");
}

/** The report for scripts: amounts in currency units. */
export function actualsReportToJson(
  report: ActualsReport,
  read: ActualsRead,
  file: string
): unknown {
  return {
    file,
    header_line: read.headerLine,
    columns: read.columns,
    decimal: read.decimal,
    records: report.records,
    total: fromMinor(report.total),
    cells_written: report.cellsWritten,
    cells_replaced: report.cellsReplaced,
    rows_added: report.rowsAdded,
    unknown_items: report.unknownItems.map((u) => ({
      item: u.key,
      lines: u.lines,
      amount: fromMinor(u.amount),
    })),
    months_outside_plan: report.monthsOutsidePlan.map((m) => ({
      month: m.key,
      lines: m.lines,
      amount: fromMinor(m.amount),
    })),
    bad_rows: report.badRows,
  };
}
