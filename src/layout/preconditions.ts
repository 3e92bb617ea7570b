import type { FindingCode } from "../domain/codes";
import type { KamConfig } from "../domain/config/types";
import type { Finding } from "../domain/findings";
import { readPlan } from "../domain/read/read-plan";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { Lang } from "../domain/values";
import { appliedStructure, readAppliedSchema } from "./applied-schema";

/** The findings that stop a restructuring: the structure values are carried through is gone. */
const REFUSING: readonly FindingCode[] = ["SHEET_MISSING", "TABLE_MISSING", "NAME_MISSING"];

/**
 * What every workbook built from `config` surely has, whatever was applied
 * before: the core fields (they cannot be deleted or hidden, spec §3) and the
 * sections that hold them. A field or section a SKAM has just added to Config
 * is not on the sheets yet, so it is not expected. (A workbook that stores
 * its applied schema is judged by that: `expectedStructure`.)
 */
export function coreStructure(config: KamConfig): KamConfig {
  const fields = config.fields.filter((f) => f.core && !f.hidden);
  const sections = config.sections.filter((s) => fields.some((f) => f.section === s.key));
  return { ...config, sections, fields };
}

/**
 * What the sheets of `snapshot` were built with, for `restructureRefusals`
 * before carrying them into `config`: the schema the workbook stores
 * (applied-schema.ts: every visible field, custom ones included, so a
 * deleted name of a custom field refuses too), or `coreStructure(config)`
 * for a workbook built before the schema was stored.
 */
export function expectedStructure(snapshot: WorkbookSnapshot, config: KamConfig): KamConfig {
  const applied = readAppliedSchema(snapshot);
  return applied ? appliedStructure(config, applied) : coreStructure(config);
}

/**
 * Why a restructuring (apply configuration, upgrade, a new period, an
 * actuals import; CLI and Office.js alike) must refuse to carry a workbook's
 * values (spec §8, "refuse, don't guess"): every plan sheet of `built` that
 * is missing (SHEET_MISSING), every defined name of a managed field that is
 * deleted or points at a deleted cell (NAME_MISSING), every table that is
 * deleted or renamed (TABLE_MISSING). `built` describes what the sheets were
 * built with (the workbook's own configuration, or `coreStructure` of a new
 * one). Each finding names the thing and how to repair it, in `lang`. Empty:
 * safe to carry. Pure; the caller changes nothing when this is not empty.
 */
export function restructureRefusals(
  snapshot: WorkbookSnapshot,
  built: KamConfig,
  lang: Lang
): readonly Finding[] {
  return readPlan(snapshot, built, lang).findings.filter((f) => REFUSING.includes(f.code));
}
