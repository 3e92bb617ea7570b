/**
 * Test-data builders shared by the domain tests: a WorkbookSnapshot (what the
 * readers produce) laid out for a configuration (DEFAULT_CONFIG unless told),
 * with chosen values, and the Plan `readPlan` makes of it.
 *
 *   aSnapshot()                       // every sheet, name and table; no values
 *   aPlan()                           // a complete, valid half-year plan from 2027-01
 *   aPlan().starting('2027-04').lasting('year').withSales('Молоко', [100, 200])
 *   aPlan().without('Team').set('credit_depth_days', 400).read().findings
 *
 * Values are raw cell values as Excel holds them: amounts in currency units,
 * percents as fractions, dates as serials (`serial('2027-01-15')`), list
 * values as they would be typed (the sugar methods write labels in the
 * builder's language; the generic `set` / `rows` write what you give).
 * The layout is synthetic (forms in column C from row 3, tables stacked below);
 * the real layout lives in src/layout — readers find everything by name.
 */
import { BLOCK_HEADERS } from "../blocks";
import { configToTables } from "../config/grids";
import { DEFAULT_CONFIG, MONTH_TABLES } from "../config/defaults";
import type { KamConfig } from "../config/types";
import type { Plan } from "../plan";
import { formatA1, rangeA1 } from "../read/a1";
import { readPlan, type PlanReading } from "../read/read-plan";
import type { SnapshotName, SnapshotTable, WorkbookSnapshot } from "../snapshot";
import type { CellValue, Lang, Month } from "../values";
import { monthsFrom, serial } from "./dates";
import { PLAN_FIXTURE } from "./plan-fixture";

/** A table row by field key or `YYYY-MM` month. */
export type RowValues = Readonly<Record<string, CellValue>>;

export { serial, monthsFrom } from "./dates";

const PERIOD_MONTHS: Readonly<Record<string, number>> = { quarter: 3, half_year: 6, year: 12 };

/** Builds a WorkbookSnapshot (and the Plan read from it) step by step; every method returns the builder. */
export class WorkbookBuilder {
  private config: KamConfig = DEFAULT_CONFIG;
  private language: Lang = "ru";
  private form: Record<string, CellValue> = {};
  private tableRows: Record<string, RowValues[]> = {};
  private monthList: Month[] | null = null;
  private startMonth: Month | null = null;
  private periodKey: string | null = null;
  private readonly droppedSheets = new Set<string>();
  private readonly droppedNames = new Set<string>();
  private readonly brokenNames = new Set<string>();
  private readonly droppedTables = new Set<string>();
  private readonly headerOverrides: Record<string, string[]> = {};
  private readonly extraHeaders: Record<string, string[]> = {};
  private readonly droppedColumns: Record<string, Set<string>> = {};
  private configTables = true;
  private version: string | null | undefined = undefined;

