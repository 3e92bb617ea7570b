import { serialOfIso } from "../../domain/periods";
import type { Rect } from "./address";
import { DoubleClientObject, unknownProperty } from "./context";
import { excelError } from "./errors";
import {
  assertSheetEditable,
  cellForWrite,
  readCell,
  type SheetModel,
  type ValidationModel,
} from "./model";

interface Target {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const RULE_KEYS = [
  "wholeNumber",
  "decimal",
  "date",
  "time",
  "textLength",
  "list",
  "custom",
] as const;

/**
 * A rule as `DataValidation.rule` accepts it
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationrule):
 * exactly one criterion; a number/date rule needs `formula1` and an operator;
 * a list rule needs a `source` (a range reference like `=Lists!$A$2:$A$4`, or
 * inline text). Anything else is InvalidArgument.
 */
export function assertRule(rule: Excel.DataValidationRule): void {
  const present = RULE_KEYS.filter((k) => rule[k] !== undefined);
  if (present.length !== 1)
    throw excelError("InvalidArgument", "A data validation rule needs exactly one criterion");
  const key = present[0];
  if (key === "list") {
    const source = rule.list?.source;
    if (typeof source !== "string" || source.length === 0)
      throw excelError("InvalidArgument", "A list rule needs a source");
    return;
  }
  if (key === "custom") {
    if (!rule.custom?.formula) throw excelError("InvalidArgument", "A custom rule needs a formula");
    return;
  }
  const basic: Excel.BasicDataValidation | undefined = rule[key as "wholeNumber"];
  // Office.js callers are JavaScript too: check what the types promise.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!basic || basic.formula1 === undefined || !basic.operator)
    throw excelError("InvalidArgument", `A ${key} rule needs formula1 and an operator`);
  if (
    (basic.operator === "Between" || basic.operator === "NotBetween") &&
    basic.formula2 === undefined
  )
    throw excelError("InvalidArgument", `A ${key} rule between two bounds needs formula2`);
  if (key === "date") {
    for (const bound of [basic.formula1, basic.formula2]) {
      if (bound === undefined) continue;
      if (dateBound(bound) === null)
        throw excelError(
          "InvalidArgument",
          `A date rule bound must be a Date, a Range or a string (ISO 8601 date or formula), not ${JSON.stringify(bound)}`
        );
    }
  }
}

/**
 * A date rule's bound as Excel keeps it: `DateTimeDataValidation.formula1` is set as a Date, a Range or a
 * string — an ISO 8601 date or a formula — and always read back as a string formula such as `=46388`
 * (https://learn.microsoft.com/javascript/api/excel/excel.datetimedatavalidation). A number is not one of
 * those (the @types/office-js type is `string | Date | Range`): null, and the rule is refused.
 */
export function dateBound(bound: unknown): string | null {
  if (bound instanceof Date)
    return Number.isNaN(bound.getTime()) ? null : dateBound(bound.toISOString().slice(0, 10));
  if (typeof bound === "object" && bound !== null && "path" in bound)
    return `=${String(bound.path)}`;
  if (typeof bound !== "string") return null;
  if (bound.startsWith("=")) return bound;
  const iso = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+Z?)?$/.exec(bound.trim());
  const days = iso?.[1] ? serialOfIso(iso[1]) : null;
  if (days === null) return null;
  // Excel's serials count the nonexistent 1900-02-29: before it they are one less than days since 1899-12-30.
  return `=${days < 61 ? days - 1 : days}`;
}

/** The rule as Excel stores it: date bounds as string formulas. */
function storedRule(rule: Excel.DataValidationRule): Excel.DataValidationRule {
  const copy = structuredClone(rule);
  if (copy.date) {
    const f1 = dateBound(rule.date?.formula1);
    const f2 = rule.date?.formula2 === undefined ? undefined : dateBound(rule.date.formula2);
    copy.date = { ...copy.date, formula1: f1 ?? "", ...(f2 ? { formula2: f2 } : {}) };
  }
  return copy;
}

function eachCell(t: Target, fn: (row: number, col: number) => void): void {
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r += 1)
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c += 1) fn(r, c);
}

/** Give every cell of the range a changed copy of its validation (cells sharing one keep sharing the copy). */
function patchValidations(t: Target, patch: (v: ValidationModel) => ValidationModel): void {
  const copies = new Map<ValidationModel | null, ValidationModel>();
  eachCell(t, (r, c) => {
    const cell = cellForWrite(t.sheet, r, c);
    let copy = copies.get(cell.validation);
    if (!copy) {
      copy = patch(
        cell.validation ?? { rule: {}, prompt: null, errorAlert: null, ignoreBlanks: true }
      );
      copies.set(cell.validation, copy);
    }
    cell.validation = copy;
  });
}

/**
 * `Range.dataValidation`: `rule`, `prompt`, `errorAlert`, `ignoreBlanks`,
 * `clear()`, and `type`. Setting a rule replaces the rule of every cell of the
 * range. Not allowed on a protected sheet (AccessDenied).
 */
export class DoubleDataValidation extends DoubleClientObject<Target> {
  protected scalarProperties(): readonly string[] {
    return ["rule", "prompt", "errorAlert", "ignoreBlanks", "type"];
  }
  protected readProperty(t: Target, name: string): unknown {
    const v = readCell(t.sheet, t.rect.row, t.rect.col).validation;
    switch (name) {
      case "rule":
        return v?.rule ?? {};
      case "prompt":
        return v?.prompt ?? { showPrompt: false, title: "", message: "" };
      case "errorAlert":
        return v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
      case "ignoreBlanks":
        return v?.ignoreBlanks ?? true;
      case "type": {
        const key = v ? RULE_KEYS.find((k) => v.rule[k] !== undefined) : undefined;
        return key ? key.charAt(0).toUpperCase() + key.slice(1) : "None";
      }
      default:
        throw unknownProperty(this.path, name);
    }
  }
  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", rule, (t) => {
      assertSheetEditable(t.sheet);
      assertRule(rule);
      const model: ValidationModel = {
        rule: storedRule(rule),
        prompt: null,
        errorAlert: null,
        ignoreBlanks: true,
      };
      eachCell(t, (r, c) => {
        cellForWrite(t.sheet, r, c).validation = model;
      });
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.get("prompt");
  }
  /** Input prompt; Excel limits the title to 32 and the message to 255 characters (InvalidArgument beyond). */
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.set("prompt", prompt, (t) => {
      assertSheetEditable(t.sheet);
      if (prompt.title.length > 32 || prompt.message.length > 255)
        throw excelError(
          "InvalidArgument",
          "A validation prompt is limited to a 32-character title and a 255-character message"
        );
      patchValidations(t, (v) => ({ ...v, prompt: { ...prompt } }));
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", alert, (t) => {
      assertSheetEditable(t.sheet);
      if (alert.title.length > 32 || alert.message.length > 255)
        throw excelError(
          "InvalidArgument",
          "A validation alert is limited to a 32-character title and a 255-character message"
        );
      patchValidations(t, (v) => ({ ...v, errorAlert: { ...alert } }));
    });
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.set("ignoreBlanks", ignore, (t) => {
      assertSheetEditable(t.sheet);
      patchValidations(t, (v) => ({ ...v, ignoreBlanks: ignore }));
    });
  }
  get type(): string {
    return this.get("type");
  }
  /** Remove validation from every cell of the range. */
  clear(): void {
    this.call("clear", [], (t) => {
      assertSheetEditable(t.sheet);
      eachCell(t, (r, c) => {
        const cell = t.sheet.cells.get(r * 16384 + c);
        if (cell) cell.validation = null;
      });
    });
  }
}
