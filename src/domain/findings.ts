import type { FindingCode } from "./codes";

export type Severity = "error" | "warning" | "info";

/**
 * One problem found in a workbook: data, never an exception.
 * `cell` and `name` say where it is; at least one of them is set whenever the
 * problem has a place (a deleted sheet has neither).
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** Sheet the finding is about, or null. */
  readonly sheet: string | null;
  /** A1 address of the cell (`C5`), or null. */
  readonly cell: string | null;
  /** Defined name or table name it is about, or null. */
  readonly name: string | null;
  /** In the workbook language: what is wrong, with the values that explain it, and how to fix it. */
  readonly message: string;
}

/**
 * A finding with the workbook file it came from: what `check --format json`
 * prints and what the portfolio summary lists (there with the file's client).
 */
export interface FileFinding extends Finding {
  /** The workbook, as the user named it. */
  readonly file: string;
}

/** The finding with its file, `file` first (the field order of the JSON output). */
export function fileFinding(file: string, finding: Finding): FileFinding {
  const { severity, code, sheet, cell, name, message } = finding;
  return { file, severity, code, sheet, cell, name, message };
}
