import { aCustomField } from "../../domain/testing/custom-field";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { FieldDef, KamConfig } from "../../domain/config/types";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../../xlsx/write";
import { recalcWithLibreOffice } from "../../xlsx/parity/libreoffice";
import { resaveWithLibreOffice } from "../../xlsx/read/testing/soffice";
import {
  addUserEdits,
  sheetValues,
  USER_SHEET,
  type UserEdits,
} from "../../xlsx/patch/testing/user-edits";
import { sheetPart } from "../../xlsx/patch/testing/edit-package";
import { withConfigSheetOf } from "../testing/layouts";
import { completePlanValues } from "../testing/plans";
import { kamPlan } from "../testing/run";

// LibreOffice and openpyxl are part of the test set-up (.ci/run installs them): no silent skip.
jest.setTimeout(240_000);

/** A field the SKAM adds before credit_limit: every row from credit_limit down moves one row. */
const REGION: FieldDef = aCustomField(
  "PlanHeader",
  "region",
  { ru: "Регион", en: "Region" },
  { help: { ru: "Регион клиента", en: "The client's region" }, order: 11.5 }
);
const EDITED: KamConfig = { ...DEFAULT_CONFIG, fields: [...DEFAULT_CONFIG.fields, REGION] };

const old = buildLayout(DEFAULT_CONFIG, {
  lang: "ru",
  start: "2027-01",
  period: "year",
  values: completePlanValues(),
});
const plan = old.sheets.find((s) => s.name === "ActionPlan");
const sales = plan?.tables.find((t) => t.name === "SalesPlan");
/** The row just below SalesPlan (1-based). */
const BELOW = Number(/\d+/.exec(sales?.topLeft ?? "")?.[0]) + (sales?.rows.length ?? 0) + 1;
const CREDIT = old.names.find((n) => n.name === "credit_limit")?.address ?? "";
const EDITS: UserEdits = {
  note: { cell: "E4", text: "позвонить в пятницу" },
  below: { row: BELOW, item: "Творог", amount: 5000 },
  managedCell: CREDIT,
};

async function part(file: string, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(await readFile(file))).file(name)?.async("string")) ?? "";
}

async function partNames(file: string): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(await readFile(file))).files);
}

describe("restructuring a plan keeps the user's own work (issue 11, case 2)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-user-work-"));
    const edited = buildLayout(EDITED, { lang: "ru", start: "2027-01", period: "year" });
    await writeFile(join(dir, "written.xlsx"), await writeWorkbook(withConfigSheetOf(old, edited)));
    await writeFile(join(dir, "written-applied.xlsx"), await writeWorkbook(old));
    await addUserEdits(dir, join(dir, "written.xlsx"), join(dir, "plan.xlsx"), EDITS);
    await addUserEdits(dir, join(dir, "written-applied.xlsx"), join(dir, "current.xlsx"), EDITS);
    await resaveWithLibreOffice(
      [join(dir, "plan.xlsx"), join(dir, "current.xlsx")],
      join(dir, "lo")
    );
    await writeFile(
      join(dir, "fact.csv"),
      "Номенклатура;Месяц;Сумма\nМолоко;2027-03;91000\nКефир;2027-03;48000\n"
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("the fixture has what a person made: a user sheet with a chart, a comment, a note, a row below SalesPlan", async () => {
    const file = join(dir, "lo", "plan.xlsx");
    const names = await partNames(file);
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(true);
    const before = await sheetValues(file, "ActionPlan");
    expect(before.get("E4")).toBe("позвонить в пятницу");
    expect(before.get(`A${BELOW}`)).toBe("Творог");
  });

  it("apply-config keeps the user sheet, the note, the row below the table, the comment, the chart and the name; A1 references follow their cells", async () => {
    await copyFile(join(dir, "lo", "plan.xlsx"), join(dir, "apply.xlsx"));
    const run = await kamPlan(["apply-config", "apply.xlsx", "-o", "applied.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = join(dir, "applied.xlsx");
    const plan = await sheetValues(file, "ActionPlan");
    expect(plan.get("E4")).toBe("позвонить в пятницу");
    // The new field pushes everything from credit_limit down by one row: the typed row moves with SalesPlan.
    expect(plan.get(`A${BELOW + 1}`)).toBe("Творог");
    expect(plan.get(`B${BELOW + 1}`)).toBe(5000);
    const user = await sheetValues(file, USER_SHEET);
    expect(user.get("A1")).toBe("Лимит x2");
    const names = await partNames(file);
    expect(names.some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const comments = names.find((n) => /^xl\/comments\d*\.xml$/.test(n)) ?? "";
    expect(await part(file, comments)).toContain('ref="E4"');
    const workbook = await part(file, "xl/workbook.xml");
    expect(workbook).toMatch(/name="my_total"[^>]*>&apos;Мои расчёты&apos;!\$C\$1:\$C\$3</);
    expect(workbook).toMatch(/name="region"[^>]*>ActionPlan!\$B\$15</);
    const row = Number(CREDIT.slice(1));
    const userXml = await sheetXmlOf(file, USER_SHEET);
    expect(userXml).toMatch(new RegExp(`<f[^>]*>ActionPlan!B${row + 1}\\*2</f>`));
    expect(userXml).toMatch(new RegExp(`<f[^>]*>ActionPlan!B${BELOW + 1}</f>`));
    expect(run.stdout).toMatch(/сохранено 3 \(сдвинуто вместе с разметкой: 2\)/);

    await recalcWithLibreOffice([file], join(dir, "recalc-apply"));
    const computed = await sheetValues(join(dir, "recalc-apply", "applied.xlsx"), USER_SHEET);
    expect(
      [...computed.values()].filter((v) => typeof v === "string" && v.startsWith("#"))
    ).toEqual([]);
    expect(computed.get("B1")).toBe(10_000_000);
    expect(computed.get("B2")).toBe(150_000);
    expect(computed.get("B3")).toBe("ООО «Альфа»");
    expect(computed.get("B4")).toBe(60);
    expect(computed.get("B5")).toBe(5000);
  });

  it("import-actuals keeps the same work and the formulas compute without #REF!", async () => {
    // A plan whose Config is applied (import-actuals refuses a pending Config change).
    await copyFile(join(dir, "lo", "current.xlsx"), join(dir, "import.xlsx"));
    const run = await kamPlan(
      ["import-actuals", "import.xlsx", "fact.csv", "-o", "imported.xlsx"],
      dir
    );
    expect(run.stderr + run.stdout).toMatch(/Записано: imported\.xlsx/);
    expect(run.code).toBe(0);
    const file = join(dir, "imported.xlsx");
    const plan = await sheetValues(file, "ActionPlan");
    expect(plan.get("E4")).toBe("позвонить в пятницу");
    expect(plan.get(`A${BELOW}`)).toBe("Творог");
    expect((await partNames(file)).some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    await recalcWithLibreOffice([file], join(dir, "recalc-import"));
    const computed = await sheetValues(join(dir, "recalc-import", "imported.xlsx"), USER_SHEET);
    expect(
      [...computed.values()].filter((v) => typeof v === "string" && v.startsWith("#"))
    ).toEqual([]);
    expect(computed.get("B1")).toBe(10_000_000);
    expect(computed.get("B2")).toBe(150_000);
    expect(computed.get("B5")).toBe(5000);
  });
});

async function sheetXmlOf(file: string, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  return (await zip.file(await sheetPart(zip, sheet))?.async("string")) ?? "";
}