  /** Lay the workbook out for another configuration. */
  withConfig(config: KamConfig): this {
    this.config = config;
    return this;
  }
  /** Language of headers and list labels the sugar methods write (default ru). */
  lang(lang: Lang): this {
    this.language = lang;
    return this;
  }
  /** Set a form field's raw cell value (null empties it). */
  set(key: string, value: CellValue): this {
    this.form[key] = value;
    return this;
  }
  /** Set several form fields' raw values. */
  setAll(values: RowValues): this {
    Object.assign(this.form, values);
    return this;
  }
  /** Replace a table's rows (raw values by field key / month). */
  rows(table: string, rows: readonly RowValues[]): this {
    this.tableRows[table] = [...rows];
    return this;
  }
  /** Append one raw row to a table. */
  addRow(table: string, row: RowValues): this {
    (this.tableRows[table] ??= []).push(row);
    return this;
  }
  /** Empty a table (it keeps its header and one empty body row, as Excel does). */
  emptyTable(table: string): this {
    return this.rows(table, []);
  }
  /** `plan_start` = the 1st of `month`; month columns follow unless set with `months`. */
  starting(month: Month): this {
    this.startMonth = month;
    return this.set("plan_start", serial(`${month}-01`));
  }
  /** `plan_period` (quarter / half_year / year), written as its label. */
  lasting(period: "quarter" | "half_year" | "year"): this {
    this.periodKey = period;
    return this.set("plan_period", this.label("plan_periods", period));
  }
  /** The SalesPlan / SalesActual month column headers, explicitly. */
  months(months: readonly Month[]): this {
    this.monthList = [...months];
    return this;
  }
  /** A SalesPlan row: amounts for the plan months in order (currency units). */
  withSales(item: string, amounts: readonly (number | null)[]): this {
    return this.addRow("SalesPlan", this.monthRow(item, amounts));
  }
  /** A SalesActual row, like `withSales`. */
  withActual(item: string, amounts: readonly (number | null)[]): this {
    return this.addRow("SalesActual", this.monthRow(item, amounts));
  }
  /** A Team row; `role` is a team_roles key, written as its label. */
  withMember(member: string, role: string, timeShare: number | null = null): this {
    return this.addRow("Team", {
      member,
      role: this.label("team_roles", role),
      time_share: timeShare,
    });
  }
  /** A KPI row; `period` is a period_types key. */
  withKpi(
    kpi: string,
    period: string,
    target: number,
    weight: number,
    actual: number | null = null
  ): this {
    return this.addRow("KPI", {
      kpi,
      period: this.label("period_types", period),
      target,
      weight,
      actual,
    });
  }
  /** A DiscountTiers row; `condition` and `basis` are list keys. */
  withTier(condition: string, basis: string, threshold: number, rate: number): this {
    return this.addRow("DiscountTiers", {
      condition: this.label("discount_conditions", condition),
      basis_period: this.label("period_types", basis),
      threshold,
      rate,
    });
  }
  /** An Activities row; `status` an activity_status key. */
  withActivity(
    activity: string,
    date: string | null,
    cost: number | null,
    status: string | null = null
  ): this {
    return this.addRow("Activities", {
      activity,
      date: date === null ? null : serial(date),
      cost,
      status: status === null ? null : this.label("activity_status", status),
    });
  }
  /** The list label of `value` in the builder's language (the key itself when unknown). */
  label(list: string, value: string): string {
    const found = this.config.lists
      .find((l) => l.key === list)
      ?.values.find((v) => v.value === value);
    return found ? found.label[this.language] : value;
  }
  /** Delete a sheet (its names break, its tables go). */
  withoutSheet(sheet: string): this {
    this.droppedSheets.add(sheet);
    return this;
  }
  /** Delete a form field's defined name. */
  withoutName(key: string): this {
    this.droppedNames.add(key);
    return this;
  }
  /** Make a defined name point at `#REF!`. */
  breakName(key: string): this {
    this.brokenNames.add(key);
    return this;
  }
  /** Delete (or rename away) a table. */
  without(table: string): this {
    this.droppedTables.add(table);
    return this;
  }
  /** Delete a field's column from its table. */
  withoutColumn(table: string, fieldKey: string): this {
    (this.droppedColumns[table] ??= new Set()).add(fieldKey);
    return this;
  }
  /** Add a column header the configuration does not know (its cells stay empty). */
  withExtraColumn(table: string, header: string): this {
    (this.extraHeaders[table] ??= []).push(header);
    return this;
  }
  /** Replace a table's header row outright (cells are then taken by position from rows' field order). */
  withHeaders(table: string, headers: readonly string[]): this {
    this.headerOverrides[table] = [...headers];
    return this;
  }
  /** Leave out the Config tables (a bare workbook). */
  withoutConfigTables(): this {
    this.configTables = false;
    return this;
  }
  /** The Settings `template_version` value (null: row present but empty). */
  templateVersion(version: string | null): this {
    this.version = version;
    return this;
  }

  /** The snapshot as a reader would produce it. */
  snapshot(): WorkbookSnapshot {
    return buildSnapshot(this.state());
  }
  /** `readPlan` of the snapshot with the builder's configuration and language. */
  read(): PlanReading {
    return readPlan(this.snapshot(), this.config, this.language);
  }
  /** The typed plan (findings dropped; use `read()` to see them). */
  plan(): Plan {
    return this.read().plan;
  }

  private monthRow(item: string, amounts: readonly (number | null)[]): RowValues {
    const row: Record<string, CellValue> = { item };
    this.planMonths().forEach((m, i) => (row[m] = amounts[i] ?? null));
    return row;
  }
  private planMonths(): Month[] {
    if (this.monthList) return this.monthList;
    if (!this.startMonth || !this.periodKey) return [];
    return monthsFrom(this.startMonth, PERIOD_MONTHS[this.periodKey] ?? 0);
  }
  private state(): BuildState {
    return {
      config: this.config,
      lang: this.language,
      form: this.form,
      tableRows: this.tableRows,
      months: this.planMonths(),
      droppedSheets: this.droppedSheets,
      droppedNames: this.droppedNames,
      brokenNames: this.brokenNames,
      droppedTables: this.droppedTables,
      headerOverrides: this.headerOverrides,
      extraHeaders: this.extraHeaders,
      droppedColumns: this.droppedColumns,
      configTables: this.configTables,
      version: this.version,
    };
  }
}

