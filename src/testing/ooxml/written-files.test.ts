import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withConfigSheetOf } from "../../cli/testing/layouts";
import { completePlanValues, workbookWith } from "../../cli/testing/plans";
import { kamPlan } from "../../cli/testing/run";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { FieldDef, KamConfig } from "../../domain/config/types";
import { buildLayout } from "../../layout/build";
import type { WorkbookValues } from "../../layout/types";
import { aPlanValues, planWorkbook, writePlanFile } from "../../portfolio/testing/workbooks";
import { addUserEdits } from "../../xlsx/patch/testing/user-edits";
import { planLikeWorkbook } from "../../xlsx/read/testing/fixtures";
import { writeWorkbook } from "../../xlsx/write";
import { openPackage } from "./package";
import { formatProblems, validatePackages, type WrittenPackage } from "./validate";

/**
 * Every kind of .xlsx the project writes, validated against the ISO/IEC 29500
 * Transitional schemas (xmllint, after the markup-compatibility step) and
 * Excel's rules no schema states. The files are written the way a user gets
 * them: through the CLI (template, apply-config, import-actuals, summary) and
 * through the fixture writers the other tests use. A new writer belongs here.
 */

jest.setTimeout(120_000);

const LONG_LABEL = {
  ru: "Бюджет клиента на нашу категорию товаров и услуг в следующем году",
  en: "Client budget for our category of goods and services next year",
};

/** A field a SKAM added with a label longer than a prompt title and help as long as a prompt may be. */
const LONG_FIELD: FieldDef = {
  section: "PlanHeader",
  key: "regional_budget",
  label: LONG_LABEL,
  type: { kind: "amount" },
  required: false,
  min: 0,
  max: null,
  // The Config refuses help above 255 characters: exactly at the limit.
  help: {
    ru: "Подсказка. ".repeat(30).slice(0, 255),
    en: "A help text. ".repeat(30).slice(0, 255),
  },
  order: 99,
  hidden: false,
  core: false,
};

/** The SKAM's Config: Team.commitments removed, a long label on a list field, a long-texted field added. */
const CUSTOM: KamConfig = {
  ...DEFAULT_CONFIG,
  fields: [
    ...DEFAULT_CONFIG.fields
      .filter((f) => !(f.section === "Team" && f.key === "commitments"))
      .map((f) => (f.section === "Team" && f.key === "role" ? { ...f, label: LONG_LABEL } : f)),
    LONG_FIELD,
  ],
};

function withCommitments(values: WorkbookValues): WorkbookValues {
  const team = (values.tables.Team ?? []).map((row, i) =>
    i === 0 ? { ...row, commitments: "еженедельный звонок" } : row
  );
  return { ...values, tables: { ...values.tables, Team: team } };
}

let dir: string;
const written: WrittenPackage[] = [];

async function run(
  argv: readonly string[],
  lang: "ru" | "en" = "ru",
  expectedCode = 0
): Promise<void> {
  const result = await kamPlan(argv, dir, { LANG: lang === "ru" ? "ru_RU.UTF-8" : "en_US.UTF-8" });
  if (result.code !== expectedCode)
    throw new Error(
      `kam-plan ${argv.join(" ")} exited ${result.code}: ${result.stdout}${result.stderr}`
    );
}

