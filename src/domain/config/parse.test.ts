import { DEFAULT_CONFIG } from "./defaults";
import { CONFIG_HEADERS } from "./grids";
import { parseConfig } from "./parse";
import { configTablesFrom, editableGrids, type EditableGrids } from "../testing/config-tables";
import type { CellValue } from "../values";

const FIELD_COLS = CONFIG_HEADERS.Fields;

/** A custom field row with sensible values; `over` by column name. */
function customField(
  section: string,
  key: string,
  over: Partial<Record<(typeof FIELD_COLS)[number], CellValue>> = {}
): CellValue[] {
  const base: Record<string, CellValue> = {
    section,
    key,
    label_en: `Custom ${key}`,
    label_ru: `Своё ${key}`,
    type: "text",
    required: false,
    list: null,
    min: null,
    max: null,
    help_en: "",
    help_ru: "",
    order: 99,
    hidden: false,
    core: false,
  };
  return FIELD_COLS.map((c) => (c in over ? (over[c] ?? null) : (base[c] ?? null)));
}

function fieldIndex(g: EditableGrids, section: string, key: string): number {
  return g.Fields.rows.findIndex((r) => r[0] === section && r[1] === key);
}

function setField(
  g: EditableGrids,
  section: string,
  key: string,
  column: (typeof FIELD_COLS)[number],
  value: CellValue
): number {
  const i = fieldIndex(g, section, key);
  const row = g.Fields.rows[i];
  if (!row) throw new Error(`no field ${section}.${key}`);
  row[FIELD_COLS.indexOf(column)] = value;
  return i;
}

function addField(g: EditableGrids, row: CellValue[]): number {
  g.Fields.rows.push(row);
  return g.Fields.rows.length - 1;
}

/** Fields table is at K1: column letter of a Fields column, and row of body index i. */
const F = (column: (typeof FIELD_COLS)[number], i: number): string =>
  `${String.fromCharCode(75 + FIELD_COLS.indexOf(column))}${i + 2}`;