interface BuildState {
  readonly config: KamConfig;
  readonly lang: Lang;
  readonly form: Readonly<Record<string, CellValue>>;
  readonly tableRows: Readonly<Record<string, readonly RowValues[]>>;
  readonly months: readonly Month[];
  readonly droppedSheets: ReadonlySet<string>;
  readonly droppedNames: ReadonlySet<string>;
  readonly brokenNames: ReadonlySet<string>;
  readonly droppedTables: ReadonlySet<string>;
  readonly headerOverrides: Readonly<Record<string, readonly string[]>>;
  readonly extraHeaders: Readonly<Record<string, readonly string[]>>;
  readonly droppedColumns: Readonly<Record<string, ReadonlySet<string>>>;
  readonly configTables: boolean;
  readonly version: string | null | undefined;
}

function rollupHeaders(monthCount: number, lang: Lang): string[] {
  const keys = [
    ...["q1", "q2", "q3", "q4"].slice(0, Math.floor(monthCount / 3)),
    ...(monthCount >= 6 ? ["h1"] : []),
    ...(monthCount >= 12 ? ["h2"] : []),
    "total",
  ];
  return keys.map((k) => BLOCK_HEADERS[k]?.[lang] ?? k);
}

function buildSnapshot(s: BuildState): WorkbookSnapshot {
  const names: SnapshotName[] = [];
  const tables: SnapshotTable[] = [];
  const nextRow: Record<string, number> = {};
  for (const section of s.config.sections) {
    const sheet = section.sheet;
    let row = nextRow[sheet] ?? 2;
    const fields = s.config.fields.filter((f) => f.section === section.key);
    if (section.kind === "form") {
      for (const field of fields) {
        if (!s.droppedNames.has(field.key)) {
          const broken = s.brokenNames.has(field.key) || s.droppedSheets.has(sheet);
          const value = field.type.kind === "computed" ? null : (s.form[field.key] ?? null);
          names.push({
            name: field.key,
            sheet: broken ? null : sheet,
            address: broken ? null : formatA1({ row, col: 2 }),
            value: broken ? null : value,
          });
        }
        row += 1;
      }
    } else {
      const isMonths = MONTH_TABLES.includes(section.key);
      const columns: string[] = fields
        .filter((f) => !s.droppedColumns[section.key]?.has(f.key))
        .map((f) => f.key);
      const cols = [...columns, ...(isMonths ? s.months : [])];
      const defaultHeaders = [
        ...columns.map((k) => fields.find((f) => f.key === k)?.label[s.lang] ?? k),
        ...(isMonths ? [...s.months, ...rollupHeaders(s.months.length, s.lang)] : []),
        ...(s.extraHeaders[section.key] ?? []),
      ];
      const headers = s.headerOverrides[section.key] ?? defaultHeaders;
      const body = (s.tableRows[section.key] ?? []).map((r) =>
        headers.map((_, i) => (i < cols.length ? (r[cols[i] ?? ""] ?? null) : null))
      );
      const rows = body.length > 0 ? body : [headers.map(() => null)];
      if (!s.droppedTables.has(section.key) && !s.droppedSheets.has(sheet)) {
        tables.push({
          name: section.key,
          sheet,
          address: rangeA1({ row, col: 0 }, rows.length + 1, headers.length),
          headers,
          rows,
        });
      }
      row += rows.length + 3;
    }
    nextRow[sheet] = row + 1;
  }
  if (s.configTables && !s.droppedSheets.has("Config")) {
    let row = 0;
    for (const grid of configToTables(s.config)) {
      const rows =
        grid.name === "Settings" && s.version !== undefined
          ? grid.rows.map((r) => (r[0] === "template_version" ? [r[0], s.version ?? null] : r))
          : grid.rows;
      tables.push({
        name: grid.name,
        sheet: "Config",
        address: rangeA1({ row, col: 0 }, rows.length + 1, grid.headers.length),
        headers: grid.headers,
        rows,
      });
      row += rows.length + 3;
    }
  }
  const sheets = ["ActionPlan", "Dossier", "Config"]
    .filter((n) => !s.droppedSheets.has(n))
    .map((name) => ({ name, visible: true }));
  return { sheets, names, tables };
}

/** A workbook with every sheet, defined name and table of DEFAULT_CONFIG and no values. */
export function aSnapshot(): WorkbookBuilder {
  return new WorkbookBuilder();
}

/**
 * A complete, valid half-year plan from 2027-01 (today for it: any day in
 * 2027-01-10 … 2027-04-09, e.g. '2027-02-01'): no findings at all, so a test
 * changes one thing and sees exactly the finding it expects.
 */
export function aPlan(): WorkbookBuilder {
  return PLAN_FIXTURE(new WorkbookBuilder());
}
