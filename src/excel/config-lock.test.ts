import { onDouble } from "./testing/on-double";

/** `Worksheet.protection` of Config, read through Office.js. */
async function configProtection(): Promise<{ protected: boolean }> {
  return Excel.run(async (context) => {
    const p = context.workbook.worksheets.getItem("Config").protection.load("protected");
    await context.sync();
    return { protected: p.protected };
  });
}

describe("a locked Config on the live path (spec §11, the Excel double)", () => {
  it("stays protected after Apply configuration (a lock without a password)", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Config").protection.protect();
        await context.sync();
      });
      expect(await configProtection()).toEqual({ protected: true });
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
      expect(await configProtection()).toEqual({ protected: true });
    } finally {
      restore();
    }
  });

  it("with a password it refuses to rebuild (Office.js cannot unprotect without it, nor set a hash) and changes nothing", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Config").protection.protect({}, "s3cret");
        await context.sync();
      });
      expect(await actions.applyConfiguration()).toMatchObject({ ok: false, reason: "protected" });
      expect(await configProtection()).toEqual({ protected: true });
    } finally {
      restore();
    }
  });

  it("an unlocked Config stays unlocked", async () => {
    const { actions, restore } = onDouble();
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      expect(await actions.applyConfiguration()).toMatchObject({ ok: true });
      expect(await configProtection()).toEqual({ protected: false });
    } finally {
      restore();
    }
  });
});
