import { DEFAULT_LISTS } from "../config/default-lists";
import type { FieldType } from "../config/types";
import { toMinor as toMinorUnits } from "../money";
import { booleanOf, indexLists, readCell } from "./cell";

const lists = indexLists(DEFAULT_LISTS);
const read = (raw: Parameters<typeof readCell>[0], type: FieldType) => readCell(raw, type, lists);

describe("readCell", () => {
  it("treats null and blank text as empty", () => {
    for (const kind of ["text", "amount", "date", "bool"] as const) {
      expect(read(null, { kind })).toEqual({ kind: "empty" });
      expect(read("   ", { kind })).toEqual({ kind: "empty" });
    }
  });

  it("reads numbers and booleans as text in text fields, and =… as plain text", () => {
    expect(read(42, { kind: "text" })).toMatchObject({ value: "42" });
    expect(read(true, { kind: "long_text" })).toMatchObject({ value: "TRUE" });
    expect(read("=SUM(A1)", { kind: "text" })).toMatchObject({ kind: "value", value: "=SUM(A1)" });
  });

  it("turns amounts into minor units, rounding half away from zero like Excel", () => {
    expect(read(1234.5, { kind: "amount" })).toMatchObject({ value: 123450, compared: 1234.5 });
    expect(toMinorUnits(1.005)).toBe(101);
    expect(toMinorUnits(-1.005)).toBe(-101);
    expect(toMinorUnits(0.125)).toBe(13);
    expect(toMinorUnits(-2.675)).toBe(-268);
    expect(read(2e13, { kind: "amount" })).toEqual({ kind: "type_invalid", hint: "too_large" });
  });

  it("refuses numbers stored as text, with a hint", () => {
    expect(read("1 000", { kind: "amount" })).toEqual({
      kind: "type_invalid",
      hint: "number_as_text",
    });
    expect(read("abc", { kind: "number" })).toEqual({ kind: "type_invalid", hint: "not_a_number" });
    expect(read("5%", { kind: "percent" })).toEqual({ kind: "type_invalid", hint: "percent_text" });
    expect(read(true, { kind: "number" })).toEqual({ kind: "type_invalid", hint: "not_a_number" });
  });

  it("wants whole numbers in integer fields", () => {
    expect(read(30, { kind: "integer" })).toMatchObject({ value: 30 });
    expect(read(30.5, { kind: "integer" })).toEqual({ kind: "type_invalid", hint: "not_whole" });
  });

  it("reads dates as whole serials and refuses date text", () => {
    expect(read(46388.75, { kind: "date" })).toMatchObject({ value: 46388 });
    expect(read("31.02.2027", { kind: "date" })).toEqual({
      kind: "type_invalid",
      hint: "date_text",
    });
    expect(read("2027-01-15", { kind: "date" })).toEqual({
      kind: "type_invalid",
      hint: "date_text",
    });
    expect(read(-5, { kind: "date" })).toEqual({ kind: "type_invalid", hint: "date_range" });
    expect(read(3e6, { kind: "date" })).toEqual({ kind: "type_invalid", hint: "date_range" });
  });

  it("reads booleans from TRUE/FALSE, 1/0 and да/нет/yes/no", () => {
    expect(["да", "Yes", "TRUE", "истина", 1, true].map(booleanOf)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["нет", "no", "false", 0, false].map(booleanOf)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(read("maybe", { kind: "bool" })).toEqual({ kind: "type_invalid", hint: "bool_text" });
  });

  it("accepts a list value by key or label in either language, trimmed, any case, ё as е", () => {
    const type: FieldType = { kind: "list", list: "plan_periods" };
    for (const spelling of ["half_year", " Полугодие ", "HALF YEAR", "half  year"])
      expect(read(spelling, type)).toMatchObject({ value: "half_year" });
    expect(read("Отменено", { kind: "list", list: "activity_status" })).toMatchObject({
      value: "cancelled",
    });
    expect(read("отменён", { kind: "list", list: "outcomes" })).toMatchObject({
      value: "cancelled",
    });
    expect(read("Отменен", { kind: "list", list: "outcomes" })).toMatchObject({
      value: "cancelled",
    });
    expect(read("decade", type)).toEqual({ kind: "not_in_list" });
    expect(read(true, type)).toEqual({ kind: "not_in_list" });
    expect(read("kam", { kind: "list", list: "no_such_list" })).toEqual({ kind: "not_in_list" });
  });
});
