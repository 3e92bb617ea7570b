import type { Finding, Severity } from "../domain/findings";

/** Findings of one sheet within one severity (`sheet` null: about the workbook as a whole). */
export interface SheetGroup {
  readonly sheet: string | null;
  readonly findings: readonly Finding[];
}

/** Findings of one severity, by sheet. */
export interface SeverityGroup {
  readonly severity: Severity;
  readonly sheets: readonly SheetGroup[];
  readonly count: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Findings grouped by severity (errors, warnings, hints) and then by sheet in the order sheets first
 * appear; empty groups are left out; the order of findings inside a group is kept (the core sorts them).
 */
export function groupFindings(findings: readonly Finding[]): readonly SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) return [];
    const bySheet = new Map<string | null, Finding[]>();
    for (const finding of ofSeverity) {
      const list = bySheet.get(finding.sheet) ?? [];
      list.push(finding);
      bySheet.set(finding.sheet, list);
    }
    const sheets = [...bySheet.entries()].map(([sheet, list]) => ({ sheet, findings: list }));
    return [{ severity, sheets, count: ofSeverity.length }];
  });
}

/** `ActionPlan!C5` for a finding with a cell, `plan_start` for one with only a name, '' otherwise. */
export function findingPlace(finding: Finding): string {
  if (finding.sheet !== null && finding.cell !== null) return `${finding.sheet}!${finding.cell}`;
  return finding.cell ?? finding.name ?? "";
}
