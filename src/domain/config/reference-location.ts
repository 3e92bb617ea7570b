import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { Bilingual, Lang } from "../values";
import { settingPlace } from "./drift";
import { configFromSnapshot } from "./from-snapshot";
import type { WorkbookSnapshot } from "../snapshot";
import type { ConfigTables } from "./parse";

/**
 * Where a workbook says its SKAM's reference configuration is (spec §11): the Settings row
 * `reference_config`, a URL or a file path. Empty: no reference.
 */
export type ReferenceLocation =
  | { readonly kind: "none" }
  | { readonly kind: "url"; readonly url: string }
  | { readonly kind: "path"; readonly path: string };

/** Why the task pane or the CLI could not use the reference. */
export type ReferenceProblem =
  /** A file path (`C:\…`, `\\server\share\…`, `/home/…`, `plans/ref.xlsx`): a task pane runs in a browser and cannot open files. */
  | { readonly kind: "local_path" }
  /** The CLI does not download: an http(s) address is for the task pane; the CLI takes `--config`. */
  | { readonly kind: "url_in_cli" }
  /** The CLI could not read the file the path names (missing, not an .xlsx, damaged): why, in both languages. */
  | { readonly kind: "file_unreadable"; readonly reason: Bilingual }
  /** The address did not answer with the file (network, sign-in, CORS, an HTTP status). */
  | { readonly kind: "fetch_failed"; readonly detail: string }
  | { readonly kind: "not_xlsx"; readonly detail: string }
  | { readonly kind: "no_config" }
  | { readonly kind: "config_broken"; readonly count: number };

/** The location a `reference_config` setting names: http(s) URLs are fetched, anything else is a path. */
export function referenceLocation(value: string): ReferenceLocation {
  const text = value.trim();
  if (text === "") return { kind: "none" };
  return /^https?:\/\//i.test(text) ? { kind: "url", url: text } : { kind: "path", path: text };
}

/**
 * Where the workbook's own Config says its reference is (`reference_config`): none when the
 * row is absent or empty, or when the workbook has no valid Config of its own. The pane and the
 * CLI each resolve the location their way (a URL fetched, a path read).
 */
export function workbookReferenceLocation(snapshot: WorkbookSnapshot): ReferenceLocation {
  const own = configFromSnapshot(snapshot);
  return own.source === "workbook"
    ? referenceLocation(own.config.settings.referenceConfig)
    : { kind: "none" };
}

/**
 * REFERENCE_UNREACHABLE (warning) at the Settings `reference_config` cell: the workbook names
 * a reference the pane could not use, so drift from it is not checked; the message says why
 * and what to do (publish it at an https address, or check with the CLI's `--config`).
 */
export function referenceUnreachable(
  tables: ConfigTables,
  where: string,
  problem: ReferenceProblem,
  lang: Lang
): Finding {
  const place = settingPlace(tables, "reference_config");
  return makeFinding("REFERENCE_UNREACHABLE", lang, place, { where, problem });
}