interface Case {
  readonly name: string;
  readonly edit: (g: EditableGrids) => string;
  readonly problem: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: "a duplicate field key",
    edit: (g) => F("key", addField(g, customField("Team", "member"))),
    problem: /ключ «member» повторяется/,
  },
  {
    name: "an unknown type",
    edit: (g) => F("type", addField(g, customField("Team", "shoe_size", { type: "money" }))),
    problem: /неизвестный тип «money»/,
  },
  {
    name: "a list that does not exist",
    edit: (g) =>
      F("list", addField(g, customField("Team", "colour", { type: "list", list: "colours" }))),
    problem: /списка «colours» нет/,
  },
  {
    name: "a list type without a list",
    edit: (g) => F("list", addField(g, customField("Team", "colour", { type: "list" }))),
    problem: /укажите ключ списка/,
  },
  {
    name: "min > max",
    edit: (g) =>
      F("min", addField(g, customField("Team", "age", { type: "integer", min: 5, max: 1 }))),
    problem: /минимум 5 больше максимума 1/,
  },
  {
    name: "bounds on a text field",
    edit: (g) => F("min", addField(g, customField("Team", "nick", { min: 1 }))),
    problem: /не для типа «text»/,
  },
  {
    name: "a key that is not an identifier",
    edit: (g) => F("key", addField(g, customField("Team", "my field"))),
    problem: /«my field» — не ключ/,
  },
  {
    name: "a key starting with a digit",
    edit: (g) => F("key", addField(g, customField("Team", "1st"))),
    problem: /не ключ/,
  },
  {
    name: "a form key that looks like a cell",
    edit: (g) => F("key", addField(g, customField("PlanHeader", "AB12"))),
    problem: /похож на адрес ячейки/,
  },
  {
    name: "a deleted core field (no cell: the Fields header)",
    edit: (g) => (g.Fields.rows.splice(fieldIndex(g, "PlanHeader", "plan_start"), 1), "K1"),
    problem: /удалено базовое поле «plan_start»/,
  },
  {
    name: "a retyped core field",
    edit: (g) => F("type", setField(g, "PlanHeader", "plan_start", "type", "text")),
    problem: /должен быть «date»/,
  },
  {
    name: "a core list field pointed at another list",
    edit: (g) => F("list", setField(g, "Team", "role", "list", "levels")),
    problem: /должен быть «list:team_roles»/,
  },
  {
    name: "a core field made optional",
    edit: (g) => F("required", setField(g, "KPI", "weight", "required", false)),
    problem: /нельзя сделать необязательным/,
  },
  {
    name: "a core field hidden",
    edit: (g) => F("hidden", setField(g, "KPI", "weight", "hidden", true)),
    problem: /нельзя скрыть/,
  },
  {
    name: "a core flag cleared",
    edit: (g) => F("core", setField(g, "KPI", "weight", "core", false)),
    problem: /признак core менять нельзя/,
  },
  {
    name: "a custom field marked core",
    edit: (g) => F("core", addField(g, customField("Team", "phone", { core: true }))),
    problem: /должно быть FALSE/,
  },
  {
    name: "a custom computed field",
    edit: (g) => F("type", addField(g, customField("Team", "magic", { type: "computed" }))),
    problem: /тип computed только у базовых/,
  },
  {
    name: "a core field moved to another section",
    edit: (g) =>
      F("section", setField(g, "PlanHeader", "credit_limit", "section", "ClientProfile")),
    problem: /должно оставаться в разделе PlanHeader/,
  },
  {
    name: "a field in an unknown section",
    edit: (g) => F("section", addField(g, customField("Nowhere", "x"))),
    problem: /раздела «Nowhere» нет/,
  },
  {
    name: "required that is not a boolean",
    edit: (g) => F("required", addField(g, customField("Team", "x", { required: "maybe" }))),
    problem: /«maybe» — не да\/нет/,
  },
  {
    name: "order that is not a number",
    edit: (g) => F("order", addField(g, customField("Team", "x", { order: "first" }))),
    problem: /«first» — не число/,
  },
  {
    name: "an empty label",
    edit: (g) => F("label_ru", addField(g, customField("Team", "x", { label_ru: "  " }))),
    problem: /ячейка пуста/,
  },
  {
    name: "a help text over 255 characters",
    edit: (g) => F("help_en", addField(g, customField("Team", "x", { help_en: "x".repeat(256) }))),
    problem: /длиннее 255/,
  },
  {
    name: "a duplicate label in one section",
    edit: (g) => F("label_ru", addField(g, customField("Team", "x", { label_ru: "участник" }))),
    problem: /подпись «участник» повторяется/,
  },
  {
    name: "a missing Fields column",
    edit: (g) => ((g.Fields.headers[11] = "sort"), "K1"),
    problem: /нет столбца order/,
  },
  {
    name: "a section on an unknown sheet",
    edit: (g) => (((g.Sections.rows[1] as CellValue[])[1] = "Лист1"), "E3"),
    problem: /лист «Лист1» не подходит/,
  },
  {
    name: "a section of an unknown kind",
    edit: (g) => (((g.Sections.rows[1] as CellValue[])[2] = "grid"), "F3"),
    problem: /вид раздела «grid»/,
  },
  {
    name: "a core section turned into a form",
    edit: (g) => (((g.Sections.rows[1] as CellValue[])[2] = "form"), "F3"),
    problem: /раздел Team должен оставаться видом «table»/,
  },
  {
    name: "a duplicate section key",
    edit: (g) => (
      g.Sections.rows.push(["team", "ActionPlan", "table", "Team 2", "Команда 2", 20]),
      `D${g.Sections.rows.length + 1}`
    ),
    problem: /ключ «team» повторяется/,
  },
  {
    name: "a section key clashing with a form field key",
    edit: (g) => (
      g.Sections.rows.push(["client_name", "ActionPlan", "table", "X", "Х", 20]),
      F("key", fieldIndex(g, "PlanHeader", "client_name"))
    ),
    problem: /уже занят/,
  },
  {
    name: "a bad setting value",
    edit: (g) => (((g.Settings.rows[2] as CellValue[])[1] = 13), "B4"),
    problem: /настройки fiscal_year_start_month не подходит: нужно номер месяца/,
  },
  {
    name: "a bad language",
    edit: (g) => (((g.Settings.rows[0] as CellValue[])[1] = "de"), "B2"),
    problem: /настройки language/,
  },
  {
    name: "a max_discount typed as 25 (percent, not fraction)",
    edit: (g) => (((g.Settings.rows[4] as CellValue[])[1] = 25), "B6"),
    problem: /max_discount/,
  },
  {
    name: "a gross_margin typed as 30 (percent, not fraction)",
    edit: (g) => (((g.Settings.rows[6] as CellValue[])[1] = 30), "B8"),
    problem: /gross_margin/,
  },
  {
    name: "an unknown setting",
    edit: (g) => (g.Settings.rows.push(["colour", "red"]), `A${g.Settings.rows.length + 1}`),
    problem: /неизвестная настройка «colour»/,
  },
  {
    name: "a duplicate setting",
    edit: (g) => (g.Settings.rows.push(["currency", "USD"]), `A${g.Settings.rows.length + 1}`),
    problem: /ключ «currency» повторяется/,
  },
  {
    name: "a duplicate list value",
    edit: (g) => (
      g.Lists.rows.push(["levels", "high", "Very high", "Очень высокий", 9]),
      `AA${g.Lists.rows.length + 1}`
    ),
    problem: /ключ «high» повторяется/,
  },
  {
    name: "a list value key that is not an identifier",
    edit: (g) => (
      g.Lists.rows.push(["levels", "very high", "Very high", "Очень высокий", 9]),
      `AA${g.Lists.rows.length + 1}`
    ),
    problem: /«very high» — не ключ/,
  },
  {
    name: "a deleted core list value",
    edit: (g) => (
      g.Lists.rows.splice(
        g.Lists.rows.findIndex((r) => r[0] === "team_roles" && r[1] === "kam"),
        1
      ),
      "Z1"
    ),
    problem: /удалено значение «kam»/,
  },
];

