import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  workbookReferenceLocation,
  type ReferenceProblem,
} from "../domain/config/reference-location";
import type { KamConfig } from "../domain/config/types";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { isXlsxInputError } from "../xlsx/guard/input-error";
import { readWorkbookFile } from "../xlsx/read/read-workbook";
import { workbookConfig } from "./config-file";

/**
 * What a command takes from the reference a workbook names (spec §11): the reference's
 * configuration, or why there is none; nothing when the workbook names none.
 */
export interface WorkbookReference {
  /** The reference's configuration and where it was read from (as the workbook names it). */
  readonly reference?: { readonly config: KamConfig; readonly where: string };
  readonly referenceProblem?: { readonly where: string; readonly problem: ReferenceProblem };
}

type Loaded =
  | { readonly ok: true; readonly config: KamConfig }
  | { readonly ok: false; readonly problem: ReferenceProblem };

/** References read in this process, by path and the file's size and time (many plans share one). */
const loaded = new Map<string, Promise<Loaded>>();

async function loadReference(path: string): Promise<Loaded> {
  const info = await stat(path).catch(() => null);
  const key = `${path}\u0000${info?.size ?? -1}\u0000${info?.mtimeMs ?? -1}`;
  let found = loaded.get(key);
  if (!found) {
    found = readReference(path);
    loaded.set(key, found);
  }
  return found;
}

async function readReference(path: string): Promise<Loaded> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readWorkbookFile(path);
  } catch (error) {
    if (!isXlsxInputError(error)) throw error;
    return { ok: false, problem: { kind: "file_unreadable", reason: error.reason } };
  }
  const found = workbookConfig(snapshot);
  if (found.kind === "absent") return { ok: false, problem: { kind: "no_config" } };
  if (found.kind === "broken")
    return { ok: false, problem: { kind: "config_broken", count: found.findings.length } };
  return { ok: true, config: found.config };
}

/**
 * The reference configuration the Settings row `reference_config` of a workbook names, for
 * `check`, `summary` and `apply-config` without `--config` (spec §11; `--config` wins): a
 * file path, relative to the folder of the workbook (`file`, an absolute path) or absolute,
 * is read and its Config used as `--config` would use it. An http(s) address (the CLI does
 * not download), a file that cannot be read, one without a Config or with a broken one: a
 * `referenceProblem`, which the check reports as REFERENCE_UNREACHABLE while it goes on with
 * the workbook's own Config. No row, an empty one, or a broken own Config: nothing.
 */
export async function workbookReference(
  snapshot: WorkbookSnapshot,
  file: string
): Promise<WorkbookReference> {
  const location = workbookReferenceLocation(snapshot);
  switch (location.kind) {
    case "none":
      return {};
    case "url":
      return { referenceProblem: { where: location.url, problem: { kind: "url_in_cli" } } };
    case "path": {
      const found = await loadReference(resolve(dirname(file), location.path));
      return found.ok
        ? { reference: { config: found.config, where: location.path } }
        : { referenceProblem: { where: location.path, problem: found.problem } };
    }
  }
}

/** The check options of a workbook's own reference: `reference` and `referenceProblem` as CheckOptions takes them. */
export function referenceCheckOptions(found: WorkbookReference): {
  readonly reference?: KamConfig;
  readonly referenceProblem?: { readonly where: string; readonly problem: ReferenceProblem };
} {
  return {
    ...(found.reference ? { reference: found.reference.config } : {}),
    ...(found.referenceProblem ? { referenceProblem: found.referenceProblem } : {}),
  };
}
