import type { PlanNumbers } from "../calc/types";
import type { FieldDef, KamConfig } from "../config/types";
import type { Plan, PlanRow, PlanTable, TypedValue } from "../plan";
import { monthEntries, type Month } from "../periods";
import type { Bilingual } from "../values";
import { matchKey } from "./normalize";
import { diffTotals, type TotalChange } from "./diff-totals";

/**
 * What changed between two versions of a plan, in the domain's words: form
 * fields (old → new), table rows added / removed / changed matched by their
 * key (item, member, person, KPI, competitor …), sales per item and month, the
 * Config settings, and the computed totals before and after. Pure.
 */

/** One side of a diff: the typed plan and its computed numbers (a CheckReport has both). */
export interface DiffSide {
  readonly plan: Plan;
  readonly numbers: PlanNumbers;
}

/** A value with the field it belongs to (for formatting). */
export interface FieldChange {
  readonly section: string;
  readonly field: string;
  readonly label: Bilingual;
  readonly before: TypedValue | null;
  readonly after: TypedValue | null;
}

/** A table row as the diff names it: its key text and 1-based row numbers. */
export interface RowChange {
  /** The row's key as written (`Молоко 3,2%`, `Иванов`), joined with ` / ` for compound keys. */
  readonly key: string;
  /** The key fields' values (as `TableDiff.keys` lists them), for formatting. */
  readonly keyValues: readonly (TypedValue | null)[];
  readonly beforeRow: number | null;
  readonly afterRow: number | null;
  /** Changed fields (empty for added / removed rows). */
  readonly fields: readonly FieldChange[];
}

/** Changes of one table section. */
export interface TableDiff {
  readonly section: string;
  readonly label: Bilingual;
  /** Field keys the rows are matched by. */
  readonly keys: readonly string[];
  readonly added: readonly RowChange[];
  readonly removed: readonly RowChange[];
  readonly changed: readonly RowChange[];
}

/** A sales amount that changed for one item and month (minor units; 0 where the row or cell is absent). */
export interface SalesChange {
  readonly section: "SalesPlan" | "SalesActual";
  readonly item: string;
  readonly month: Month;
  readonly before: number;
  readonly after: number;
}

/** The whole diff. `equal` is true when nothing at all changed. */
export interface PlanDiff {
  readonly equal: boolean;
  readonly form: readonly FieldChange[];
  readonly tables: readonly TableDiff[];
  readonly sales: readonly SalesChange[];
  readonly settings: readonly {
    readonly key: string;
    readonly before: string | number;
    readonly after: string | number;
  }[];
  /** True when the Config sections, fields or lists differ (settings are listed one by one above). */
  readonly configChanged: boolean;
  readonly totals: readonly TotalChange[];
  /** Set when the old version was approved and the plan's numbers differ (spec §9: "changed after approval"). */
  readonly changedAfterApproval: ApprovalNote | null;
}

/** Who approved the old version, when and which version (each null when not filled). */
export interface ApprovalNote {
  readonly by: string | null;
  readonly on: number | null;
  readonly version: string | null;
}

/** Totals that are the plan's own numbers (not actuals, spending or dates). */
const PLAN_TOTALS: ReadonlySet<string> = new Set([
  "sales_plan_total",
  "discount_total",
  "net_sales_total",
  "budget_amount",
  "credit_required",
]);

/** KPI fields that are part of the plan (targets and weights), not its actuals. */
const PLAN_KPI_FIELDS: ReadonlySet<string> = new Set(["kpi", "period", "target", "weight"]);

/**
 * Did the plan's numbers change: a planned amount of any item and month, a
 * total computed from the plan (sales, discounts, net sales, budget, credit
 * need), the discount tiers, or a KPI's target, weight or period (a KPI row
 * added or removed too). Actuals, spending and texts are not the plan's numbers.
 */
function planNumbersChanged(
  sales: readonly SalesChange[],
  totals: readonly TotalChange[],
  tables: readonly TableDiff[]
): boolean {
  const kpi = tables.find((t) => t.section === "KPI");
  return (
    sales.some((s) => s.section === "SalesPlan") ||
    totals.some((t) => t.changed && PLAN_TOTALS.has(t.key)) ||
    tables.some((t) => t.section === "DiscountTiers") ||
    (kpi !== undefined &&
      (kpi.added.length > 0 ||
        kpi.removed.length > 0 ||
        kpi.changed.some((r) => r.fields.some((f) => PLAN_KPI_FIELDS.has(f.field)))))
  );
}

