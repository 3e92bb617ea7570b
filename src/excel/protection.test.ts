import { ExcelDouble, snapshotOfModel } from "../testing/excel-double";
import { dumpModel } from "../testing/workbook-dump/from-model";
import { onDouble } from "./testing/on-double";

async function builtPlan(): Promise<ExcelDouble> {
  const { double, actions, restore } = onDouble();
  try {
    const built = await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
    expect(built.ok).toBe(true);
  } finally {
    restore();
  }
  return double;
}

const state = (double: ExcelDouble): string => JSON.stringify(dumpModel(double.model));

describe("sheet protection with a password", () => {
  it("refuses apply with a ru/en message naming the sheets, changes nothing and does not crash", async () => {
    const double = await builtPlan();
    const { actions, restore } = onDouble(double);
    try {
      // A person protects the Dossier sheet again, with a password.
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Dossier");
        sheet.protection.unprotect();
        sheet.protection.protect({ allowFormatCells: false }, "secret");
        await context.sync();
      });
      const before = state(double);
      const result = await actions.applyConfiguration();
      expect(result).toMatchObject({ ok: false, reason: "protected" });
      expect(result.ok ? "" : result.message).toMatch(
        /^Один из листов .*«Dossier».* защищён паролем.*Книга не изменена\.$/
      );
      expect(state(double)).toBe(before);
      expect(double.model.sheets.find((s) => s.name === "Dossier")?.protection).toMatchObject({
        protected: true,
        password: "secret",
      });
    } finally {
      restore();
    }
  });

  it("the double refuses unprotect without the password (InvalidArgument at WorksheetProtection.unprotect)", async () => {
    const double = await builtPlan();
    const { restore } = onDouble(double);
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Calc");
        sheet.protection.unprotect();
        sheet.protection.protect({}, "pw");
        await context.sync();
      });
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Calc").protection.unprotect();
          await context.sync();
        })
      ).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "WorksheetProtection.unprotect" },
      });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Calc").protection.unprotect("pw");
        await context.sync();
      });
      expect(double.model.sheets.find((s) => s.name === "Calc")?.protection.protected).toBe(false);
    } finally {
      restore();
    }
  });
});

describe("workbook structure protection (Workbook.protection.protected)", () => {
  async function protectedWorkbook(): Promise<ExcelDouble> {
    const double = await builtPlan();
    const { restore } = onDouble(double);
    try {
      await Excel.run(async (context) => {
        context.workbook.protection.protect("pw");
        await context.sync();
      });
    } finally {
      restore();
    }
    return double;
  }

  it("refuses build, apply, upgrade and import with a clear message before writing anything", async () => {
    const double = await protectedWorkbook();
    const { actions, restore } = onDouble(double);
    try {
      const before = state(double);
      double.resetStats();
      for (const result of [
        await actions.buildTemplate({
          lang: "en",
          start: "2027-01",
          period: "quarter",
          overwrite: true,
        }),
        await actions.applyConfiguration(),
        await actions.upgradeTemplate(),
      ]) {
        expect(result).toMatchObject({ ok: false, reason: "protected" });
        expect(result.ok ? "" : result.message).toMatch(
          /^(The workbook structure is protected|Структура книги защищена)/
        );
      }
      const imported = await actions.importActuals?.(
        [
          ["Товар", "Месяц", "Сумма"],
          ["Молоко", "2027-01", "100"],
        ],
        { item: 0, month: 1, amount: 2 }
      );
      expect(imported).toMatchObject({ ok: false, reason: "protected" });
      // Reads only: every request was a read (no failed write), and nothing changed.
      expect(double.requests.every((r) => r.outcome === "ok")).toBe(true);
      expect(state(double)).toBe(before);
    } finally {
      restore();
    }
  });

  it("refuses the findings sheet with the same message and keeps the check working", async () => {
    const double = await protectedWorkbook();
    const { actions, restore } = onDouble(double);
    try {
      const report = await actions.check({ today: "2027-02-01" });
      expect(report.findings.length).toBeGreaterThan(0);
      await expect(actions.writeFindingsSheet(report.findings, "en")).rejects.toThrow(
        /^The workbook structure is protected/
      );
      expect(snapshotOfModel(double.model).sheets.map((s) => s.name)).not.toContain("Check");
    } finally {
      restore();
    }
  });

  it("the double refuses adding, renaming, hiding and deleting sheets while the structure is protected", async () => {
    const double = await protectedWorkbook();
    const { restore } = onDouble(double);
    try {
      for (const change of [
        (c: Excel.RequestContext) => c.workbook.worksheets.add("New"),
        (c: Excel.RequestContext) => {
          c.workbook.worksheets.getItem("Config").name = "Cfg";
        },
        (c: Excel.RequestContext) => {
          c.workbook.worksheets.getItem("Config").visibility = "Hidden";
        },
        (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Config").delete(),
      ])
        await expect(
          Excel.run(async (context) => {
            change(context);
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one refused change per run
            await context.sync();
          })
        ).rejects.toMatchObject({ code: "AccessDenied" });
    } finally {
      restore();
    }
  });
});
