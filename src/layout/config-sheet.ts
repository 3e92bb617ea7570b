import { configToTables } from "../domain/config/grids";
import type { KamConfig } from "../domain/config/types";
import type { SheetPasswordHash } from "../domain/snapshot";
import { columnLetter } from "../domain/read/a1";
import type { Lang } from "../domain/values";
import { GENERAL_FORMAT } from "./formats";
import { LOCKED_SHEET, SHEET } from "./sheets";
import { text } from "../domain/text/layout";
import type { CellLayout, SheetLayout, SheetProtection, TableLayout } from "./types";

/**
 * `template --lock-config [--password P]` (spec §11): the Config sheet protected, its cells
 * locked. A restructuring keeps a workbook's lock (`WorkbookValues.configLock`) with the hash
 * it has: the password itself is never known then.
 */
export interface ConfigLock {
  /** Excel's sheet password; absent: protected without one (or with `passwordHash`). */
  readonly password?: string;
  /** The stored hash of the password the Config sheet already has (kept by a restructuring). */
  readonly passwordHash?: SheetPasswordHash;
}

const TITLES = {
  Settings: "settingsTitle",
  Sections: "sectionsTitle",
  Fields: "fieldsTitle",
  Lists: "listValuesTitle",
} as const;

/**
 * The `Config` sheet: the four tables Settings, Sections, Fields, Lists of
 * `configToTables` (machine-name headers, the same in both languages), each
 * under a title in the workbook language, widest first (Fields, Sections,
 * Lists, Settings) so adding a row never splits a table below. Not protected:
 * it is the SKAM's tool (template_version is "read-only for people" by
 * convention; the add-in rewrites it). With `lock` it is protected (with Excel's
 * sheet password when one is given) and every cell locked: a deterrent against a
 * KAM changing the format; the reference check (`--config`) is the guard.
 */
export function configSheet(config: KamConfig, lang: Lang, lock?: ConfigLock): SheetLayout {
  const cells: CellLayout[] = [
    {
      address: "A1",
      content: { kind: "value", value: text("configTitle", lang) },
      numberFormat: "@",
      locked: true,
      style: "title",
    },
    {
      address: "A2",
      content: { kind: "value", value: text("configHint", lang) },
      numberFormat: "@",
      locked: true,
      style: "help",
    },
  ];
  const tables: TableLayout[] = [];
  const grids = [...configToTables(config)].sort((a, b) => b.headers.length - a.headers.length);
  let row = 4;
  for (const grid of grids) {
    cells.push({
      address: `A${row}`,
      content: { kind: "value", value: text(TITLES[grid.name], lang) },
      numberFormat: "@",
      locked: true,
      style: "section",
    });
    const rows =
      grid.rows.length > 0
        ? grid.rows.map((r) => grid.headers.map((_, i) => r[i] ?? null))
        : [grid.headers.map(() => null)];
    tables.push({
      name: grid.name,
      topLeft: `A${row + 1}`,
      columns: grid.headers.map((header) => ({
        key: header,
        header,
        formula: null,
        numberFormat: GENERAL_FORMAT,
        locked: lock !== undefined,
        style: "input",
        totals: null,
      })),
      rows,
      style: "TableStyleLight9",
      showRowStripes: true,
      totalsRow: false,
    });
    row += rows.length + 4;
  }
  const widest = Math.max(...grids.map((g) => g.headers.length));
  return {
    name: SHEET.config,
    visibility: "visible",
    protection: lock === undefined ? null : lockedConfig(lock),
    freeze: { rows: 0, columns: 0 },
    columnWidths: Array.from({ length: widest }, (_, i) => ({
      column: columnLetter(i),
      width: i < 2 ? 24 : 18,
    })),
    cells,
    tables,
    validations: [],
    merges: [],
  };
}

function lockedConfig(lock: ConfigLock): SheetProtection {
  if (lock.password !== undefined) return { ...LOCKED_SHEET, password: lock.password };
  if (lock.passwordHash !== undefined) return { ...LOCKED_SHEET, passwordHash: lock.passwordHash };
  return LOCKED_SHEET;
}
