import type { Lang } from "../domain/values";
import { adapterText, errorCode, failureOfCode } from "./messages";
import type { ActionResult } from "./types";

/**
 * `Excel.run` for an action that writes: `delayForCellEdit` so a user typing
 * in a cell delays the batch instead of failing it
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions), and
 * any error Excel raises outside the recoverable rebuild (during the reads)
 * turned into a failed ActionResult with a ru/en message — nothing was
 * written at that point.
 */
export async function runWriteAction(
  lang: Lang,
  batch: (context: Excel.RequestContext) => Promise<ActionResult>,
  options: Excel.RunOptions = { delayForCellEdit: true }
): Promise<ActionResult> {
  try {
    return await Excel.run(options, batch);
  } catch (error) {
    const code = errorCode(error);
    const reason = failureOfCode(code);
    return { ok: false, reason, findings: [], message: adapterText(reason, lang, { code }) };
  }
}

/** An Error with a user-facing message for the void/report actions (check, select, findings sheet). */
export class WorkbookActionError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message);
    this.name = "WorkbookActionError";
  }
}

/** Rethrow an Office.js error as a WorkbookActionError with a ru/en message. */
export function explain(error: unknown, lang: Lang): WorkbookActionError {
  if (error instanceof WorkbookActionError) return error;
  const code = errorCode(error);
  return new WorkbookActionError(adapterText(failureOfCode(code), lang, { code }), code);
}
