import { matchKey } from "./normalize";

/**
 * Finding the item, month and amount columns of an actuals export by their
 * headers: given names (`--item "Номенклатура"`, or a 1-based column number)
 * or, when not given, the usual Russian and English headers of ERP / 1C exports.
 */

/** The three columns an actuals import needs. */
export type ActualsColumn = "item" | "month" | "amount";

/** What the user said about the columns (header text or 1-based number), each optional. */
export type ColumnChoice = Readonly<Partial<Record<ActualsColumn, string>>>;

/** 0-based column indexes of the three columns. */
export type ColumnIndexes = Readonly<Record<ActualsColumn, number>>;

/** Usual headers, most specific first; a header equal to one wins over one that merely contains it. */
export const HEADER_HINTS: Readonly<Record<ActualsColumn, readonly string[]>> = {
  item: [
    "номенклатура",
    "товар",
    "позиция",
    "продукт",
    "наименование",
    "артикул",
    "item",
    "product",
    "sku",
    "name",
    "description",
  ],
  month: ["месяц", "период", "дата", "month", "period", "date"],
  amount: [
    "сумма",
    "выручка",
    "продажи",
    "факт",
    "стоимость",
    "amount",
    "sales",
    "revenue",
    "sum",
    "value",
    "total",
  ],
};

function findChosen(headers: readonly string[], choice: string): number | null {
  const wanted = matchKey(choice);
  const byName = headers.findIndex((h) => matchKey(h) === wanted);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(wanted)) {
    const n = Number(wanted);
    return n >= 1 && n <= headers.length ? n - 1 : null;
  }
  return null;
}

function findByHints(
  headers: readonly string[],
  hints: readonly string[],
  taken: ReadonlySet<number>
): number | null {
  const keys = headers.map(matchKey);
  for (const hint of hints) {
    const exact = keys.findIndex((k, i) => !taken.has(i) && k === hint);
    if (exact >= 0) return exact;
  }
  for (const hint of hints) {
    const partial = keys.findIndex(
      (k, i) => !taken.has(i) && k.split(/[^a-zа-яё0-9]+/).includes(hint)
    );
    if (partial >= 0) return partial;
  }
  return null;
}

/**
 * The columns in a header row: chosen ones first (by header text, else by
 * 1-based number), then the rest by the usual headers. `missing` lists the
 * columns not found.
 */
export function mapColumns(
  headers: readonly string[],
  choice: ColumnChoice
): {
  readonly columns: Partial<Record<ActualsColumn, number>>;
  readonly missing: readonly ActualsColumn[];
} {
  const columns: Partial<Record<ActualsColumn, number>> = {};
  const taken = new Set<number>();
  const order: readonly ActualsColumn[] = ["item", "month", "amount"];
  for (const key of order) {
    const chosen = choice[key];
    if (chosen === undefined) continue;
    const index = findChosen(headers, chosen);
    if (index !== null) {
      columns[key] = index;
      taken.add(index);
    }
  }
  for (const key of order) {
    if (choice[key] !== undefined || columns[key] !== undefined) continue;
    const index = findByHints(headers, HEADER_HINTS[key], taken);
    if (index !== null) {
      columns[key] = index;
      taken.add(index);
    }
  }
  return { columns, missing: order.filter((k) => columns[k] === undefined) };
}
