import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { SnapshotTable, WorkbookSnapshot } from "../snapshot";
import type { Lang } from "../values";
import { TEMPLATE_VERSION } from "../version";
import { cellAddress } from "./a1";
import { normalizeText } from "./text";
import { compareVersions } from "./version";

/** The workbook's Settings table (found by name, case-insensitively), or undefined. */
export function settingsTable(snapshot: WorkbookSnapshot): SnapshotTable | undefined {
  return snapshot.tables.find((t) => t.name.toLowerCase() === "settings");
}

/** The Settings row `template_version`: its text and cell, or null when the table has no such row. */
export function templateVersionCell(
  table: SnapshotTable
): { version: string | null; cell: string | null } | null {
  const keyCol = table.headers.findIndex((h) => normalizeText(h) === "key");
  const valueCol = table.headers.findIndex((h) => normalizeText(h) === "value");
  if (keyCol < 0 || valueCol < 0) return null;
  const row = table.rows.findIndex(
    (r) => typeof r[keyCol] === "string" && normalizeText(r[keyCol]) === "template_version"
  );
  if (row < 0) return null;
  const raw = table.rows[row]?.[valueCol];
  const version =
    typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : null;
  return { version: version || null, cell: cellAddress(table.address, 1 + row, valueCol) };
}

/**
 * The workbook's template version and TEMPLATE_OUTDATED when it is older than
 * TEMPLATE_VERSION (numeric comparison). A workbook without a Settings table
 * (a bare workbook) gets no finding; a Settings table without a readable
 * `template_version` is treated as outdated (built before versions were stored).
 */
export function templateVersionOf(
  snapshot: WorkbookSnapshot,
  lang: Lang
): { version: string | null; findings: Finding[] } {
  const table = settingsTable(snapshot);
  if (!table) return { version: null, findings: [] };
  const found = templateVersionCell(table);
  const version = found?.version ?? null;
  const comparison = version === null ? -1 : compareVersions(version, TEMPLATE_VERSION);
  if (comparison === null || comparison >= 0) return { version, findings: [] };
  const place = {
    sheet: table.sheet,
    cell: found?.cell ?? cellAddress(table.address, 0, 0),
    name: "template_version",
  };
  return {
    version,
    findings: [
      makeFinding("TEMPLATE_OUTDATED", lang, place, { found: version, current: TEMPLATE_VERSION }),
    ],
  };
}
