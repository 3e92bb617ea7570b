import { checkWorkbook } from "../../domain/check";
import type { Bilingual, Lang } from "../../domain/values";
import { isXlsxInputError } from "../../xlsx/guard/input-error";
import { readWorkbookFile } from "../../xlsx/read/read-workbook";
import { tableBody, type ExportFormat } from "./encode";
import { unreadableRows, workbookRows, type WorkbookRows } from "./rows";
import { EXPORT_TABLES, exportColumns, type ExportTable } from "./tables";

/**
 * One workbook of an export run: read, checked and encoded. Plain data in
 * and out, so that it can run in a worker thread (parallel-files.ts).
 */

/** What to export of one workbook. */
export interface ExportJob {
  /** Absolute path. */
  readonly path: string;
  /** As the user typed it (or relative to the working folder): the `file` column. */
  readonly shown: string;
  /** `YYYY-MM-DD`: "today" of the checks. */
  readonly today: string;
  /** Language of the findings' messages; null: each workbook's own. */
  readonly lang: Lang | null;
  /** Language of an unreadable file's message when `lang` is null (the CLI's). */
  readonly fallbackLang: Lang;
  readonly format: ExportFormat;
}

/** A workbook's part of every table, encoded, with row counts. */
export interface EncodedWorkbook {
  readonly unreadable: boolean;
  readonly text: Readonly<Record<ExportTable, string>>;
  readonly rows: Readonly<Record<ExportTable, number>>;
}

const COLUMNS = exportColumns();

function internalError(error: unknown): Bilingual {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ru: `внутренняя ошибка при чтении: ${detail}`,
    en: `internal error while reading: ${detail}`,
  };
}

async function rowsOf(job: ExportJob): Promise<{ rows: WorkbookRows; unreadable: boolean }> {
  try {
    const snapshot = await readWorkbookFile(job.path, { displayName: job.shown });
    const report = checkWorkbook(
      snapshot,
      job.lang === null ? { today: job.today } : { today: job.today, lang: job.lang }
    );
    return { rows: workbookRows(job.shown, report), unreadable: false };
  } catch (error) {
    const reason = isXlsxInputError(error) ? error.reason : internalError(error);
    return {
      rows: unreadableRows(job.shown, reason, job.lang ?? job.fallbackLang),
      unreadable: true,
    };
  }
}

/** Read, check and encode one workbook; never throws for what a file holds. */
export async function exportWorkbook(job: ExportJob): Promise<EncodedWorkbook> {
  const { rows, unreadable } = await rowsOf(job);
  const text = {} as Record<ExportTable, string>;
  const counts = {} as Record<ExportTable, number>;
  for (const table of EXPORT_TABLES) {
    text[table] = tableBody(job.format, COLUMNS[table], rows[table]);
    counts[table] = rows[table].length;
  }
  return { unreadable, text, rows: counts };
}
