import { aPlan } from "../testing/builders";
import { DEFAULT_CONFIG } from "./defaults";
import { configFromSnapshot } from "./from-snapshot";

describe("configFromSnapshot", () => {
  it("reads the workbook’s own configuration", () => {
    expect(configFromSnapshot(aPlan().snapshot())).toEqual({
      config: DEFAULT_CONFIG,
      findings: [],
      source: "workbook",
    });
  });

  it("uses the default, with no finding, for a bare workbook without Config tables", () => {
    expect(configFromSnapshot(aPlan().withoutConfigTables().snapshot())).toEqual({
      config: DEFAULT_CONFIG,
      findings: [],
      source: "default",
    });
  });

  it("reports TABLE_MISSING for some missing Config tables and uses the default", () => {
    const snapshot = aPlan().snapshot();
    const reading = configFromSnapshot({
      ...snapshot,
      tables: snapshot.tables.filter((t) => t.name !== "Fields"),
    });
    expect(reading.source).toBe("default");
    expect(reading.findings.map((f) => [f.code, f.sheet, f.name])).toEqual([
      ["TABLE_MISSING", "Config", "Fields"],
    ]);
  });

  it("reports a broken Config with CONFIG_INVALID in the Settings language and uses the default", () => {
    const snapshot = aPlan().snapshot();
    const tables = snapshot.tables.map((t) =>
      t.name === "Settings"
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r[0] === "language"
                ? ["language", "en"]
                : r[0] === "max_discount"
                  ? ["max_discount", "a lot"]
                  : r
            ),
          }
        : t
    );
    const reading = configFromSnapshot({ ...snapshot, tables });
    expect(reading.source).toBe("default");
    expect(reading.config).toBe(DEFAULT_CONFIG);
    expect(reading.findings).toEqual([
      expect.objectContaining({
        code: "CONFIG_INVALID",
        sheet: "Config",
        cell: "B6",
        name: "Settings",
      }),
    ]);
    expect(reading.findings[0]?.message).toMatch(
      /value "a lot" of setting max_discount is not valid/
    );
  });

  it("finds the Config tables whatever the case of their names", () => {
    const snapshot = aPlan().snapshot();
    const tables = snapshot.tables.map((t) => (t.name === "Lists" ? { ...t, name: "LISTS" } : t));
    expect(configFromSnapshot({ ...snapshot, tables }).source).toBe("workbook");
  });
});
