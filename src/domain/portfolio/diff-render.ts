import type { FieldType, KamConfig } from "../config/types";
import type { Lang } from "../values";
import type { ApprovalNote, FieldChange, PlanDiff, RowChange, TableDiff } from "./diff";
import type { TotalChange } from "./diff-totals";
import { fromMinor } from "../money";
import { isoOfSerial } from "../periods";
import {
  formatAmount,
  formatAmountShift,
  formatMonth,
  formatNumberChange,
  formatPercent,
  formatPointsChange,
  formatSerialDate,
} from "../text/format";
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
    afterApproval: (details: string) =>
      `Внимание: план изменён после утверждения${details}. Согласуйте изменения заново.`,
    approvedBy: (by: string) => `утвердил ${by}`,
    approvedOn: (on: string) => on,
    version: (v: string) => `версия ${v}`,
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
    afterApproval: (details: string) =>
      `Changed after approval: the old version was approved${details} and the plan’s numbers differ. Get the changes approved again.`,
    approvedBy: (by: string) => `by ${by}`,
    approvedOn: (on: string) => `on ${on}`,
    version: (v: string) => `version ${v}`,
  },
} as const;

function typeOf(config: KamConfig, section: string, field: string): FieldType | null {
  return config.fields.find((f) => f.section === section && f.key === field)?.type ?? null;
}

function fieldLine(change: FieldChange, config: KamConfig, lang: Lang): string {
  const type = typeOf(config, change.section, change.field);
  const { before, after } = change;
  const line = `${change.label[lang]}: ${formatTyped(before, type, config, lang)} → ${formatTyped(after, type, config, lang)}`;
  if (typeof before !== "number" || typeof after !== "number") return line;
  const delta = numberChange(type, before, after, lang, config.settings.currency);
  return delta === null ? line : `${line} (${delta})`;
}

/** How a number field's change reads: amounts with their percent, percents in points, numbers (KPI targets, actuals) with their percent. */
function numberChange(
  type: FieldType | null,
  before: number,
  after: number,
  lang: Lang,
  currency: string
): string | null {
  switch (type?.kind) {
    case "amount":
      return formatAmountShift(before, after, lang, currency);
    case "percent":
      return formatPointsChange(after - before, lang);
    case "number":
    case "integer":
      return formatNumberChange(before, after, lang);
    default:
      return null;
  }
}

/** The change of a total: amounts with their percent, ratios in percentage points, none for dates. */
function totalChange(t: TotalChange, lang: Lang, currency: string): string {
  if (!t.changed || t.before === null || t.after === null || t.kind === "date") return "";
  return ` (${
    t.kind === "amount"
      ? formatAmountShift(t.before, t.after, lang, currency)
      : formatPointsChange(t.after - t.before, lang)
  })`;
}

/** ` (утвердил …, 20.12.2026, версия 1.2)` from what the old version says; empty when it says nothing. */
function approvalDetails(note: ApprovalNote, lang: Lang): string {
  const t = T[lang];
  const parts = [
    note.by === null ? null : t.approvedBy(note.by),
    note.on === null ? null : t.approvedOn(formatSerialDate(note.on, lang)),
    note.version === null ? null : t.version(note.version),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
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
  if (diff.changedAfterApproval)
    out.push("", t.afterApproval(approvalDetails(diff.changedAfterApproval, lang)));
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
    for (const s of lines)
      out.push(
        `  ${s.item} ${formatMonth(s.month, lang)}: ${money(s.before)} → ${money(s.after)} (${formatAmountShift(s.before, s.after, lang, currency)})`
      );
  }
  if (diff.settings.length > 0)
    out.push("", t.settings, ...diff.settings.map((s) => `  ~ ${s.key}: ${s.before} → ${s.after}`));
  if (diff.configChanged) out.push("", t.config);
  out.push("", t.totals);
  for (const total of diff.totals)
    out.push(
      `  ${total.changed ? "~" : " "} ${total.label[lang]}: ${totalText(total, total.before, lang, currency)} → ${totalText(total, total.after, lang, currency)}${totalChange(total, lang, currency)}`
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
    changed_after_approval:
      diff.changedAfterApproval === null
        ? null
        : {
            approved_by: diff.changedAfterApproval.by,
            approved_on:
              diff.changedAfterApproval.on === null
                ? null
                : isoOfSerial(diff.changedAfterApproval.on),
            plan_version: diff.changedAfterApproval.version,
          },
    totals: Object.fromEntries(
      diff.totals.map((t) => [
        t.key,
        { before: totalJson(t, t.before), after: totalJson(t, t.after), changed: t.changed },
      ])
    ),
  };
}
