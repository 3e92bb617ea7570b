import type { Month } from "../domain/periods";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { carryValues } from "./carry-values";

const snapshot: WorkbookSnapshot = {
  sheets: [
    { name: "ActionPlan", visible: true },
    { name: "Archive", visible: true },
  ],
  names: [
    { name: "client_name", sheet: "ActionPlan", address: "B3", value: "ООО Ромашка" },
    { name: "plan_start", sheet: "ActionPlan", address: "B6", value: 46388 },
    { name: "plan_end", sheet: "ActionPlan", address: "B8", value: 46752 },
    { name: "kam_name", sheet: "ActionPlan", address: "B4", value: "  " },
  ],
  tables: [
    {
      name: "SalesActual",
      sheet: "ActionPlan",
      address: "A40:F44",
      headers: [
        "Позиция",
        "2027-01",
        "2027-02",
        "Итого 1-й квартал",
        "Итого за период",
        "Комментарий",
      ],
      rows: [
        ["Молоко", 10, null, 10, 10, "из 1С"],
        [null, null, null, 0, 0, null],
        ["Сыр", null, 5, 5, 5, null],
        [null, null, null, 0, 0, "забытая заметка"],
      ],
    },
    {
      name: "Archive",
      sheet: "Archive",
      address: "A2:E3",
      headers: ["section", "row", "field", "address", "value"],
      rows: [["Team", "1: Иванов", "phone", "ActionPlan!E12", "+7 999"]],
    },
  ],
};

describe("carryValues", () => {
  const months: readonly Month[] = [
    "2027-01",
    "2027-02",
    "2027-03",
    "2027-04",
    "2027-05",
    "2027-06",
  ];
  const { values, archived } = carryValues(snapshot, DEFAULT_CONFIG, months);

  it("takes form values by defined name, leaving computed fields out and keeping what a cell holds, even spaces", () => {
    expect(values.form).toEqual({ client_name: "ООО Ромашка", plan_start: 46388, kam_name: "  " });
  });

  it("takes table rows by field key and month, without rollups or spare empty rows", () => {
    expect(values.tables.SalesActual).toEqual([
      { item: "Молоко", "2027-01": 10 },
      { item: "Сыр", "2027-02": 5 },
    ]);
  });

  it("archives month values outside the new plan months", () => {
    const shorter = carryValues(snapshot, DEFAULT_CONFIG, ["2027-02", "2027-03", "2027-04"]);
    expect(shorter.values.tables.SalesActual).toEqual([
      { item: "Молоко" },
      { item: "Сыр", "2027-02": 5 },
    ]);
    expect(shorter.archived.some((a) => a.field === "2027-01" && a.value === 10)).toBe(true);
  });

  it("moves values of unknown columns to the Archive, after the rows already there", () => {
    expect(archived.map((a) => [a.section, a.field, a.address, a.value])).toEqual([
      ["SalesActual", "Комментарий", "ActionPlan!F41", "из 1С"],
      ["SalesActual", "Комментарий", "ActionPlan!F44", "забытая заметка"],
    ]);
    expect(archived[0]?.rowKey).toContain("Молоко");
    expect(values.archive[0]).toEqual({
      section: "Team",
      rowKey: "1: Иванов",
      field: "phone",
      address: "ActionPlan!E12",
      value: "+7 999",
    });
    expect(values.archive).toHaveLength(3);
  });
});
