import { CONFIG_PROBLEMS, STRUCTURE_MESSAGES, TYPE_HINTS } from "./structure";

const STRUCTURE_CODES = [
  "REQUIRED_MISSING",
  "TYPE_INVALID",
  "OUT_OF_RANGE",
  "NOT_IN_LIST",
  "SHEET_MISSING",
  "TABLE_MISSING",
  "NAME_MISSING",
  "COLUMN_MISSING",
  "COLUMN_UNKNOWN",
  "CONFIG_INVALID",
  "TEMPLATE_OUTDATED",
] as const;

const ARGS = {
  field: "Поле",
  section: "Раздел",
  cell: "C5",
  row: 2,
  value: "x",
  type: "amount",
  hint: "not_a_number",
  range: "от 0 до 1",
  allowed: "«А», «Б»",
  sheet: "Dossier",
  table: "Fields",
  label: "Команда",
  name: "plan_start",
  column: "type",
  found: "0.9.0",
  current: "1.0.0",
  problem: "duplicate_key",
};

describe("structure messages", () => {
  it("has exactly the structural, type and Config codes", () => {
    expect(Object.keys(STRUCTURE_MESSAGES).sort()).toEqual([...STRUCTURE_CODES].sort());
  });

  it.each(STRUCTURE_CODES)("%s reads naturally in Russian and English, with its values", (code) => {
    const template = STRUCTURE_MESSAGES[code];
    const ru = template?.ru(ARGS) ?? "";
    const en = template?.en(ARGS) ?? "";
    expect(ru).toMatch(/[А-Яа-яЁё]/);
    // English text apart from the Russian values substituted into it.
    const stripped = Object.values(ARGS).reduce<string>(
      (text, v) => text.split(String(v)).join(""),
      en
    );
    expect(stripped).not.toMatch(/[А-Яа-яЁё]/);
    for (const text of [ru, en]) {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      expect(text.endsWith(".")).toBe(true);
    }
  });

  it("has a text for every Config problem and type hint in both languages", () => {
    for (const template of Object.values(CONFIG_PROBLEMS)) {
      expect(template.ru({ value: "v", min: 1, max: 0, limit: 255 })).toMatch(/[а-яё]/);
      expect(template.en({ value: "v", min: 1, max: 0, limit: 255 })).not.toMatch(/[а-яё]/);
    }
    for (const hint of Object.values(TYPE_HINTS))
      expect(hint.ru.length * hint.en.length).toBeGreaterThan(0);
  });

  it("varies REQUIRED_MISSING by scope: form field, table row, empty table", () => {
    const t = STRUCTURE_MESSAGES.REQUIRED_MISSING;
    expect(t?.ru({ ...ARGS, scope: "form" })).toBe(
      "Не заполнено обязательное поле «Поле» (Раздел). Заполните ячейку C5."
    );
    expect(t?.ru({ ...ARGS, scope: "row" })).toBe(
      "Таблица «Раздел», строка 2: не заполнено обязательное поле «Поле». Заполните ячейку C5."
    );
    expect(t?.en({ ...ARGS, scope: "table" })).toBe(
      'Table "Раздел" is empty: add at least one row.'
    );
  });
});
