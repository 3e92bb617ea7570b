import { FINDING_CODES, type FindingCode } from "../../codes";
import { CONFIG_PROBLEMS, type ConfigProblemArgs } from "./config-problems";
import { formatMessage, makeFinding, MESSAGES, type FindingArgs } from "./index";
import { TYPE_HINTS, TYPE_NAMES } from "./structure";

/**
 * Arguments for every code, in Latin letters so an English message with Cyrillic text shows.
 * Typed by FindingArgs: a code added without its arguments fails to compile here.
 */
const SAMPLE: FindingArgs = {
  REQUIRED_MISSING: { scope: "form", field: "Client", section: "Plan", cell: "B4" },
  TYPE_INVALID: { field: "Limit", value: "abc", type: "amount", hint: "not_a_number" },
  OUT_OF_RANGE: { field: "Share", value: "120", range: "0 … 100" },
  NOT_IN_LIST: { field: "Segment", value: "X", allowed: "A, B" },
  SHEET_MISSING: { sheet: "Dossier" },
  TABLE_MISSING: { table: "Team", label: "Team", sheet: "ActionPlan" },
  NAME_MISSING: { name: "plan_start", field: "Start", broken: "no" },
  COLUMN_MISSING: { section: "Team", column: "Role" },
  FORMULA_OVERWRITTEN: { cell: "ActionPlan!B9", field: "Plan end", value: "31.12" },
  COLUMN_UNKNOWN: { section: "Team", column: "Note", duplicate: "no" },
  CONFIG_INVALID: {
    table: "Fields",
    column: "type",
    cell: "E6",
    problem: "unknown_type",
    value: "money",
  },
  TEMPLATE_OUTDATED: { found: "0.9.0", current: "1.0.0" },
  REFERENCE_UNREACHABLE: { where: "C:\\kam\\ref.xlsx", problem: { kind: "local_path" } },
  CONFIG_DRIFT: {
    cell: "B7",
    table: "Settings",
    row: "max_discount",
    column: "value",
    value: "0.4",
    reference: "0.25",
    loosening: "max_discount_raised",
  },
  FILE_UNREADABLE: { reason: { ru: "not a ZIP", en: "not a ZIP" } },
  PLAN_START_NOT_MONTH_START: { date: "2027-01-15", first: "2027-01-01" },
  PLAN_START_OFF_FISCAL: { period: "q", start: "s", fiscalStart: "f", previous: "p", next: "n" },
  KPI_PERIOD_LONGER_THAN_PLAN: { kpi: "Revenue", period: "year", plan: "quarter" },
  KPI_PERIOD_MISALIGNED: { kpi: "Revenue", period: "q", fiscalStart: "f", start: "s", end: "e" },
  KPI_SHORTER_THAN_CHECKPOINT: { kpi: "Revenue", period: "month", checkpoint: "quarter" },
  CHECKPOINTS_MISSING: { plan: "year" },
  CHECKPOINT_NOT_SHORTER_THAN_PLAN: { checkpoint: "year", plan: "year" },
  SALES_MONTHS_MISMATCH: {
    table: "Sales",
    first: "2027-01",
    last: "2027-12",
    count: 12,
    missing: "2027-03",
    extra: "",
    order: 0,
  },
  DATE_OUTSIDE_PLAN: { activity: "Fair", date: "d", start: "s", end: "e" },
  KPI_WEIGHTS_NOT_100: { sum: "90%", diff: "10%", direction: -1 },
  DISCOUNT_TIERS_NOT_MONOTONIC: {
    group: "g",
    tier: "t",
    threshold: "1",
    rate: "2%",
    lowerThreshold: "0",
    lowerRate: "3%",
  },
  DISCOUNT_ABOVE_MAX: { kind: "effective", rate: "30%", max: "25%", discount: "d", sales: "s" },
  DISCOUNT_BASIS_LONGER_THAN_PLAN: { basis: "year", plan: "quarter" },
  CREDIT_LIMIT_EXCEEDED: { required: "r", limit: "l", month: "Feb 2027", days: "30", zero: 0 },
  CREDIT_DEPTH_ABOVE_MAX: { days: "90", max: "60" },
  BUDGET_EXCEEDED: { spending: "s", budget: "b", over: "o" },
  TEAM_NO_KAM: { role: "KAM" },
  TEAM_NO_EXECUTIVE_SPONSOR: { role: "Sponsor" },
  SALES_ITEM_NOT_IN_ASSORTMENT: { item: "Milk" },
  ACTUAL_ITEM_NOT_IN_PLAN: { item: "Milk" },
  DUPLICATE_VALUE: { kind: "item", table: "Sales", value: "Milk", first: "A5" },
  OPPORTUNITY_BELOW_PLAN: { opportunity: "o", plan: "p", months: 12 },
  REVIEW_OVERDUE: { last: "l", next: "n", today: "t" },
  DMU_NO_DECISION_MAKER: { role: "Decision maker" },
  DMU_NO_SUPPORTER: { attitude: "Supporter" },
  DMU_ROLE_UNCOVERED: { role: "User" },
  COMPETITOR_TYPES_UNCOVERED: { types: "Inertia", count: 1 },
  KPI_TARGET_NOT_PLAN: { kpi: "Revenue", target: "67", plan: "78.2", diff: "14%" },
  PROMO_UNPROFITABLE: {
    activity: "Promo",
    incremental: "100",
    margin: "20%",
    cost: "50",
    loss: "30",
  },
  DELISTED_ITEM_PLANNED: { item: "Kefir", status: "Delist", planned: "500" },
  RISK_WITHOUT_MITIGATION: { risk: "Tender", level: "High", what: "both" },
  ACTIVITY_WITHOUT_OWNER: { activity: "Visit" },
  DMU_CONTACT_STALE: {
    kind: "stale",
    person: "Oleg",
    role: "Decision maker",
    last: "1 Jan 2027",
    due: "1 Apr 2027",
    months: 3,
  },
  ACTUALS_MISSING: { months: "Jan 2027, Feb 2027", count: 2, table: "Sales actual" },
  APPROVAL_INCOMPLETE: { status: "Approved", missing: "“Approved by”" },
  PLAN_NOT_APPROVED: { status: "Draft", start: "2027-01-01" },
};

