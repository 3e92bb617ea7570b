import { aCustomField } from "../domain/testing/custom-field";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { FieldDef, KamConfig, SectionDef } from "../domain/config/types";
import { aPlan } from "../domain/testing/builders";
import { snapshotOfLayout } from "../xlsx/parity/layout-snapshot";
import { buildLayout } from "./build";
import { coreStructure, expectedStructure, restructureRefusals } from "./preconditions";

const CUSTOM_SECTION: SectionDef = {
  key: "Visits",
  sheet: "ActionPlan",
  kind: "table",
  label: { ru: "Визиты", en: "Visits" },
  order: 99,
  hidden: false,
};

const CUSTOM_FIELDS: readonly FieldDef[] = [
  aCustomField("PlanHeader", "region", { ru: "Регион", en: "Region" }),
  aCustomField("Visits", "visit", { ru: "Визит", en: "Visit" }, { order: 1 }),
];

/** The SKAM added a form field and a table section that the sheets do not have yet. */
const WITH_NEW_FIELDS: KamConfig = {
  ...DEFAULT_CONFIG,
  sections: [...DEFAULT_CONFIG.sections, CUSTOM_SECTION],
  fields: [...DEFAULT_CONFIG.fields, ...CUSTOM_FIELDS],
};

const codes = (findings: readonly { code: string; name: string | null; sheet: string | null }[]) =>
  findings.map((f) => [f.code, f.name ?? f.sheet]);

describe("restructureRefusals (spec §8: refuse, don't guess)", () => {
  it("finds nothing in an intact plan", () => {
    expect(restructureRefusals(aPlan().snapshot(), DEFAULT_CONFIG, "ru")).toEqual([]);
  });

  it("lists every deleted defined name of a managed field, with how to repair it", () => {
    const snapshot = aPlan().withoutName("client_name").withoutName("credit_limit").snapshot();
    const found = restructureRefusals(snapshot, DEFAULT_CONFIG, "ru");
    expect(codes(found)).toEqual([
      ["NAME_MISSING", "client_name"],
      ["NAME_MISSING", "credit_limit"],
    ]);
    expect(found[0]?.message).toMatch(/Диспетчер имён/);
    expect(restructureRefusals(snapshot, DEFAULT_CONFIG, "en")[1]?.message).toMatch(/Name Manager/);
  });

  it("lists a name that points at a deleted cell (#REF!)", () => {
    const found = restructureRefusals(
      aPlan().breakName("kam_name").snapshot(),
      DEFAULT_CONFIG,
      "ru"
    );
    expect(codes(found)).toEqual([["NAME_MISSING", "kam_name"]]);
    expect(found[0]?.message).toMatch(/#ССЫЛКА!/);
  });

  it("lists a renamed or deleted table, with how to repair it", () => {
    const found = restructureRefusals(
      aPlan().without("SalesPlan").snapshot(),
      DEFAULT_CONFIG,
      "en"
    );
    expect(codes(found)).toEqual([["TABLE_MISSING", "SalesPlan"]]);
    expect(found[0]?.message).toMatch(/Table Design/);
  });

  it("lists a deleted plan sheet once", () => {
    const found = restructureRefusals(
      aPlan().withoutSheet("Dossier").snapshot(),
      DEFAULT_CONFIG,
      "ru"
    );
    expect(codes(found)).toEqual([["SHEET_MISSING", "Dossier"]]);
  });

  it("ignores what a restructuring does not need: columns, values, template version", () => {
    const snapshot = aPlan()
      .withoutColumn("Team", "commitments")
      .set("kam_name", null)
      .templateVersion("0.9.0")
      .snapshot();
    expect(restructureRefusals(snapshot, DEFAULT_CONFIG, "ru")).toEqual([]);
  });

  describe("coreStructure: what every workbook built from a configuration surely has", () => {
    it("does not expect the names and tables of fields a SKAM has just added", () => {
      expect(restructureRefusals(aPlan().snapshot(), coreStructure(WITH_NEW_FIELDS), "ru")).toEqual(
        []
      );
    });

    it("still expects every core field's name and every table holding a core field", () => {
      const snapshot = aPlan().withoutName("client_name").without("SalesPlan").snapshot();
      expect(codes(restructureRefusals(snapshot, coreStructure(WITH_NEW_FIELDS), "ru"))).toEqual([
        ["NAME_MISSING", "client_name"],
        ["TABLE_MISSING", "SalesPlan"],
      ]);
    });
  });
});

describe("expectedStructure: a workbook that stores its applied schema", () => {
  const WITH_REGION: KamConfig = {
    ...DEFAULT_CONFIG,
    fields: [...DEFAULT_CONFIG.fields, ...CUSTOM_FIELDS.filter((f) => f.key === "region")],
  };
  const built = (config: KamConfig) =>
    snapshotOfLayout(buildLayout(config, { lang: "ru", start: "2027-01", period: "year" }));

  it("refuses when a custom field's defined name was deleted (its value would be lost)", () => {
    const intact = built(WITH_REGION);
    expect(restructureRefusals(intact, expectedStructure(intact, DEFAULT_CONFIG), "ru")).toEqual(
      []
    );
    const snapshot = { ...intact, names: intact.names.filter((n) => n.name !== "region") };
    expect(
      codes(restructureRefusals(snapshot, expectedStructure(snapshot, DEFAULT_CONFIG), "ru"))
    ).toEqual([["NAME_MISSING", "region"]]);
  });

  it("does not expect a field the SKAM has just added, nor a hidden one", () => {
    const snapshot = built({
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.key === "headcount" ? { ...f, hidden: true } : f
      ),
    });
    expect(
      restructureRefusals(snapshot, expectedStructure(snapshot, WITH_NEW_FIELDS), "ru")
    ).toEqual([]);
  });
});
