import fc from "fast-check";
import { configFromSnapshot } from "../config/from-snapshot";
import type { Finding } from "../findings";
import type { SnapshotTable, WorkbookSnapshot } from "../snapshot";
import { summarize } from "../summary";
import { aPlan } from "../testing/builders";
import type { KamConfig } from "../config/types";
import type { CellValue, Lang } from "../values";
import { readPlan } from "./read-plan";

const LONG = "Ж".repeat(10_000);
const EDGE_TEXT = [
  "",
  " ",
  "\u00a0",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "=SUM(A1:A9)",
  "=1/0",
  "+7 999",
  "@x",
  "31.02.2027",
  "2027-01-15",
  "5%",
  "1 000,50",
  "да",
  "нет",
  "TRUE",
  "list",
  "list:",
  "list:segments",
  "computed",
  "ActionPlan",
  "form",
  "table",
  "template_version",
  "language",
  "1.0.0",
  "0.0.1",
  "kam",
  "КАМ",
  "Полугодие",
  "#REF!",
  LONG,
];

/** Any raw cell: wrong types, huge numbers, NaN-like text, empty strings, 10k-char strings, text starting with `=`. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double(),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    0.1 + 0.2,
    46388,
    60,
    1e13,
    -0
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...EDGE_TEXT)
);

const BASE = aPlan().snapshot();

function assertWellPlaced(findings: readonly Finding[]): void {
  for (const f of findings) {
    const placed =
      f.cell !== null || f.name !== null || (f.code === "SHEET_MISSING" && f.sheet !== null);
    if (!placed) throw new Error(`Finding without a place: ${JSON.stringify(f)}`);
    if (typeof f.message !== "string" || f.message.length === 0)
      throw new Error(`Finding without a message: ${f.code}`);
  }
}

function checkPlan(snapshot: WorkbookSnapshot, config: KamConfig, lang: Lang): void {
  const { plan, findings } = readPlan(snapshot, config, lang);
  assertWellPlaced(findings);
  const summary = summarize(plan, findings);
  if (!(summary.completeness >= 0 && summary.completeness <= 1))
    throw new Error(`completeness ${summary.completeness}`);
}

function check(snapshot: WorkbookSnapshot, lang: Lang): void {
  const config = configFromSnapshot(snapshot);
  assertWellPlaced(config.findings);
  checkPlan(snapshot, config.config, lang);
}

/** A random edit of one table: set cells, drop rows, add rows, rename headers. */
const tableEdit = fc.record({
  table: fc.nat(),
  cells: fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { maxLength: 6 }),
  dropRow: fc.option(fc.nat(), { nil: undefined }),
  addRow: fc.option(fc.array(cellValue, { maxLength: 16 }), { nil: undefined }),
  header: fc.option(
    fc.tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom("key", "value", "type", "2027-01", "Итого", "Total")
      )
    ),
    { nil: undefined }
  ),
});
type TableEdit = typeof tableEdit extends fc.Arbitrary<infer T> ? T : never;

function edit(tables: readonly SnapshotTable[], e: TableEdit): SnapshotTable[] {
  return tables.map((t, i) => {
    if (i !== e.table % tables.length) return t;
    let rows = t.rows.map((r) => [...r]);
    for (const [r, c, v] of e.cells) {
      const row = rows[r % Math.max(rows.length, 1)];
      if (row && row.length > 0) row[c % row.length] = v;
    }
    if (e.dropRow !== undefined && rows.length > 0) rows.splice(e.dropRow % rows.length, 1);
    if (e.addRow) rows = [...rows, t.headers.map((_, c) => e.addRow?.[c] ?? null)];
    const headers = [...t.headers];
    if (e.header && headers.length > 0) headers[e.header[0] % headers.length] = e.header[1];
    return { ...t, headers, rows };
  });
}

// 10,000 runs in all; each run reads a whole workbook.
jest.setTimeout(120_000);

describe("fuzz: configFromSnapshot + readPlan never throw and place every finding", () => {
  it("survives random Config grids", () => {
    const configTables = BASE.tables.filter((t) => t.sheet === "Config");
    const planTables = BASE.tables.filter((t) => t.sheet !== "Config");
    fc.assert(
      fc.property(
        fc.array(tableEdit, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom<Lang>("ru", "en"),
        (edits, dropOne, lang) => {
          let tables = configTables;
          for (const e of edits) tables = edit(tables, e);
          if (dropOne) tables = tables.slice(1);
          check({ ...BASE, tables: [...planTables, ...tables] }, lang);
        }
      ),
      { numRuns: 4000 }
    );
  });

  it("survives random cell values in forms and tables, and broken structure", () => {
    // The Config tables are untouched here: their configuration is read once.
    const { config } = configFromSnapshot(BASE);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), cellValue), { maxLength: 8 }),
        fc.array(tableEdit, { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 2 }),
        fc.constantFrom<Lang>("ru", "en"),
        (names, edits, dropped, lang) => {
          const nameList = BASE.names.map((n, i) => {
            const hit = names.find(([j]) => j % BASE.names.length === i);
            return hit ? { ...n, value: hit[1] } : n;
          });
          const planTables = BASE.tables.filter((t) => t.sheet !== "Config");
          let tables = planTables;
          for (const e of edits) tables = edit(tables, e);
          const sheets = BASE.sheets.filter((_, i) => !dropped.includes(i));
          checkPlan(
            {
              sheets,
              names: nameList,
              tables: [...tables, ...BASE.tables.filter((t) => t.sheet === "Config")],
            },
            config,
            lang
          );
        }
      ),
      { numRuns: 6000 }
    );
  });
});
