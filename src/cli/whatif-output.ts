import { fileFinding, type FileFinding } from "../domain/findings";
import { fromMinor } from "../domain/money";
import { isoOfSerial } from "../domain/periods";
import type { Plan } from "../domain/plan";
import {
  WHATIF_WORDS,
  changeText,
  differenceText,
  inputText,
  leafText,
  valueLabel,
} from "../domain/text/whatif";
import type { Lang } from "../domain/values";
import type { InputTarget, Leaf, ValueUnit, WhatIfResult } from "../domain/whatif";
import { findingLine } from "./output";

/** A value in machine output: amounts in major units, dates `YYYY-MM-DD`, ratios as fractions, empty null. */
type MachineValue = number | string | null;

/** `whatif --format json`. */
export interface WhatIfRecord {
  readonly file: string;
  /** The changes as given: key and value. */
  readonly changes: readonly { readonly key: string; readonly value: string }[];
  /** The input cells the changes make, with their values before and after (machine units). */
  readonly inputs: readonly {
    readonly sheet: string | null;
    readonly cell: string | null;
    readonly input: string;
    readonly target: InputTarget;
    readonly before: MachineValue;
    readonly after: MachineValue;
  }[];
  /** Every computed value: key, unit, before, after, difference (null when none), changed. */
  readonly values: readonly {
    readonly key: string;
    readonly unit: ValueUnit;
    readonly before: MachineValue;
    readonly after: MachineValue;
    readonly difference: number | null;
    readonly changed: boolean;
  }[];
  readonly findings: {
    readonly appeared: readonly FileFinding[];
    readonly resolved: readonly FileFinding[];
  };
}

function machine(unit: ValueUnit, value: Leaf): MachineValue {
  if (value === null || typeof value === "string") return value;
  if (unit === "amount") return fromMinor(value);
  if (unit === "date") return isoOfSerial(value);
  return value;
}

function machineDifference(unit: ValueUnit, difference: number | null): number | null {
  if (difference === null) return null;
  return unit === "amount" ? fromMinor(difference) : difference;
}

/** The machine output of `whatif` for one workbook. */
export function whatIfRecord(
  file: string,
  given: readonly (readonly [string, string])[],
  result: WhatIfResult,
  plan: Plan
): WhatIfRecord {
  return {
    file,
    changes: given.map(([key, value]) => ({ key, value })),
    inputs: result.inputs.map((input) => ({
      sheet: input.ref?.sheet ?? null,
      cell: input.ref?.cell ?? null,
      input: inputText(input, plan, "en"),
      target: input.target,
      before: input.unit === "amount" ? machine("amount", input.before) : input.before,
      after: input.unit === "amount" ? machine("amount", input.after) : input.after,
    })),
    values: result.values.map((v) => ({
      key: v.key,
      unit: v.unit,
      before: machine(v.unit, v.before),
      after: machine(v.unit, v.after),
      difference: machineDifference(v.unit, v.difference),
      changed: v.changed,
    })),
    findings: {
      appeared: (result.findings?.appeared ?? []).map((f) => fileFinding(file, f)),
      resolved: (result.findings?.resolved ?? []).map((f) => fileFinding(file, f)),
    },
  };
}

function grid(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, col) =>
    Math.max(...rows.map((row) => (row[col] ?? "").length))
  );
  return rows.map((row) =>
    `  ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  ")}`.trimEnd()
  );
}

/** How many changed nested values the text shows before it points at `--format json`. */
const DETAIL_LINES = 40;

/**
 * `whatif` for people, in `lang`: the changes, the input cells they make, every headline value
 * before → after with the difference, the nested values that changed, the findings that appear
 * or go away, and a note that the workbook was not written.
 */
export function whatIfText(file: string, result: WhatIfResult, plan: Plan, lang: Lang): string {
  const currency = plan.config.settings.currency;
  const w = (key: keyof typeof WHATIF_WORDS): string => WHATIF_WORDS[key][lang];
  const lines = [`${file} — ${w("title")}`];
  if (result.changes.length === 0) lines.push(w("noChanges"));
  else {
    lines.push(w("changes"), ...result.changes.map((c) => `  ${changeText(c, plan, lang)}`));
  }
  if (result.inputs.length > 0) {
    lines.push(w("inputs"));
    lines.push(
      ...grid(
        result.inputs.map((input) => [
          input.ref === null ? "" : `${input.ref.sheet}!${input.ref.cell}`,
          inputText(input, plan, lang),
          `${leafText(input.unit === "integer" ? "number" : input.unit, input.before, lang, currency)} → ${leafText(input.unit === "integer" ? "number" : input.unit, input.after, lang, currency)}`,
        ])
      )
    );
  }
  const row = (v: WhatIfResult["values"][number]): string[] => [
    valueLabel(v, plan, lang, result.before),
    leafText(v.unit, v.before, lang, currency),
    "→",
    leafText(v.unit, v.after, lang, currency),
    v.changed ? (differenceText(v.unit, v.difference, lang, currency) ?? "") : w("unchanged"),
  ];
  lines.push(w("values"), ...grid(result.values.filter((v) => v.path.length === 1).map(row)));
  const details = result.values.filter((v) => v.path.length > 1 && v.changed);
  if (details.length > 0) {
    lines.push(w("details"), ...grid(details.slice(0, DETAIL_LINES).map(row)));
    if (details.length > DETAIL_LINES)
      lines.push(`  … ${w("more")} ${details.length - DETAIL_LINES} ${w("moreValues")}`);
  }
  const appeared = result.findings?.appeared ?? [];
  const resolved = result.findings?.resolved ?? [];
  if (appeared.length > 0)
    lines.push(w("appeared"), ...appeared.map((f) => `  ${findingLine(file, f)}`));
  if (resolved.length > 0)
    lines.push(w("resolved"), ...resolved.map((f) => `  ${findingLine(file, f)}`));
  lines.push(w("notWritten"));
  return lines.join("\n");
}
