import { configFromSnapshot } from "../domain/config/from-snapshot";
import type { KamConfig } from "../domain/config/types";
import type { Finding } from "../domain/findings";
import type { WorkbookSnapshot } from "../domain/snapshot";

/** A workbook's own configuration for template --config and apply-config: found, broken (its findings), or absent. */
export type WorkbookConfig =
  | { readonly kind: "ok"; readonly config: KamConfig }
  | { readonly kind: "broken"; readonly findings: readonly Finding[] }
  | { readonly kind: "absent" };

/** The configuration on a workbook's Config sheet (tables Settings, Sections, Fields, Lists). */
export function workbookConfig(snapshot: WorkbookSnapshot): WorkbookConfig {
  const reading = configFromSnapshot(snapshot);
  if (reading.findings.length > 0) return { kind: "broken", findings: reading.findings };
  return reading.source === "workbook"
    ? { kind: "ok", config: reading.config }
    : { kind: "absent" };
}