const CODES = Object.keys(FINDING_CODES) as FindingCode[];
const CYRILLIC = /[А-Яа-яЁё]/;

describe("message dictionary", () => {
  it("has a template for exactly the finding codes", () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)("%s has a message in Russian and in English", (code) => {
    const ru = formatMessage(code, "ru", SAMPLE[code]);
    const en = formatMessage(code, "en", SAMPLE[code]);
    expect(ru).toMatch(CYRILLIC);
    expect(en).not.toMatch(CYRILLIC);
    for (const text of [ru, en]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|null|\[object|NaN/);
      expect(text.endsWith(".")).toBe(true);
    }
  });

  it("makes a finding with the code's severity and the message in the language asked", () => {
    const f = makeFinding(
      "DMU_ROLE_UNCOVERED",
      "en",
      { sheet: "Dossier", cell: "A40" },
      { role: "User" }
    );
    expect(f).toEqual({
      severity: "info",
      code: "DMU_ROLE_UNCOVERED",
      sheet: "Dossier",
      cell: "A40",
      name: null,
      message:
        "Nobody in the decision-making unit has the role “User”. Find out who plays this role at the client.",
    });
  });

  it("varies REQUIRED_MISSING by scope: form field, table row, empty table", () => {
    const t = MESSAGES.REQUIRED_MISSING;
    expect(t.ru({ scope: "form", field: "Поле", section: "Раздел", cell: "C5" })).toBe(
      "Не заполнено обязательное поле «Поле» (Раздел). Заполните ячейку C5."
    );
    expect(t.ru({ scope: "row", field: "Поле", section: "Раздел", row: 2, cell: "C5" })).toBe(
      "Таблица «Раздел», строка 2: не заполнено обязательное поле «Поле». Заполните ячейку C5."
    );
    expect(t.en({ scope: "table", section: "Раздел" })).toBe(
      'Table "Раздел" is empty: add at least one row.'
    );
  });

  it("says when the workbook names no template version", () => {
    const t = MESSAGES.TEMPLATE_OUTDATED;
    expect(t.ru({ found: null, current: "1.0.0" })).toContain("версии неизвестной");
    expect(t.en({ found: null, current: "1.0.0" })).toContain("version unknown");
  });
});

describe("Config problems and type hints", () => {
  const problems = Object.keys(CONFIG_PROBLEMS) as ConfigProblemArgs["problem"][];

  it.each(problems)("%s reads in Russian and in English inside CONFIG_INVALID", (problem) => {
    // Every value any problem may use; each template takes the ones it needs.
    const args = {
      table: "Fields",
      column: "type",
      cell: "E6",
      problem,
      value: "v",
      type: "text",
      min: "1",
      max: "0",
      limit: 255,
      section: "s",
      expected: "e",
      allowed: "a, b",
    } as FindingArgs["CONFIG_INVALID"];
    const ru = formatMessage("CONFIG_INVALID", "ru", args);
    const en = formatMessage("CONFIG_INVALID", "en", args);
    expect(ru).toMatch(/^Config!E6 \(таблица Fields, столбец type\): [а-яё«]/);
    expect(en).toMatch(/^Config!E6 \(table Fields, column type\): [a-z"]/);
    expect(en).not.toMatch(CYRILLIC);
    expect(`${ru} ${en}`).not.toMatch(/undefined|\[object/);
  });

  it("has every type hint and type name in both languages", () => {
    for (const text of [...Object.values(TYPE_HINTS), ...Object.values(TYPE_NAMES)]) {
      expect(text.ru).toMatch(CYRILLIC);
      expect(text.en).not.toMatch(CYRILLIC);
    }
  });
});
