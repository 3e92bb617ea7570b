import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { formatA1, parseA1 } from "../domain/read/a1";
import { buildLayout } from "../layout/build";
import type { WorkbookValues } from "../layout/types";
import { writeWorkbook } from "../xlsx/write";
import type { FileFinding as FindingRecord } from "../domain/findings";
import { addTableColumn, moveTable, shiftSheet } from "./testing/layouts";
import { completePlanValues } from "./testing/plans";
import { kamPlan } from "./testing/run";

/** A plan with a few findings: a Team row without its role, a sales item not in the assortment. */
function planWithFindings(): WorkbookValues {
  const values = completePlanValues();
  const team = (values.tables.Team ?? []).map((row, i) =>
    i === 1 ? { member: row.member ?? null } : row
  );
  const sales = [...(values.tables.SalesPlan ?? []), { item: "Сметана", "2027-03": 1000 }];
  return { ...values, tables: { ...values.tables, Team: team, SalesPlan: sales } };
}

const ROWS_INSERTED = 3;
const COMPETITORS_MOVED = 12;

function shifted(record: FindingRecord, name: string | null): string | null {
  const at = record.cell === null ? null : parseA1(record.cell);
  if (at === null) return record.cell;
  if (record.sheet === "ActionPlan") return formatA1({ row: at.row + ROWS_INSERTED, col: at.col });
  if (record.sheet === "Dossier" && name === "Competitors")
    return formatA1({ row: at.row, col: at.col + COMPETITORS_MOVED });
  return record.cell;
}

describe("a workbook edited the way people edit", () => {
  let dir: string;
  let original: FindingRecord[];
  let edited: FindingRecord[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-edited-"));
    const layout = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: planWithFindings(),
    });
    const edits = moveTable(
      addTableColumn(
        shiftSheet(layout, "ActionPlan", ROWS_INSERTED, 0),
        "Assortment",
        "Комментарий",
        ["хит продаж"]
      ),
      "Competitors",
      0,
      COMPETITORS_MOVED
    );
    await writeFile(join(dir, "original.xlsx"), await writeWorkbook(layout));
    await writeFile(join(dir, "edited.xlsx"), await writeWorkbook(edits));
    original = JSON.parse(
      (await kamPlan(["check", "original.xlsx", "--format", "json"], dir)).stdout
    ) as FindingRecord[];
    edited = JSON.parse(
      (await kamPlan(["check", "edited.xlsx", "--format", "json"], dir)).stdout
    ) as FindingRecord[];
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds the same problems as before the edit", () => {
    expect(original.map((f) => f.code).sort()).toEqual([
      "REQUIRED_MISSING",
      "SALES_ITEM_NOT_IN_ASSORTMENT",
      "TEAM_NO_EXECUTIVE_SPONSOR",
    ]);
    expect(edited.map((f) => f.code).sort()).toEqual([
      "COLUMN_UNKNOWN",
      "REQUIRED_MISSING",
      "SALES_ITEM_NOT_IN_ASSORTMENT",
      "TEAM_NO_EXECUTIVE_SPONSOR",
    ]);
  });

  it("names the cells where the values are now (rows inserted above)", () => {
    for (const finding of original) {
      const moved = edited.find((f) => f.code === finding.code);
      expect(moved).toMatchObject({ sheet: finding.sheet, cell: shifted(finding, finding.name) });
    }
  });

  it("reports the column a person added as unknown, at its header", () => {
    const added = edited.find((f) => f.code === "COLUMN_UNKNOWN");
    expect(added).toMatchObject({ severity: "warning", sheet: "ActionPlan" });
    expect(added?.message).toContain("Комментарий");
  });

  it("still reads the moved Competitors block (no COMPETITOR_TYPES_UNCOVERED, no TABLE_MISSING)", () => {
    expect(
      edited.some((f) => f.code === "TABLE_MISSING" || f.code === "COMPETITOR_TYPES_UNCOVERED")
    ).toBe(false);
  });
});
