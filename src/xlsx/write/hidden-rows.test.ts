import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { parseA1 } from "../../domain/read/a1";
import { buildLayout } from "../../layout/build";
import { readWorkbookBuffer } from "../read/read-workbook";
import { hiddenRowNumbers, sheetPartXml } from "./testing/sheet-rows";
import { writeWorkbook } from "./write-workbook";

const hiding = (...keys: readonly string[]): KamConfig => ({
  ...DEFAULT_CONFIG,
  sections: DEFAULT_CONFIG.sections.map((s) => ({ ...s, hidden: keys.includes(s.key) })),
});

const values = {
  form: { headcount: 120, client_name: "Ромашка" },
  tables: { Risks: [{ risk: "Уход закупщика" }], Team: [{ member: "Иванов" }] },
  archive: [],
};

describe("the .xlsx writer hides a hidden section's rows (spec §11), values kept", () => {
  it("marks the rows of hidden sections hidden=1 and only those", async () => {
    const layout = buildLayout(hiding("Risks", "ClientProfile"), {
      lang: "ru",
      start: "2027-01",
      period: "quarter",
      values,
    });
    const bytes = await writeWorkbook(layout);
    const plan = layout.sheets.find((s) => s.name === "ActionPlan");
    const risks = plan?.tables.find((t) => t.name === "Risks");
    const top = (parseA1(risks?.topLeft ?? "A1")?.row ?? 0) + 1;
    const expected = plan?.hiddenRows ?? [];
    expect(expected.length).toBe(1);
    // The span holds the section's title, header and body rows.
    expect(expected[0]?.first).toBe(top - 1);
    expect(expected[0]?.last).toBeGreaterThanOrEqual(top + (risks?.rows.length ?? 0));

    const hidden = hiddenRowNumbers(await sheetPartXml(bytes, "ActionPlan"));
    const span = (s: { first: number; last: number }) =>
      Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i);
    expect(hidden).toEqual(expected.flatMap(span));
    const team = plan?.tables.find((t) => t.name === "Team");
    expect(hidden).not.toContain((parseA1(team?.topLeft ?? "A1")?.row ?? 0) + 1);

    const headcount = layout.names.find((n) => n.name === "headcount");
    const dossierHidden = hiddenRowNumbers(await sheetPartXml(bytes, "Dossier"));
    expect(dossierHidden).toContain((parseA1(headcount?.address ?? "A1")?.row ?? 0) + 1);
    expect(dossierHidden).not.toContain(1);

    // The values are in the file, in the hidden rows.
    const snapshot = readWorkbookBuffer(bytes, "plan.xlsx");
    expect(snapshot.names.find((n) => n.name === "headcount")?.value).toBe(120);
    expect(snapshot.tables.find((t) => t.name === "Risks")?.rows[0]?.[0]).toBe("Уход закупщика");
  });

  it("hides no row when no section is hidden", async () => {
    const layout = buildLayout(DEFAULT_CONFIG, { lang: "en", start: "2027-01", period: "year" });
    const bytes = await writeWorkbook(layout);
    for (const sheet of ["ActionPlan", "Dossier", "Config"])
      expect(hiddenRowNumbers(await sheetPartXml(bytes, sheet))).toEqual([]);
  });
});
