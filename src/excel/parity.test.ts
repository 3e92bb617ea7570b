import { aCustomField } from "../domain/testing/custom-field";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import { buildLayout } from "../layout/build";
import type { WorkbookLayout } from "../layout/types";
import { ExcelDouble, installExcelDouble } from "../testing/excel-double";
import { diffDumps } from "../testing/workbook-dump/compare";
import { dumpModel, onlySheets } from "../testing/workbook-dump/from-model";
import { dumpXlsx } from "../testing/workbook-dump/from-xlsx";
import { writeWorkbook } from "../xlsx/write";
import { queueLayout } from "./render";

async function officeDump(layout: WorkbookLayout) {
  const double = new ExcelDouble();
  const restore = installExcelDouble(double);
  try {
    await Excel.run(async (context) => {
      queueLayout(context, layout);
      await context.sync();
    });
  } finally {
    restore();
  }
  return onlySheets(
    dumpModel(double.model),
    layout.sheets.map((s) => s.name)
  );
}

const customised: KamConfig = {
  ...DEFAULT_CONFIG,
  fields: [
    ...DEFAULT_CONFIG.fields.filter((f) => !(f.section === "Risks" && f.key === "owner")),
    aCustomField(
      "Team",
      "phone",
      { ru: "Телефон", en: "Phone" },
      { help: { ru: "Рабочий телефон.", en: "Work phone." }, order: 50 }
    ),
  ],
};

describe("writer parity: the Office.js writer on the double and the .xlsx writer build the same workbook", () => {
  it.each([
    ["default configuration (ru, year)", DEFAULT_CONFIG, "ru", "year"],
    ["customised configuration (en, half year, with values)", customised, "en", "half_year"],
  ] as const)("%s", async (_name, config, lang, period) => {
    const values = {
      form: {
        client_name: "=not a formula",
        kam_name: "Иванов",
        plan_start: 46388,
        plan_period: "year",
      },
      tables: {
        Team: [{ member: "Петров", phone: "+7 900 000-00-00" }],
        SalesPlan: [{ item: "Молоко", "2027-01": 1500.5 }],
      },
      archive: [],
    };
    const layout = buildLayout(config, { lang, start: "2027-01", period, values });
    const office = await officeDump(layout);
    const file = dumpXlsx(await writeWorkbook(layout));
    expect(diffDumps(office, file)).toEqual([]);
  });
});
