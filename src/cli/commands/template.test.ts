import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { serialOfDate } from "../../domain/periods";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { TEMPLATE_VERSION } from "../../domain/version";
import { buildLayout } from "../../layout/build";
import { readWorkbookFile } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import { editTableRows } from "../testing/layouts";
import { listLabel } from "../testing/plans";
import { kamPlan } from "../testing/run";

const nameValue = (s: WorkbookSnapshot, name: string): unknown =>
  s.names.find((n) => n.name === name)?.value;
const setting = (s: WorkbookSnapshot, key: string): unknown =>
  s.tables.find((t) => t.name === "Settings")?.rows.find((r) => r[0] === key)?.[1];
const monthHeaders = (s: WorkbookSnapshot): string[] =>
  (s.tables.find((t) => t.name === "SalesPlan")?.headers ?? []).filter((h) =>
    /^\d{4}-\d{2}$/.test(h)
  );

// The first test loads the layout and the writer: seconds on a loaded machine (2 cores, 8 engineers).
jest.setTimeout(60_000);

describe("kam-plan template", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-template-"));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("defaults to Russian, next month and a year", async () => {
    const run = await kamPlan(["template", "plan.xlsx"], dir);
    expect(run).toEqual({
      code: 0,
      stdout: "Создан plan.xlsx: план с 2027-02, период year, язык ru\n",
      stderr: "",
    });
    const snapshot = await readWorkbookFile(join(dir, "plan.xlsx"));
    expect(snapshot.sheets.filter((s) => s.visible).map((s) => s.name)).toEqual([
      "Summary",
      "ActionPlan",
      "Dossier",
      "Config",
    ]);
    expect(nameValue(snapshot, "plan_start")).toBe(serialOfDate(2027, 2, 1));
    expect(nameValue(snapshot, "plan_period")).toBe(listLabel("plan_periods", "year", "ru"));
    expect(monthHeaders(snapshot)).toEqual([
      "2027-02",
      "2027-03",
      "2027-04",
      "2027-05",
      "2027-06",
      "2027-07",
      "2027-08",
      "2027-09",
      "2027-10",
      "2027-11",
      "2027-12",
      "2028-01",
    ]);
    expect(setting(snapshot, "language")).toBe("ru");
    expect(setting(snapshot, "template_version")).toBe(TEMPLATE_VERSION);
    expect(await readdir(dir)).toEqual(["plan.xlsx"]);
  });

  it("takes --lang, --start and --period", async () => {
    expect(
      (
        await kamPlan(
          ["template", "q.xlsx", "--lang", "en", "--start", "2027-04", "--period", "quarter"],
          dir
        )
      ).code
    ).toBe(0);
    const snapshot = await readWorkbookFile(join(dir, "q.xlsx"));
    expect(monthHeaders(snapshot)).toEqual(["2027-04", "2027-05", "2027-06"]);
    expect(setting(snapshot, "language")).toBe("en");
    expect(nameValue(snapshot, "plan_period")).toBe(listLabel("plan_periods", "quarter", "en"));
  });

  it("with --force replaces an existing file whole, leaving no temporary file", async () => {
    await writeFile(join(dir, "plan.xlsx"), "old");
    expect((await kamPlan(["template", "plan.xlsx", "--period", "half_year"], dir)).code).toBe(2);
    expect(
      (await kamPlan(["template", "plan.xlsx", "--period", "half_year", "--force"], dir)).code
    ).toBe(0);
    expect(monthHeaders(await readWorkbookFile(join(dir, "plan.xlsx")))).toHaveLength(6);
    expect(await readdir(dir)).toEqual(["plan.xlsx"]);
  });

  it("builds from the Config of another workbook with --config (its labels, fields and language)", async () => {
    const custom: KamConfig = {
      ...DEFAULT_CONFIG,
      settings: { ...DEFAULT_CONFIG.settings, language: "en" },
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.section === "Assortment" && f.key === "item"
          ? { ...f, label: { ru: "Артикул", en: "SKU" } }
          : f
      ),
    };
    await writeFile(
      join(dir, "config.xlsx"),
      await writeWorkbook(buildLayout(custom, { lang: "en", start: "2027-01", period: "year" }))
    );
    expect(
      (await kamPlan(["template", "from-config.xlsx", "--config", "config.xlsx"], dir)).code
    ).toBe(0);
    const snapshot = await readWorkbookFile(join(dir, "from-config.xlsx"));
    expect(snapshot.tables.find((t) => t.name === "Assortment")?.headers[0]).toBe("SKU");
    expect(setting(snapshot, "language")).toBe("en");
  });

  it("refuses a broken --config: prints CONFIG_INVALID with the Config cell, exits 1, writes nothing", async () => {
    const broken = editTableRows(
      buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year" }),
      "Fields",
      (headers, rows) => {
        const type = headers.indexOf("type");
        return rows.map((row, i) =>
          i === 0 ? row.map((cell, col) => (col === type ? "money" : cell)) : row
        );
      }
    );
    await writeFile(join(dir, "broken.xlsx"), await writeWorkbook(broken));
    const run = await kamPlan(["template", "new.xlsx", "--config", "broken.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^broken\.xlsx:Config![A-Z]+\d+: error CONFIG_INVALID .*money/m);
    expect(run.stderr).toBe("Config в broken.xlsx содержит ошибки: книга не создана\n");
    expect(await readdir(dir)).toEqual(["broken.xlsx"]);
  });
});