/** The old version's approval when its status is approved and the plan's numbers changed, else null. */
function approvalNote(before: Plan, changed: boolean): ApprovalNote | null {
  if (!changed || before.form.plan_status !== "approved") return null;
  const text = (key: string): string | null => {
    const v = before.form[key];
    return typeof v === "string" ? v : null;
  };
  const on = before.form.approved_on;
  return {
    by: text("approved_by"),
    on: typeof on === "number" ? on : null,
    version: text("plan_version"),
  };
}

/** Key fields of each default table section; other sections use their first required field, else their first field. */
export const ROW_KEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Team: ["member"],
  Assortment: ["item"],
  SalesPlan: ["item"],
  SalesActual: ["item"],
  DiscountTiers: ["condition", "basis_period", "threshold"],
  Activities: ["activity"],
  Risks: ["risk"],
  KPI: ["kpi"],
  Environment: ["party_type", "name"],
  History: ["date", "subject"],
  DecisionGroup: ["person"],
  Competitors: ["name"],
};

const SALES_SECTIONS = ["SalesPlan", "SalesActual"] as const;

function sectionFields(config: KamConfig, section: string): FieldDef[] {
  return config.fields.filter((f) => f.section === section && f.type.kind !== "computed");
}

function same(a: TypedValue | null, b: TypedValue | null): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-12);
}

/** The fields of a section in both configurations: the new one's order, then fields only the old one has. */
function fieldsOfBoth(before: KamConfig, after: KamConfig, section: string): FieldDef[] {
  const fields = sectionFields(after, section);
  for (const f of sectionFields(before, section))
    if (!fields.some((g) => g.key === f.key)) fields.push(f);
  return fields;
}

function keyFields(config: KamConfig, section: string): readonly string[] {
  const known = ROW_KEY_FIELDS[section];
  if (known) return known;
  const fields = sectionFields(config, section);
  const first = fields.find((f) => f.required) ?? fields[0];
  return first ? [first.key] : [];
}

function rowKey(row: PlanRow, keys: readonly string[]): string {
  const parts = keys
    .map((k) => row.values[k])
    .map((v) => (v === null || v === undefined ? "" : String(v)));
  return parts.join(" / ");
}

function diffFields(
  section: string,
  fields: readonly FieldDef[],
  before: PlanRow["values"],
  after: PlanRow["values"]
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = before[field.key] ?? null;
    const b = after[field.key] ?? null;
    if (!same(a, b))
      changes.push({ section, field: field.key, label: field.label, before: a, after: b });
  }
  return changes;
}

/** Pair rows by key; rows sharing a key pair in order (1st with 1st). */
function pairRows(
  before: readonly PlanRow[],
  after: readonly PlanRow[],
  keys: readonly string[]
): { pairs: [PlanRow, PlanRow][]; removed: PlanRow[]; added: PlanRow[] } {
  const pool = new Map<string, PlanRow[]>();
  for (const row of before) {
    const k = matchKey(rowKey(row, keys));
    pool.set(k, [...(pool.get(k) ?? []), row]);
  }
  const pairs: [PlanRow, PlanRow][] = [];
  const added: PlanRow[] = [];
  for (const row of after) {
    const waiting = pool.get(matchKey(rowKey(row, keys)));
    const match = waiting?.shift();
    if (match) pairs.push([match, row]);
    else added.push(row);
  }
  const removed = [...pool.values()].flat().sort((a, b) => a.index - b.index);
  return { pairs, removed, added };
}

function emptyTable(key: string): PlanTable {
  return { key, present: false, ref: null, rows: [], monthColumns: [] };
}