describe("parseConfig: malformed Config sheets", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("names the cell of %s", (_name, c) => {
    const grids = editableGrids(DEFAULT_CONFIG);
    const cell = c.edit(grids);
    const result = parseConfig(configTablesFrom(grids));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = result.findings.filter((f) => f.cell === cell);
    expect(at.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(c.problem)])
    );
    for (const f of result.findings) {
      expect(f).toMatchObject({ code: "CONFIG_INVALID", severity: "error", sheet: "Config" });
      expect(f.message.startsWith(`Config!${f.cell ?? ""} `)).toBe(true);
    }
  });
});

describe("parseConfig", () => {
  it("round-trips the default configuration", () => {
    expect(parseConfig(configTablesFrom(editableGrids(DEFAULT_CONFIG)))).toEqual({
      ok: true,
      config: DEFAULT_CONFIG,
    });
  });

  it("accepts booleans as 1/0 and да/нет/yes/no text, numbers typed as text, list:<key> types and any case of a section key", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    addField(
      g,
      customField("team", "phone", { required: "да", hidden: "no", core: 0, order: "7" })
    );
    addField(g, customField("Team", "level", { type: "List:levels", required: 1, order: 8 }));
    addField(
      g,
      customField("Team", "age", {
        type: "integer",
        min: "18",
        max: "70,5",
        hidden: "FALSE",
        order: 9,
      })
    );
    const result = parseConfig(configTablesFrom(g));
    if (!result.ok) throw new Error(result.findings.map((f) => f.message).join("\n"));
    const team = result.config.fields.filter((f) => f.section === "Team");
    expect(team.map((f) => f.key)).toEqual([
      "member",
      "role",
      "commitments",
      "time_share",
      "phone",
      "level",
      "age",
    ]);
    expect(team[4]).toMatchObject({ required: true, hidden: false, core: false, order: 7 });
    expect(team[5]).toMatchObject({ type: { kind: "list", list: "levels" }, required: true });
    expect(team[6]).toMatchObject({ min: 18, max: 70.5 });
  });

  it("lets a SKAM relabel and reorder core fields, make an optional one required and hide a custom one", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    setField(g, "PlanHeader", "plan_start", "label_ru", "Дата начала");
    setField(g, "PlanHeader", "plan_start", "order", 0.5);
    setField(g, "PlanHeader", "checkpoint_period", "required", true);
    setField(g, "Risks", "owner", "hidden", true);
    const result = parseConfig(configTablesFrom(g));
    if (!result.ok) throw new Error(result.findings.map((f) => f.message).join("\n"));
    expect(result.config.fields[0]).toMatchObject({
      key: "plan_start",
      label: { ru: "Дата начала", en: "Plan start" },
    });
    expect(result.config.fields.find((f) => f.key === "checkpoint_period")?.required).toBe(true);
  });

  it("reads gross_margin as a fraction, empty (or a missing row) as not set", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    expect(g.Settings.rows[6]?.[0]).toBe("gross_margin");
    (g.Settings.rows[6] as CellValue[])[1] = 0.3;
    const set = parseConfig(configTablesFrom(g));
    expect(set.ok && set.config.settings.grossMargin).toBe(0.3);
    (g.Settings.rows[6] as CellValue[])[1] = null;
    const empty = parseConfig(configTablesFrom(g));
    expect(empty.ok && empty.config.settings.grossMargin).toBeNull();
    g.Settings.rows = g.Settings.rows.filter((r) => r[0] !== "gross_margin");
    const missing = parseConfig(configTablesFrom(g));
    expect(missing.ok && missing.config.settings.grossMargin).toBeNull();
  });

  it("missing settings rows take their defaults", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    g.Settings.rows = g.Settings.rows.filter((r) => r[0] !== "max_discount");
    const result = parseConfig(configTablesFrom(g));
    expect(result.ok && result.config.settings.maxDiscount).toBe(0.25);
  });

  it("writes its messages in the Settings language, or ru when it is unreadable", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    (g.Settings.rows[0] as CellValue[])[1] = "en";
    addField(g, customField("Team", "x", { type: "money" }));
    const en = parseConfig(configTablesFrom(g));
    expect(!en.ok && en.findings[0]?.message).toMatch(
      /^Config!O\d+ \(table Fields, column type\): unknown type "money"/
    );
    (g.Settings.rows[0] as CellValue[])[1] = "xx";
    const ru = parseConfig(configTablesFrom(g));
    expect(!ru.ok && ru.findings.map((f) => f.message).join("\n")).toMatch(
      /неизвестный тип «money»/
    );
  });

  it("reports a missing Config table as TABLE_MISSING", () => {
    const result = parseConfig(configTablesFrom(editableGrids(DEFAULT_CONFIG), ["Lists"]));
    expect(!result.ok && result.findings.map((f) => [f.code, f.name])).toEqual([
      ["TABLE_MISSING", "Lists"],
    ]);
  });

  it("skips empty rows", () => {
    const g = editableGrids(DEFAULT_CONFIG);
    g.Fields.rows.splice(
      3,
      0,
      FIELD_COLS.map(() => null)
    );
    g.Lists.rows.push(["", "  ", null, null, null]);
    expect(parseConfig(configTablesFrom(g)).ok).toBe(true);
  });
});
