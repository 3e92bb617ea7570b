import { DEFAULT_CONFIG } from "../../config/defaults";
import type { KamConfig, Settings } from "../../config/types";
import { isMonth, planMonths } from "../../periods";
import type { Plan, PlanRow, PlanTable, TypedValue } from "../../plan";
import { formatA1 } from "../../read/a1";
import type { CellRef, Month } from "../../values";

/**
 * Test data for the calculators and rule checks: a typed `Plan` built
 * directly (no workbook), on the default configuration. A row is written as
 * its values by field key plus `YYYY-MM` keys for month amounts (minor units):
 * `{ item: 'Bolts', '2027-01': 100_00 }` (a month given, even 0, is a filled cell). Cells get stable addresses: form
 * fields in column C from row 2 of their sheet, tables below one another.
 */
export interface PlanSpec {
  readonly form?: Readonly<Record<string, TypedValue | null>>;
  readonly tables?: Readonly<
    Record<string, readonly Readonly<Record<string, TypedValue | null>>[]>
  >;
  /** Tables to leave out of the workbook (`present: false`). */
  readonly missingTables?: readonly string[];
  /** Month columns of SalesPlan / SalesActual; default: the plan's months. */
  readonly monthColumns?: readonly Month[];
  readonly settings?: Partial<Settings>;
}

/** A typed plan for tests (see `PlanSpec`). */
export function planOf(spec: PlanSpec = {}): Plan {
  const config: KamConfig = {
    ...DEFAULT_CONFIG,
    settings: { ...DEFAULT_CONFIG.settings, ...spec.settings },
  };
  const form: Record<string, TypedValue | null> = {};
  const formRefs: Record<string, CellRef> = {};
  const nextRow: Record<string, number> = {};
  for (const section of config.sections.filter((s) => s.kind === "form")) {
    for (const field of config.fields.filter((f) => f.section === section.key)) {
      const row = (nextRow[section.sheet] ?? 1) + 1;
      nextRow[section.sheet] = row;
      formRefs[field.key] = { sheet: section.sheet, cell: `C${row}` };
      form[field.key] = spec.form?.[field.key] ?? null;
    }
  }
  const start = spec.form?.plan_start;
  const period = spec.form?.plan_period;
  const defaultMonths =
    typeof start === "number" && typeof period === "string" ? planMonths(start, period) : [];
  const tables: Record<string, PlanTable> = {};
  for (const section of config.sections.filter((s) => s.kind === "table")) {
    const headerRow = (nextRow[section.sheet] ?? 1) + 2;
    const fields = config.fields.filter(
      (f) => f.section === section.key && f.type.kind !== "computed"
    );
    const isSales = section.key === "SalesPlan" || section.key === "SalesActual";
    const monthColumns = isSales ? (spec.monthColumns ?? defaultMonths) : [];
    const specRows = spec.tables?.[section.key] ?? [];
    const rows: PlanRow[] = specRows.map((values, index) => {
      const row = headerRow + 1 + index;
      const refs: Record<string, CellRef> = {};
      const typed: Record<string, TypedValue | null> = {};
      fields.forEach((field, col) => {
        refs[field.key] = { sheet: section.sheet, cell: formatA1({ row, col }) };
        typed[field.key] = values[field.key] ?? null;
      });
      const months: Record<Month, number> = {};
      const monthRefs: Record<Month, CellRef> = {};
      monthColumns.forEach((month, i) => {
        months[month] = 0;
        monthRefs[month] = {
          sheet: section.sheet,
          cell: formatA1({ row, col: fields.length + i }),
        };
      });
      const filledMonths: Month[] = [];
      for (const [key, value] of Object.entries(values)) {
        if (isMonth(key) && typeof value === "number") {
          months[key] = value;
          filledMonths.push(key);
        }
      }
      return { index, values: typed, refs, months, filledMonths, monthRefs };
    });
    nextRow[section.sheet] = headerRow + rows.length + 1;
    const present = !(spec.missingTables ?? []).includes(section.key);
    tables[section.key] = {
      key: section.key,
      present,
      ref: present ? { sheet: section.sheet, cell: formatA1({ row: headerRow, col: 0 }) } : null,
      rows: present ? rows : [],
      monthColumns: present ? monthColumns : [],
    };
  }
  return {
    config,
    form,
    formRefs,
    tables,
    workbookTemplateVersion: config.settings.templateVersion,
  };
}
