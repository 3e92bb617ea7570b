import { CLI_TEXT_KEYS, cliText, isCalcBlock, type CliText, type CliTextArgs } from "./cli";

/** Arguments for every key, in Latin letters. Typed by CliTextArgs: a key added without them fails to compile. */
const SAMPLE: { readonly [K in CliText]: CliTextArgs[K] } = {
  structure_broken: { file: "plan.xlsx" },
  structure_repair: null,
  calc_spending: null,
  calc_block: { block: "q1" },
  calc_item: null,
  calc_all_items: null,
  calc_sales_plan: null,
  calc_actual_sales: null,
  calc_fulfillment: null,
  write_no_folder: { folder: "out" },
  write_not_folder: { folder: "out" },
  write_is_folder: { shown: "out" },
  write_no_permission: { folder: "out" },
  write_no_space: null,
  write_read_only: null,
  write_error: { code: "EIO" },
  csv_not_found: { shown: "a.csv" },
  csv_too_large: { shown: "a.csv" },
  delimiter_invalid: null,
  start_invalid: { value: "2027-13" },
  check_today_invalid: { today: "x" },
  summary_today_invalid: { today: "x" },
  export_no_files: { paths: "plans" },
  export_output_missing: null,
  export_output_not_folder: { shown: "out" },
  export_written: { folder: "out", files: 3, unreadable: 1, tables: "plans 3" },
  template_config_absent: { file: "c.xlsx" },
  template_config_broken: { file: "c.xlsx" },
  template_written: { out: "p.xlsx", start: "2027-01", period: "year", lang: "en" },
  apply_config_absent: { file: "p.xlsx" },
  apply_config_broken: { n: 3 },
  apply_config_done: { out: "p.xlsx", kept: 12, archived: 2 },
  input_not_file: null,
  input_not_found: null,
  input_no_permission: null,
  input_unreadable: { code: undefined },
  input_too_large: { size: "60.0", limit: "50.0" },
  encrypted_package: null,
  encrypted_or_xls: null,
  not_zip: null,
  zip64: null,
  zip_damaged: null,
  too_many_entries: { n: 20000, limit: 10000 },
  zip_bomb: { size: "900.0", limit: "500.0" },
  zip_encrypted: null,
  part_not_unpacking: { part: "xl/workbook.xml" },
  not_xlsx: null,
  part_not_xml: { part: "xl/workbook.xml" },
  part_missing: { part: "xl/styles.xml", from: "xl/workbook.xml" },
  option_unknown: { option: "--foo" },
  option_value: { option: "--lang" },
  arguments_wrong: { message: "bad" },
  argument_missing: { name: { ru: "FILE", en: "FILE" } },
  arguments_extra: { extra: "b.xlsx" },
  choice_invalid: { name: "lang", allowed: "ru|en", value: "de" },
  output_not_xlsx: { shown: "out.csv" },
  output_is_folder: { shown: "out" },
  output_is_input: { shown: "plan.xlsx" },
  output_exists: { shown: "plan.xlsx" },
  patch_cells: { kept: 3, moved: 1, archived: 2 },
  patch_rewritten: { n: 4 },
  patch_unresolved: { cell: "Notes!B2", reference: "ActionPlan!Z99" },
};

function textOf(key: CliText) {
  const lookup = cliText as (key: CliText, args?: unknown) => { ru: string; en: string };
  return lookup(key, SAMPLE[key] ?? undefined);
}

describe("the CLI texts", () => {
  it("has a Russian and an English text for every key, and they differ", () => {
    expect(CLI_TEXT_KEYS.length).toBe(Object.keys(SAMPLE).length);
    for (const key of CLI_TEXT_KEYS) {
      const text = textOf(key);
      expect(text.ru.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
      expect({ key, ru: text.ru }).not.toEqual({ key, ru: text.en });
    }
  });

  it("writes the English texts without Cyrillic letters", () => {
    for (const key of CLI_TEXT_KEYS) expect(`${key}: ${textOf(key).en}`).not.toMatch(/[а-яё]/i);
  });

  it("puts every argument into both languages", () => {
    const missing = cliText("part_missing", { part: "xl/styles.xml", from: "xl/workbook.xml" });
    expect(missing.ru).toMatch(/xl\/styles\.xml.*xl\/workbook\.xml/);
    expect(missing.en).toMatch(/xl\/styles\.xml.*xl\/workbook\.xml/);
    expect(cliText("input_unreadable", { code: undefined }).en).toBe(
      "the file cannot be read (error)"
    );
  });

  it("names the report's period blocks and leaves other keys alone", () => {
    expect(isCalcBlock("h2")).toBe(true);
    expect(isCalcBlock("m1")).toBe(false);
    expect(isCalcBlock("toString")).toBe(false);
    expect(cliText("calc_block", { block: "q3" })).toEqual({ ru: "3 кв.", en: "Q3" });
  });
});
