import { configTablesFrom, editableGrids, type EditableGrids } from "../testing/config-tables";
import type { CellValue } from "../values";
import { DEFAULT_CONFIG } from "./defaults";
import { configDriftFindings } from "./drift";
import { LOOSENINGS, type Loosening } from "./drift-rules";
import { CONFIG_HEADERS } from "./grids";
import { parseConfig } from "./parse";
import type { KamConfig } from "./types";

type Edit = (g: EditableGrids) => void;

function configOf(grids: EditableGrids): KamConfig {
  const parsed = parseConfig(configTablesFrom(grids));
  if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.message).join("\n"));
  return parsed.config;
}

/** Drift of a plan edited by `plan` from the default configuration edited by `reference`. */
function drift(plan: Edit, reference: Edit = () => undefined) {
  const planGrids = editableGrids(DEFAULT_CONFIG);
  plan(planGrids);
  const refGrids = editableGrids(DEFAULT_CONFIG);
  reference(refGrids);
  return configDriftFindings(
    configTablesFrom(planGrids),
    configOf(planGrids),
    configOf(refGrids),
    "en"
  );
}

const setting =
  (key: string, value: CellValue): Edit =>
  (g) => {
    const row = g.Settings.rows.find((r) => r[0] === key);
    if (!row) throw new Error(key);
    row[1] = value;
  };

const fieldIndex = (g: EditableGrids, section: string, key: string): number =>
  g.Fields.rows.findIndex((r) => r[0] === section && r[1] === key);

const field =
  (
    section: string,
    key: string,
    column: (typeof CONFIG_HEADERS.Fields)[number],
    value: CellValue
  ): Edit =>
  (g) => {
    const row = g.Fields.rows[fieldIndex(g, section, key)];
    if (!row) throw new Error(`${section}.${key}`);
    row[CONFIG_HEADERS.Fields.indexOf(column)] = value;
  };

const hideSection =
  (key: string): Edit =>
  (g) => {
    const row = g.Sections.rows.find((r) => r[0] === key);
    if (!row) throw new Error(key);
    row[CONFIG_HEADERS.Sections.indexOf("hidden")] = true;
  };

/** One plan edit per loosening (a Record, so a new loosening without a case does not compile). */
const LOOSENING_CASES: Readonly<Record<Loosening, { plan: Edit; cell: string }>> = {
  max_discount_raised: { plan: setting("max_discount", 0.4), cell: "B6" },
  max_credit_depth_raised: { plan: setting("max_credit_depth_days", 120), cell: "B7" },
  review_cadence_longer: { plan: setting("review_cadence_months", 6), cell: "B5" },
  required_removed: { plan: field("Environment", "name", "required", false), cell: "" },
  required_field_hidden: { plan: field("Environment", "name", "hidden", true), cell: "" },
  required_field_deleted: {
    plan: (g) => {
      g.Fields.rows.splice(fieldIndex(g, "Environment", "name"), 1);
    },
    cell: "K1",
  },
  min_lowered: { plan: field("DecisionGroup", "influence", "min", null), cell: "" },
  max_raised: { plan: field("DecisionGroup", "influence", "max", 9), cell: "" },
  core_section_hidden: { plan: hideSection("Risks"), cell: "" },
  section_with_required_deleted: {
    plan: (g) => {
      g.Sections.rows = g.Sections.rows.filter((r) => r[0] !== "Environment");
      g.Fields.rows = g.Fields.rows.filter((r) => r[0] !== "Environment");
    },
    cell: "D1",
  },
};

describe("CONFIG_DRIFT: the plan's Config against the SKAM's reference (spec §11)", () => {
  it("finds nothing when the plan's Config equals the reference", () => {
    expect(drift(() => undefined)).toEqual([]);
  });

  it.each([...LOOSENINGS])("reports %s as an error naming the Config cell", (loosening) => {
    const { plan, cell } = LOOSENING_CASES[loosening];
    const errors = drift(plan).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.code === "CONFIG_DRIFT" && f.sheet === "Config")).toBe(true);
    expect(errors.every((f) => f.message.includes("a rule is loosened"))).toBe(true);
    if (cell !== "") expect(errors[0]?.cell).toBe(cell);
    expect(errors[0]?.message).toContain(`Config!${errors[0]?.cell ?? "?"}`);
  });

  it("names the reference value in the message", () => {
    const [finding] = drift(setting("max_discount", 0.4));
    expect(finding?.message).toContain('here "0.4", in the reference "0.25"');
  });

  it("is an error when the reference is stricter than the plan's own setting", () => {
    const findings = drift(() => undefined, setting("max_credit_depth_days", 30));
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([["error", "B7"]]);
  });

  it("is a warning where the plan tightened a rule", () => {
    const findings = drift(setting("max_discount", 0.1));
    expect(findings.map((f) => [f.severity, f.cell])).toEqual([["warning", "B6"]]);
  });

  it("is a warning for a relabel, a reordered field and an added list value", () => {
    const findings = drift((g) => {
      field("Team", "commitments", "label_en", "Promises")(g);
      field("Risks", "owner", "order", 99)(g);
      g.Lists.rows.push(["levels", "critical", "Critical", "Критический", 9]);
    });
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
    const labelRow = 2 + fieldIndex(editableGrids(DEFAULT_CONFIG), "Team", "commitments");
    expect(findings[0]?.cell).toBe(`M${String(labelRow)}`);
    expect(findings[2]?.message).toContain("the reference has no such row");
  });

  it("is a warning for a field the plan added and a language of its own", () => {
    const findings = drift((g) => {
      g.Fields.rows.push([
        "Team",
        "phone",
        "Phone",
        "Телефон",
        "text",
        false,
        null,
        null,
        null,
        "",
        "",
        9,
        false,
        false,
      ]);
      setting("language", "en")(g);
    });
    expect(findings.map((f) => [f.severity, f.name])).toEqual([
      ["warning", "Settings"],
      ["warning", "Fields"],
    ]);
  });

  it("leaves the template version to TEMPLATE_OUTDATED", () => {
    expect(drift(setting("template_version", "0.9.0"))).toEqual([]);
  });

  it("speaks Russian too", () => {
    const planGrids = editableGrids(DEFAULT_CONFIG);
    setting("max_discount", 0.4)(planGrids);
    const [finding] = configDriftFindings(
      configTablesFrom(planGrids),
      configOf(planGrids),
      DEFAULT_CONFIG,
      "ru"
    );
    expect(finding?.message).toContain("в книге «0.4», в эталоне «0.25»");
    expect(finding?.message).toContain("правило ослаблено");
  });
});
