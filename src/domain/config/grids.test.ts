import { DEFAULT_CONFIG } from "./defaults";
import { CONFIG_HEADERS, configToTables } from "./grids";
import { TEMPLATE_VERSION } from "../version";

describe("configToTables", () => {
  const tables = configToTables(DEFAULT_CONFIG);

  it("gives the four Config tables with machine-name headers, in sheet order", () => {
    expect(tables.map((t) => [t.name, t.headers])).toEqual([
      ["Settings", ["key", "value"]],
      ["Sections", ["key", "sheet", "kind", "label_en", "label_ru", "order", "hidden"]],
      ["Fields", [...CONFIG_HEADERS.Fields]],
      ["Lists", ["list", "value", "label_en", "label_ru", "order"]],
    ]);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
  });

  it("writes settings as key | value rows, template_version included", () => {
    expect(tables[0]?.rows).toEqual([
      ["language", "ru"],
      ["currency", "RUB"],
      ["fiscal_year_start_month", 1],
      ["review_cadence_months", 3],
      ["max_discount", 0.25],
      ["max_credit_depth_days", 90],
      ["gross_margin", null],
      ["template_version", TEMPLATE_VERSION],
      ["protect_sheets", false],
      ["reference_config", ""],
    ]);
  });

  it("writes a list field as type list plus its list key, booleans as booleans, open bounds as empty cells", () => {
    const fields = tables[2]?.rows ?? [];
    expect(fields.find((r) => r[1] === "plan_period")).toEqual([
      "PlanHeader",
      "plan_period",
      "Plan period",
      "Период плана",
      "list",
      true,
      "plan_periods",
      null,
      null,
      "Quarter, half year or year.",
      "Квартал, полугодие или год.",
      5,
      false,
      true,
    ]);
    expect(fields).toHaveLength(DEFAULT_CONFIG.fields.length);
    expect(tables[3]?.rows).toHaveLength(
      DEFAULT_CONFIG.lists.reduce((n, l) => n + l.values.length, 0)
    );
  });
});
