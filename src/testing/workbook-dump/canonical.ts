import { serialOfUnixMs } from "../../domain/periods";
import { columnLetter } from "../../domain/read/a1";
import type { DumpValidation } from "./types";

/** A formula without `=` and `_xlfn.` prefixes. */
export function canonicalFormula(f: string): string {
  return f.replace(/^=/, "").replace(/_xlfn\./g, "");
}

/** A bound as text: numbers as they are, formula strings without `=`. */
export function bound(v: unknown): string {
  if (v instanceof Date) return String(Math.round(serialOfUnixMs(v.getTime())));
  if (typeof v === "string") return v.replace(/^=/, "");
  return String(v);
}

/** Group `cell → rule` into DumpValidations with sorted vertical runs. */
export function groupValidations(
  sheet: string,
  byCell: ReadonlyMap<number, string>
): DumpValidation[] {
  const byRule = new Map<string, number[]>();
  for (const [key, rule] of byCell) byRule.set(rule, [...(byRule.get(rule) ?? []), key]);
  return [...byRule.entries()]
    .map(([rule, keys]) => ({ sheet, rule, ranges: runs(keys) }))
    .sort(
      (a, b) => (a.ranges[0] ?? "").localeCompare(b.ranges[0] ?? "") || a.rule.localeCompare(b.rule)
    );
}

/** Cell keys (row * 16384 + col) as vertical runs `B5:B9`, sorted by column then row. */
function runs(keys: number[]): string[] {
  const cells = keys
    .map((k) => ({ row: Math.floor(k / 16384), col: k % 16384 }))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  let start: { row: number; col: number } | null = null;
  let end = -1;
  const flush = (): void => {
    if (!start) return;
    const a = `${columnLetter(start.col)}${start.row + 1}`;
    out.push(end === start.row ? a : `${a}:${columnLetter(start.col)}${end + 1}`);
  };
  for (const c of cells) {
    if (start && c.col === start.col && c.row === end + 1) {
      end = c.row;
      continue;
    }
    flush();
    start = c;
    end = c.row;
  }
  flush();
  return out;
}

/** Canonical rule text from its parts. */
export function ruleText(parts: {
  kind: string;
  operator: string;
  bounds: readonly unknown[];
  allowBlank: boolean;
  prompt: { title: string; message: string } | null;
  error: { style: string; title: string; message: string } | null;
}): string {
  const prompt = parts.prompt ? `prompt:${parts.prompt.title}|${parts.prompt.message}` : "prompt:-";
  const error = parts.error
    ? `error:${parts.error.style.toLowerCase()}|${parts.error.title}|${parts.error.message}`
    : "error:-";
  // "Allow blank" means nothing for a rule that allows any value (a prompt only): not compared.
  const blank = parts.kind.toLowerCase() === "any" ? "blank:n/a" : `blank:${parts.allowBlank}`;
  return [
    parts.kind.toLowerCase(),
    parts.operator.toLowerCase(),
    parts.bounds.map(bound).join(","),
    blank,
    prompt,
    error,
  ].join(" ; ");
}
