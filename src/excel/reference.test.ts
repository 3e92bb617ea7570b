import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { buildLayout } from "../layout/build";
import { snapshotOfModel } from "../testing/excel-double";
import { writeWorkbook } from "../xlsx/write";
import type { FetchBytes } from "./reference-config";
import { onDouble } from "./testing/on-double";

/** The address of the Settings table's `value` cell of `key` on the double. */
function settingCell(double: ReturnType<typeof onDouble>["double"], key: string): string {
  const settings = snapshotOfModel(double.model).tables.find((t) => t.name === "Settings");
  if (!settings) throw new Error("no Settings table");
  const r = settings.rows.findIndex((row) => row[0] === key);
  if (r < 0) throw new Error(`no Settings row ${key}`);
  const column = settings.address.match(/^([A-Z]+)/)?.[1] ?? "A";
  const top = Number(settings.address.match(/(\d+)/)?.[1]);
  return `${String.fromCharCode(column.charCodeAt(0) + 1)}${top + 1 + r}`;
}

async function setReference(double: ReturnType<typeof onDouble>["double"], value: string) {
  const cell = settingCell(double, "reference_config");
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Config").getRange(cell).values = [[value]];
    await context.sync();
  });
  return cell;
}

/** The SKAM's reference: deferral at most 30 days. */
async function referenceBytes(): Promise<Uint8Array> {
  const config = {
    ...DEFAULT_CONFIG,
    settings: { ...DEFAULT_CONFIG.settings, maxCreditDepthDays: 30 },
  };
  return writeWorkbook(buildLayout(config, { lang: "en", start: "2027-01", period: "quarter" }));
}

// Each test builds a template on the double and the first writes and unpacks a whole .xlsx: seconds on a loaded machine.
jest.setTimeout(30_000);

describe("the pane compares the workbook with its reference configuration (spec §11)", () => {
  it("fetches a reference at a URL and reports each loosened rule as CONFIG_DRIFT", async () => {
    const bytes = await referenceBytes();
    const asked: string[] = [];
    const fetchReference: FetchBytes = (url) => {
      asked.push(url);
      return Promise.resolve(bytes);
    };
    const { double, actions, restore } = onDouble(undefined, { fetchReference });
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      await setReference(double, "https://contoso.sharepoint.com/kam/reference.xlsx");
      const report = await actions.check({ today: "2027-02-01" });
      expect(asked).toEqual(["https://contoso.sharepoint.com/kam/reference.xlsx"]);
      const drift = report.findings.filter((f) => f.code === "CONFIG_DRIFT");
      expect(drift).toEqual([
        expect.objectContaining({
          severity: "error",
          sheet: "Config",
          cell: settingCell(double, "max_credit_depth_days"),
        }),
      ]);
      expect(drift[0]?.message).toContain('here "90", in the reference "30"');
      expect(report.config.settings.maxCreditDepthDays).toBe(30);
    } finally {
      restore();
    }
  });

  it("says a local path is not reachable from the pane, and checks with the workbook's own Config", async () => {
    const fetchReference: FetchBytes = () => Promise.reject(new Error("must not be called"));
    const { double, actions, restore } = onDouble(undefined, { fetchReference });
    try {
      await actions.buildTemplate({ lang: "ru", start: "2027-01", period: "quarter" });
      const cell = await setReference(double, "\\\\server\\kam\\эталон.xlsx");
      const report = await actions.check({ today: "2027-02-01" });
      const unreachable = report.findings.filter((f) => f.code === "REFERENCE_UNREACHABLE");
      expect(unreachable).toEqual([
        expect.objectContaining({ severity: "warning", sheet: "Config", cell }),
      ]);
      expect(unreachable[0]?.message).toMatch(/локальный путь/);
      expect(unreachable[0]?.message).toMatch(/https/);
      expect(unreachable[0]?.message).toMatch(/kam-plan check/);
      expect(report.findings.some((f) => f.code === "CONFIG_DRIFT")).toBe(false);
    } finally {
      restore();
    }
  });

  it("says so when the address does not answer", async () => {
    const fetchReference: FetchBytes = () => Promise.reject(new Error("HTTP 403"));
    const { double, actions, restore } = onDouble(undefined, { fetchReference });
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      await setReference(double, "https://example.invalid/reference.xlsx");
      const report = await actions.check({ today: "2027-02-01" });
      const [finding] = report.findings.filter((f) => f.code === "REFERENCE_UNREACHABLE");
      expect(finding?.message).toContain("HTTP 403");
      expect(report.summary.counts.warning).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });

  it("checks as before when the workbook names no reference", async () => {
    const fetchReference: FetchBytes = () => Promise.reject(new Error("must not be called"));
    const { actions, restore } = onDouble(undefined, { fetchReference });
    try {
      await actions.buildTemplate({ lang: "en", start: "2027-01", period: "quarter" });
      const report = await actions.check({ today: "2027-02-01" });
      expect(report.findings.some((f) => /CONFIG_DRIFT|REFERENCE_UNREACHABLE/.test(f.code))).toBe(
        false
      );
    } finally {
      restore();
    }
  });
});
