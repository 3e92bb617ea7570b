import type { FindingCode } from "../codes";
import { DEFAULT_CONFIG } from "../config/defaults";
import type { KamConfig } from "../config/types";
import type { WorkbookSnapshot } from "../snapshot";
import { readPlan } from "./read-plan";
import type { Finding } from "../findings";
import { TEMPLATE_VERSION } from "../version";
import { aPlan, aSnapshot, monthsFrom } from "../testing/builders";
import type { WorkbookBuilder } from "../testing/builders";

const codes = (b: WorkbookBuilder): FindingCode[] => b.read().findings.map((f) => f.code);
const only = (b: WorkbookBuilder, code: FindingCode): Finding[] =>
  b.read().findings.filter((f) => f.code === code);

describe("readPlan", () => {
  it("reads the complete plan without findings, typed", () => {
    const { plan, findings } = aPlan().read();
    expect(findings).toEqual([]);
    expect(plan.form).toMatchObject({
      plan_start: 46388,
      plan_period: "half_year",
      budget_rate: 0.03,
      credit_limit: 500_000_000,
      plan_end: null,
    });
    expect(plan.formRefs["plan_start"]).toEqual({ sheet: "ActionPlan", cell: "C6" });
    expect(plan.tables["Team"]?.rows.map((r) => r.values["role"])).toEqual([
      "kam",
      "executive_sponsor",
    ]);
    expect(plan.tables["SalesPlan"]?.monthColumns).toEqual(monthsFrom("2027-01", 6));
    expect(plan.tables["SalesPlan"]?.rows[1]?.months["2027-03"]).toBe(5_000_000);
    expect(plan.workbookTemplateVersion).toBe(TEMPLATE_VERSION);
  });

  it("reads headers in the other language, by key, and case/space-insensitively", () => {
    const b = aPlan().withHeaders("Team", ["MEMBER", " role ", "Обязательства", "time  share"]);
    expect(b.read().findings).toEqual([]);
    expect(b.plan().tables["Team"]?.rows[0]?.values["time_share"]).toBe(0.5);
  });

  it("reads an English workbook the same way", () => {
    const { plan, findings } = aPlan().lang("en").read();
    expect(findings).toEqual([]);
    expect(plan.tables["KPI"]?.rows.map((r) => r.values["period"])).toEqual(["quarter", "quarter"]);
  });

  describe("REQUIRED_MISSING", () => {
    it("flags an empty required form field at its cell", () => {
      const [f] = only(aPlan().set("kam_name", " "), "REQUIRED_MISSING");
      expect(f).toMatchObject({
        severity: "error",
        sheet: "ActionPlan",
        cell: "C4",
        name: "kam_name",
      });
      expect(f?.message).toBe(
        "Не заполнено обязательное поле «КАМ» (Параметры плана). Заполните ячейку C4."
      );
    });
    it("flags an empty required cell of a filled row, and ignores fully empty rows", () => {
      const b = aPlan().addRow("Team", { member: null, role: "КАМ" }).addRow("Team", {});
      const found = only(b, "REQUIRED_MISSING");
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(
        /Таблица «Команда», строка 3: не заполнено обязательное поле «Участник»/
      );
      expect(b.plan().tables["Team"]?.rows).toHaveLength(3);
    });
    it("flags the required tables Team, SalesPlan and KPI when they have no rows, once each", () => {
      const b = aPlan()
        .emptyTable("Team")
        .emptyTable("SalesPlan")
        .emptyTable("KPI")
        .emptyTable("Risks");
      expect(only(b, "REQUIRED_MISSING").map((f) => [f.name, f.message])).toEqual([
        ["Team", "Таблица «Команда» пуста: добавьте хотя бы одну строку."],
        ["SalesPlan", "Таблица «План продаж» пуста: добавьте хотя бы одну строку."],
        ["KPI", "Таблица «KPI» пуста: добавьте хотя бы одну строку."],
      ]);
    });
    it("does not flag optional empty fields", () => {
      expect(codes(aPlan().set("checkpoint_period", null).set("headcount", null))).toEqual([]);
    });
  });

  describe("TYPE_INVALID", () => {
    it("flags text in an amount with a hint, and leaves the value null", () => {
      const { plan, findings } = aPlan().set("credit_limit", "5 000 000").read();
      expect(findings.map((f) => [f.code, f.cell])).toEqual([["TYPE_INVALID", "C14"]]);
      expect(findings[0]?.message).toBe(
        "«Кредитный лимит»: значение «5 000 000» — не сумма. Число сохранено как текст: введите его заново без пробелов и апострофа."
      );
      expect(plan.form["credit_limit"]).toBeNull();
    });
    it("flags a date typed as text such as 31.02.2027", () => {
      const [f] = aPlan().set("plan_start", "31.02.2027").read().findings;
      expect(f?.code).toBe("TYPE_INVALID");
      expect(f?.message).toMatch(/введите настоящую дату/);
    });
    it("flags text in a month cell and counts it as 0; an empty month cell is 0 without a finding", () => {
      const b = aPlan().addRow("SalesPlan", {
        item: "Творог",
        "2027-01": "много",
        "2027-02": null,
        "2027-03": 1,
      });
      const findings = b.read().findings;
      expect(findings.map((f) => f.code)).toEqual(["TYPE_INVALID"]);
      expect(findings[0]?.message).toMatch(/«2027-01»: значение «много» — не сумма/);
      const row = b.plan().tables["SalesPlan"]?.rows[2];
      expect([row?.months["2027-01"], row?.months["2027-02"], row?.months["2027-03"]]).toEqual([
        0, 0, 100,
      ]);
    });
    it("reads a number in a text field as text and text starting with = as text", () => {
      expect(codes(aPlan().set("client_name", 12345).set("kam_name", "=1+1"))).toEqual([]);
    });
  });

  describe("OUT_OF_RANGE", () => {
    it("flags a time share of 150 % and keeps the value", () => {
      const b = aPlan().rows("Team", [{ member: "Иван", role: "КАМ", time_share: 1.5 }]);
      const [f] = b.read().findings;
      expect(f?.code).toBe("OUT_OF_RANGE");
      expect(f?.cell).toMatch(/^D\d+$/);
      expect(f?.message).toBe(
        "«Доля времени»: значение 150\u00a0% вне допустимых границ. Введите значение от 1\u00a0% до 100\u00a0%."
      );
      expect(b.plan().tables["Team"]?.rows[0]?.values["time_share"]).toBe(1.5);
    });
    it("flags a negative amount, influence 7 and deferral 400 days", () => {
      const b = aPlan()
        .set("credit_limit", -1)
        .set("credit_depth_days", 400)
        .addRow("DecisionGroup", { person: "X", role: "ЛПР (принимает решение)", influence: 7 });
      expect(only(b, "OUT_OF_RANGE").map((f) => f.message)).toEqual([
        "«Кредитный лимит»: значение -1,00\u00a0₽ вне допустимых границ. Введите значение не меньше 0,00\u00a0₽.",
        "«Глубина отсрочки, дней»: значение 400 вне допустимых границ. Введите значение от 0 до 365.",
        "«Влияние (1–5)»: значение 7 вне допустимых границ. Введите значение от 1 до 5.",
      ]);
    });
    it("accepts the bounds themselves", () => {
      expect(codes(aPlan().set("credit_depth_days", 365).set("credit_limit", 0))).toEqual([]);
    });
  });

  describe("NOT_IN_LIST", () => {
    it("flags a value not in the list and lists the allowed labels in the workbook language", () => {
      const [f] = aPlan().set("plan_period", "месяц").read().findings;
      expect(f).toMatchObject({ code: "NOT_IN_LIST", cell: "C7", name: "plan_period" });
      expect(f?.message).toBe(
        "«Период плана»: значения «месяц» нет в списке. Выберите одно из: «Квартал», «Полугодие», «Год»."
      );
    });
    it("accepts the key and either language", () => {
      expect(codes(aPlan().set("plan_period", "year").set("client_segment", "Strategic"))).toEqual(
        []
      );
    });
  });

  describe("SHEET_MISSING", () => {
    it("flags a deleted sheet once, without repeating each of its names and tables", () => {
      const found = aPlan().withoutSheet("Dossier").read().findings;
      expect(found.map((f) => [f.code, f.sheet])).toEqual([["SHEET_MISSING", "Dossier"]]);
      expect(found[0]?.message).toMatch(/Нет листа «Dossier»/);
    });
    it("matches sheet names case-insensitively", () => {
      const snapshot = aPlan().snapshot();
      const renamed = {
        ...snapshot,
        sheets: snapshot.sheets.map((s) => ({ ...s, name: s.name.toUpperCase() })),
      };
      expect(readPlanCodes(renamed)).toEqual([]);
    });
  });

  describe("TABLE_MISSING", () => {
    it("flags a deleted table and marks it not present", () => {
      const { plan, findings } = aPlan().without("Risks").read();
      expect(findings.map((f) => [f.code, f.sheet, f.name])).toEqual([
        ["TABLE_MISSING", "ActionPlan", "Risks"],
      ]);
      expect(plan.tables["Risks"]).toEqual({
        key: "Risks",
        present: false,
        ref: null,
        rows: [],
        monthColumns: [],
      });
    });
  });

  describe("NAME_MISSING", () => {
    it("flags a deleted name and a #REF! name, also of computed fields", () => {
      const b = aPlan().withoutName("plan_start").breakName("kpi_score");
      expect(b.read().findings.map((f) => [f.code, f.name, f.cell])).toEqual([
        ["NAME_MISSING", "plan_start", null],
        ["NAME_MISSING", "kpi_score", null],
      ]);
      expect(b.read().findings[1]?.message).toMatch(/#ССЫЛКА!/);
      expect(b.plan().formRefs["plan_start"]).toBeUndefined();
    });
  });

  describe("COLUMN_MISSING and COLUMN_UNKNOWN", () => {
    it("flags a missing column at the table header", () => {
      const [f] = aPlan().withoutColumn("KPI", "weight").read().findings;
      expect(f).toMatchObject({ code: "COLUMN_MISSING", severity: "error", name: "KPI" });
      expect(f?.message).toBe(
        "В таблице «KPI» нет столбца «Вес». Верните столбец с этим заголовком."
      );
    });
    it("does not require the column of a hidden field", () => {
      const config = hide("Risks", "owner");
      expect(codes(aPlan().withConfig(config).withoutColumn("Risks", "owner"))).toEqual([]);
    });
    it("warns about an unknown column at its header cell, and a repeated one", () => {
      const b = aPlan().withExtraColumn("Team", "Телефон").withExtraColumn("Team", "Роль");
      expect(b.read().findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
        ["COLUMN_UNKNOWN", "warning", "E36"],
        ["COLUMN_UNKNOWN", "warning", "F36"],
      ]);
      expect(b.read().findings[1]?.message).toMatch(/повторяется/);
    });
    it("knows month columns and rollup columns of the sales tables", () => {
      expect(codes(aPlan().lasting("year"))).toEqual([]);
      expect(codes(aPlan().withExtraColumn("Team", "2027-01"))).toEqual(["COLUMN_UNKNOWN"]);
    });
  });

  describe("TEMPLATE_OUTDATED", () => {
    it("warns when the workbook was built by an older template, compared numerically", () => {
      const [f] = aPlan().templateVersion("0.9.12").read().findings;
      expect(f).toMatchObject({
        code: "TEMPLATE_OUTDATED",
        severity: "warning",
        sheet: "Config",
        name: "template_version",
      });
      expect(f?.message).toContain(`версии 0.9.12, текущая версия — ${TEMPLATE_VERSION}`);
    });
    it("is quiet for the same or a newer version, and for a bare workbook", () => {
      expect(codes(aPlan().templateVersion(TEMPLATE_VERSION))).toEqual([]);
      expect(codes(aPlan().templateVersion("1.10.0"))).toEqual([]);
      expect(codes(aPlan().withoutConfigTables())).toEqual([]);
    });
    it("treats a Settings table without a version as outdated", () => {
      expect(codes(aPlan().templateVersion(null))).toEqual(["TEMPLATE_OUTDATED"]);
    });
  });

  it("reports the empty template: every required form field and required table", () => {
    const found = aSnapshot().read().findings;
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["REQUIRED_MISSING"]));
    expect(found).toHaveLength(11);
  });
});

function hide(section: string, key: string): KamConfig {
  return {
    ...DEFAULT_CONFIG,
    fields: DEFAULT_CONFIG.fields.map((f) =>
      f.section === section && f.key === key ? { ...f, hidden: true } : f
    ),
  };
}

function readPlanCodes(snapshot: WorkbookSnapshot): FindingCode[] {
  return readPlan(snapshot, DEFAULT_CONFIG, "ru").findings.map((f) => f.code);
}
