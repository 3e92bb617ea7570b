import type { KamConfig } from "../../domain/config/types";
import type { Finding } from "../../domain/findings";
import type { Bilingual, Lang } from "../../domain/values";
import type { EncodedWorkbook, ExportJob } from "../export/workbook";

/**
 * The per-file jobs a worker thread can run (pool.ts): plain data in, plain
 * data out (structured clone). Each module is loaded on first use.
 */

/** `check` of one file: its findings, or why it could not be read (`file: reason` in both languages). */
export type CheckFileOutput =
  | { readonly kind: "checked"; readonly findings: readonly Finding[] }
  | { readonly kind: "unreadable"; readonly message: Bilingual };

/** What `check` needs to check one file. */
export interface CheckFileInput {
  readonly path: string;
  readonly shown: string;
  readonly today: string;
  readonly lang: Lang | null;
  /** The SKAM's reference configuration (`--config`, spec §11); absent: the one the workbook names in `reference_config`, else its own. */
  readonly reference?: KamConfig;
}

/** Inputs by job kind. */
export interface JobInput {
  readonly export: ExportJob;
  readonly check: CheckFileInput;
}

/** Outputs by job kind. */
export interface JobOutput {
  readonly export: EncodedWorkbook;
  readonly check: CheckFileOutput;
}

/** The jobs' names. */
export type JobKind = keyof JobInput;

/** Read and check one file for `check`; an unreadable file is an output, a bug throws. */
export async function checkFile(input: CheckFileInput): Promise<CheckFileOutput> {
  const [{ readWorkbookFile }, { checkWorkbook }, { isXlsxInputError }, own] = await Promise.all([
    import("../../xlsx/read/read-workbook"),
    import("../../domain/check"),
    import("../../xlsx/guard/input-error"),
    import("../workbook-reference"),
  ]);
  try {
    const snapshot = await readWorkbookFile(input.path, { displayName: input.shown });
    // `--config` wins; without it, the reference the workbook names in Settings reference_config (spec §11).
    const base =
      input.reference === undefined
        ? own.referenceCheckOptions(await own.workbookReference(snapshot, input.path))
        : { reference: input.reference };
    const options =
      input.lang === null
        ? { ...base, today: input.today }
        : { ...base, today: input.today, lang: input.lang };
    return { kind: "checked", findings: checkWorkbook(snapshot, options).findings };
  } catch (error) {
    if (!isXlsxInputError(error)) throw error;
    return {
      kind: "unreadable",
      message: { ru: error.messageIn("ru"), en: error.messageIn("en") },
    };
  }
}

/** Run one job of `kind`. */
export async function runJob<K extends JobKind>(
  kind: K,
  input: JobInput[K]
): Promise<JobOutput[K]> {
  if (kind === "export") {
    const { exportWorkbook } = await import("../export/workbook");
    return (await exportWorkbook(input as ExportJob)) as JobOutput[K];
  }
  return (await checkFile(input)) as JobOutput[K];
}