async function keep(label: string, file: string): Promise<void> {
  written.push({ label, bytes: await readFile(join(dir, file)) });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kam-ooxml-kinds-"));
  // Templates: both languages, every period.
  for (const lang of ["ru", "en"] as const)
    for (const period of ["quarter", "half_year", "year"] as const) {
      const file = `template-${lang}-${period}.xlsx`;
      await run(["template", file, "--lang", lang, "--start", "2027-01", "--period", period]);
      await keep(`template ${lang} ${period}`, file);
    }
  // A plan whose Config the SKAM customised, not yet applied; a template from that Config; apply-config.
  const old = buildLayout(DEFAULT_CONFIG, {
    lang: "ru",
    start: "2027-01",
    period: "year",
    values: withCommitments(completePlanValues()),
  });
  const edited = buildLayout(CUSTOM, { lang: "ru", start: "2027-01", period: "year" });
  await writeFile(join(dir, "custom.xlsx"), await writeWorkbook(withConfigSheetOf(old, edited)));
  await keep("plan with a customised Config (fixture)", "custom.xlsx");
  await run(["template", "from-custom.xlsx", "--config", "custom.xlsx", "--start", "2027-04"]);
  await keep("template --config (customised Config)", "from-custom.xlsx");
  await run(["apply-config", "custom.xlsx", "-o", "applied.xlsx"]);
  await keep("apply-config (with Archive)", "applied.xlsx");
  // The same plan after a person's own work in it (openpyxl: a user sheet with a chart, a comment,
  // a name, a row below SalesPlan): apply-config patches that package and keeps their parts.
  const sales = old.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === "SalesPlan");
  await addUserEdits(dir, join(dir, "custom.xlsx"), join(dir, "user-edited.xlsx"), {
    note: { cell: "E4", text: "позвонить в пятницу" },
    below: {
      row: Number(/\d+/.exec(sales?.topLeft ?? "")?.[0]) + (sales?.rows.length ?? 0) + 1,
      item: "Творог",
      amount: 5000,
    },
    managedCell: old.names.find((n) => n.name === "credit_limit")?.address ?? "B1",
  });
  await run(["apply-config", "user-edited.xlsx", "-o", "user-applied.xlsx"]);
  await keep("apply-config on a user-edited workbook (patched)", "user-applied.xlsx");
  // import-actuals into a generated plan.
  await writePlanFile(join(dir, "plan.xlsx"), { client: "ООО Ромашка" });
  await keep("portfolio fixture plan (writePlanFile)", "plan.xlsx");
  await writeFile(
    join(dir, "fact.csv"),
    "Номенклатура;Период;Сумма\r\nМолоко 3,2%;01.2027;1 234,56\r\nКефир;02.2027;500\r\n"
  );
  await run(["import-actuals", "plan.xlsx", "fact.csv", "-o", "actuals.xlsx"]);
  await keep("import-actuals", "actuals.xlsx");
  // The portfolio summary, in both languages, over plans, an overloaded person and a broken file.
  await mkdir(join(dir, "plans"));
  await writePlanFile(join(dir, "plans", "a.xlsx"), {
    client: "ООО Ромашка",
    team: [["Иванов Иван", 0.7]],
    actuals: { "Молоко 3,2%": [90000, 120000] },
  });
  await writePlanFile(
    join(dir, "plans", "b.xlsx"),
    { client: "Vasilek LLC", team: [["Иванов Иван", 0.6]], period: "half_year" },
    "en"
  );
  await writeFile(join(dir, "plans", "broken.xlsx"), "not a zip");
  for (const lang of ["ru", "en"] as const) {
    // Exit 2: broken.xlsx could not be read (a row of the summary); the summary is written all the same.
    await run(
      ["summary", "plans", "-o", `summary-${lang}.xlsx`, "--lang", lang, "--today", "2027-03-20"],
      lang,
      2
    );
    await keep(`summary ${lang}`, `summary-${lang}.xlsx`);
  }
  // The other fixture writers.
  written.push({
    label: "fixture workbookWith (cli)",
    bytes: await workbookWith(completePlanValues("en"), { lang: "en" }),
  });
  written.push({
    label: "fixture planWorkbook (portfolio)",
    bytes: await planWorkbook(aPlanValues({ period: "quarter" }), { period: "quarter" }),
  });
  written.push({
    label: "fixture planLikeWorkbook (reader)",
    bytes: await planLikeWorkbook({ extraColumn: true }),
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("every .xlsx the project writes", () => {
  it("covers each written kind", () => {
    expect(written.map((w) => w.label)).toEqual([
      "template ru quarter",
      "template ru half_year",
      "template ru year",
      "template en quarter",
      "template en half_year",
      "template en year",
      "plan with a customised Config (fixture)",
      "template --config (customised Config)",
      "apply-config (with Archive)",
      "apply-config on a user-edited workbook (patched)",
      "portfolio fixture plan (writePlanFile)",
      "import-actuals",
      "summary ru",
      "summary en",
      "fixture workbookWith (cli)",
      "fixture planWorkbook (portfolio)",
      "fixture planLikeWorkbook (reader)",
    ]);
    const applied = written.find((w) => w.label.startsWith("apply-config"));
    return expect(
      openPackage("applied", applied?.bytes ?? new Uint8Array()).then((p) =>
        p.sheets.map((sheet) => sheet.name)
      )
    ).resolves.toContain("Archive");
  });

  it("is valid against the ISO/IEC 29500 schemas and Excel's unstated rules", async () => {
    const problems = await validatePackages(written);
    expect(formatProblems(problems)).toBe("");
  });
});
