import type { FieldType, KamConfig } from "../config/types";
import type { Lang } from "../values";
import type { FieldChange, PlanDiff, RowChange, TableDiff } from "./diff";
import type { TotalChange } from "./diff-totals";
import { fromMinor } from "../money";
import { isoOfSerial } from "../periods";
import { formatAmount, formatMonth, formatPercent, formatSerialDate } from "../text/format";
import { formatTyped, jsonTyped } from "./format";

/** Text and JSON renderings of a plan diff (ru/en). */

const T = {
  ru: {
    title: (a: string, b: string) => `Изменения плана: ${a} → ${b}`,
    equal: "Различий нет.",
    form: "Поля",
    added: "добавлена строка",
    removed: "удалена строка",
    row: "строка",
    sales: {
      SalesPlan: "План продаж по позициям и месяцам",
      SalesActual: "Факт продаж по позициям и месяцам",
    },
    settings: "Настройки (Config)",
    config: "Конфигурация (разделы, поля или списки) изменена.",
    totals: "Итоги (было → стало)",
    count: (n: number) => `Изменений: ${n}.`,
  },
  en: {
    title: (a: string, b: string) => `Plan changes: ${a} → ${b}`,
    equal: "No differences.",
    form: "Fields",
    added: "row added",
    removed: "row removed",
    row: "row",
    sales: {
      SalesPlan: "Sales plan by item and month",
      SalesActual: "Actual sales by item and month",
    },
    settings: "Settings (Config)",
    config: "The configuration (sections, fields or lists) changed.",
    totals: "Totals (before → after)",
    count: (n: number) => `Changes: ${n}.`,
  },
} as const;

function typeOf(config: KamConfig, section: string, field: string): FieldType | null {
  return config.fields.find((f) => f.section === section && f.key === field)?.type ?? null;
}

function fieldLine(change: FieldChange, config: KamConfig, lang: Lang): string {
  const type = typeOf(config, change.section, change.field);
  return `${change.label[lang]}: ${formatTyped(change.before, type, config, lang)} → ${formatTyped(change.after, type, config, lang)}`;
}

function rowName(table: TableDiff, row: RowChange, config: KamConfig, lang: Lang): string {
  const parts = row.keyValues.map((v, i) =>
    v === null
      ? "—"
      : formatTyped(v, typeOf(config, table.section, table.keys[i] ?? ""), config, lang).replace(
          /^[«"](.*)[»"]$/,
          "$1"
        )
  );
  return parts.join(" / ");
}

function totalText(t: TotalChange, v: number | null, lang: Lang, currency: string): string {
  if (v === null) return "—";
  if (t.kind === "amount") return formatAmount(v, lang, currency);
  if (t.kind === "date") return formatSerialDate(v, lang);
  return formatPercent(v, lang);
}

/** Number of individual changes (fields, rows, sales cells, settings). */
export function changeCount(diff: PlanDiff): number {
  const rows = diff.tables.reduce(
    (n, t) => n + t.added.length + t.removed.length + t.changed.length,
    0
  );
  return (
    diff.form.length +
    rows +
    diff.sales.length +
    diff.settings.length +
    (diff.configChanged ? 1 : 0)
  );
}

/** The diff as text for a person: sections, rows, sales and totals, in `lang`. */
export function renderDiffText(
  diff: PlanDiff,
  config: KamConfig,
  lang: Lang,
  names: { readonly before: string; readonly after: string }
): string {
  const t = T[lang];
  const currency = config.settings.currency;
  const money = (minor: number): string => formatAmount(minor, lang, currency);
  const out: string[] = [t.title(names.before, names.after)];
  if (diff.equal) return [...out, t.equal].join("\n") + "\n";
  if (diff.form.length > 0)
    out.push("", t.form, ...diff.form.map((c) => `  ~ ${fieldLine(c, config, lang)}`));
  for (const table of diff.tables) {
    out.push("", table.label[lang]);
    for (const r of table.added)
      out.push(`  + ${rowName(table, r, config, lang)} (${t.added} ${r.afterRow})`);
    for (const r of table.removed)
      out.push(`  − ${rowName(table, r, config, lang)} (${t.removed} ${r.beforeRow})`);
    for (const r of table.changed)
      out.push(
        `  ~ ${rowName(table, r, config, lang)} (${t.row} ${r.afterRow}): ${r.fields.map((c) => fieldLine(c, config, lang)).join("; ")}`
      );
  }
  for (const section of ["SalesPlan", "SalesActual"] as const) {
    const lines = diff.sales.filter((s) => s.section === section);
    if (lines.length === 0) continue;
    out.push("", t.sales[section]);
    for (const s of lines) {
      const delta = s.after - s.before;
      out.push(
        `  ${s.item} ${formatMonth(s.month, lang)}: ${money(s.before)} → ${money(s.after)} (${delta > 0 ? "+" : ""}${money(delta)})`
      );
    }
  }
  if (diff.settings.length > 0)
    out.push("", t.settings, ...diff.settings.map((s) => `  ~ ${s.key}: ${s.before} → ${s.after}`));
  if (diff.configChanged) out.push("", t.config);
  out.push("", t.totals);
  for (const total of diff.totals)
    out.push(
      `  ${total.changed ? "~" : " "} ${total.label[lang]}: ${totalText(total, total.before, lang, currency)} → ${totalText(total, total.after, lang, currency)}`
    );
  out.push("", t.count(changeCount(diff)));
  return out.join("\n") + "\n";
}

function totalJson(t: TotalChange, v: number | null): number | string | null {
  if (v === null) return null;
  if (t.kind === "amount") return fromMinor(v);
  if (t.kind === "date") return isoOfSerial(v);
  return v;
}

/** The diff for scripts: machine values (amounts in currency units, dates `YYYY-MM-DD`, list keys). */
export function diffToJson(
  diff: PlanDiff,
  config: KamConfig,
  names: { readonly before: string; readonly after: string }
): unknown {
  const field = (c: FieldChange): unknown => {
    const type = typeOf(config, c.section, c.field);
    return {
      section: c.section,
      field: c.field,
      before: jsonTyped(c.before, type),
      after: jsonTyped(c.after, type),
    };
  };
  const row = (section: string, keys: readonly string[], r: RowChange): unknown => ({
    key: r.key,
    key_values: r.keyValues.map((v, i) => jsonTyped(v, typeOf(config, section, keys[i] ?? ""))),
    before_row: r.beforeRow,
    after_row: r.afterRow,
    fields: r.fields.map(field),
  });
  return {
    before: names.before,
    after: names.after,
    equal: diff.equal,
    form: diff.form.map(field),
    tables: diff.tables.map((t) => {
      const rows = (list: readonly RowChange[]): unknown[] =>
        list.map((r) => row(t.section, t.keys, r));
      return {
        section: t.section,
        keys: t.keys,
        added: rows(t.added),
        removed: rows(t.removed),
        changed: rows(t.changed),
      };
    }),
    sales: diff.sales.map((s) => ({
      section: s.section,
      item: s.item,
      month: s.month,
      before: fromMinor(s.before),
      after: fromMinor(s.after),
    })),
    settings: diff.settings,
    config_changed: diff.configChanged,
    totals: Object.fromEntries(
      diff.totals.map((t) => [
        t.key,
        { before: totalJson(t, t.before), after: totalJson(t, t.after), changed: t.changed },
      ])
    ),
  };
}