function diffTable(
  before: DiffSide,
  after: DiffSide,
  section: string,
  label: Bilingual
): TableDiff {
  const fields = fieldsOfBoth(before.plan.config, after.plan.config, section);
  const keys = keyFields(after.plan.config, section);
  const { pairs, removed, added } = pairRows(
    (before.plan.tables[section] ?? emptyTable(section)).rows,
    (after.plan.tables[section] ?? emptyTable(section)).rows,
    keys
  );
  const row = (r: PlanRow, side: "before" | "after"): RowChange => ({
    key: rowKey(r, keys),
    keyValues: keys.map((k) => r.values[k] ?? null),
    beforeRow: side === "before" ? r.index + 1 : null,
    afterRow: side === "after" ? r.index + 1 : null,
    fields: [],
  });
  const changed: RowChange[] = [];
  for (const [a, b] of pairs) {
    const fieldChanges = diffFields(section, fields, a.values, b.values);
    if (fieldChanges.length > 0)
      changed.push({
        key: rowKey(b, keys),
        keyValues: keys.map((k) => b.values[k] ?? null),
        beforeRow: a.index + 1,
        afterRow: b.index + 1,
        fields: fieldChanges,
      });
  }
  return {
    section,
    label,
    keys,
    added: added.map((r) => row(r, "after")),
    removed: removed.map((r) => row(r, "before")),
    changed,
  };
}

/** Sum of month amounts per item (items matched as the spec matches them), spelled as first written. */
function salesByItem(
  table: PlanTable | undefined
): Map<string, { item: string; months: Map<Month, number> }> {
  const items = new Map<string, { item: string; months: Map<Month, number> }>();
  for (const row of table?.rows ?? []) {
    const item = row.values.item;
    const text = item === null || item === undefined ? "" : String(item);
    const id = matchKey(text);
    const entry = items.get(id) ?? { item: text, months: new Map<Month, number>() };
    for (const [month, amount] of monthEntries(row.months))
      entry.months.set(month, (entry.months.get(month) ?? 0) + amount);
    items.set(id, entry);
  }
  return items;
}

function diffSales(
  before: DiffSide,
  after: DiffSide,
  section: (typeof SALES_SECTIONS)[number]
): SalesChange[] {
  const a = salesByItem(before.plan.tables[section]);
  const b = salesByItem(after.plan.tables[section]);
  const changes: SalesChange[] = [];
  for (const id of new Set([...b.keys(), ...a.keys()])) {
    const old = a.get(id);
    const neu = b.get(id);
    const months = [
      ...new Set([...(old?.months.keys() ?? []), ...(neu?.months.keys() ?? [])]),
    ].sort();
    for (const month of months) {
      const x = old?.months.get(month) ?? 0;
      const y = neu?.months.get(month) ?? 0;
      if (x !== y)
        changes.push({ section, item: neu?.item ?? old?.item ?? "", month, before: x, after: y });
    }
  }
  return changes;
}

function diffSettings(before: KamConfig, after: KamConfig): PlanDiff["settings"] {
  const a = before.settings as unknown as Record<string, string | number>;
  const b = after.settings as unknown as Record<string, string | number>;
  return Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .map((key) => ({ key, before: a[key] ?? "", after: b[key] ?? "" }));
}

/** Compare two versions of a plan. */
export function diffPlans(before: DiffSide, after: DiffSide): PlanDiff {
  const cb = before.plan.config;
  const ca = after.plan.config;
  const sections = [
    ...ca.sections,
    ...cb.sections.filter((s) => !ca.sections.some((t) => t.key === s.key)),
  ];
  const form: FieldChange[] = [];
  const tables: TableDiff[] = [];
  for (const section of sections) {
    if (section.kind === "form") {
      form.push(
        ...diffFields(
          section.key,
          fieldsOfBoth(cb, ca, section.key),
          before.plan.form,
          after.plan.form
        )
      );
      continue;
    }
    const table = diffTable(before, after, section.key, section.label);
    if (table.added.length + table.removed.length + table.changed.length > 0) tables.push(table);
  }
  const sales = SALES_SECTIONS.flatMap((s) => diffSales(before, after, s));
  const settings = diffSettings(cb, ca);
  const strip = (c: KamConfig): string =>
    JSON.stringify({ sections: c.sections, fields: c.fields, lists: c.lists });
  const configChanged = strip(cb) !== strip(ca);
  const totals = diffTotals(before.numbers, after.numbers, ca);
  const equal =
    form.length === 0 &&
    tables.length === 0 &&
    sales.length === 0 &&
    settings.length === 0 &&
    !configChanged &&
    totals.every((t) => !t.changed);
  const changedAfterApproval = approvalNote(before.plan, planNumbersChanged(sales, totals, tables));
  return { equal, form, tables, sales, settings, configChanged, totals, changedAfterApproval };
}
