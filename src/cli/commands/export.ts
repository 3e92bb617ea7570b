import { isIsoDate } from "../../domain/periods";
import { cliText } from "../../domain/text/cli";
import type { Lang } from "../../domain/values";
import type { CliArgs, CliCommand } from "../command";
import { CliUsageError, EXIT, type CliContext, type CliIo } from "../context";
import { tableHead, type ExportFormat } from "../export/encode";
import { prepareExportFolder } from "../export/output-folder";
import { exportFiles } from "../export/parallel";
import {
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLES,
  exportColumns,
  type ExportTable,
} from "../export/tables";
import { FORCE_OPTION, forceGiven } from "../output-path";
import { choiceOption, langOption, stringOption } from "../parse";
import { packageVersion } from "../version";
import { writeFileAtomic } from "../write-atomic";
import { collectWorkbooks } from "./summary-files";
import { progressBar } from "./summary-progress";

/** Files from which the progress bar is drawn (when stderr is a terminal). */
const PROGRESS_FROM = 5;

const MANIFEST = "manifest.json";

function stderrIsTty(io: CliIo): boolean {
  return (io as CliIo & { readonly stderrIsTTY?: boolean }).stderrIsTTY === true;
}

/** `manifest.json`: the format version, the run's date and every table's file, columns and row count. */
function manifest(
  format: ExportFormat,
  today: string,
  files: number,
  unreadable: number,
  rows: Readonly<Record<ExportTable, number>>
): string {
  const columns = exportColumns();
  return `${JSON.stringify(
    {
      format: "kam-plan-export",
      version: EXPORT_FORMAT_VERSION,
      kam_plan: packageVersion(),
      today,
      files,
      unreadable,
      tables: Object.fromEntries(
        EXPORT_TABLES.map((table) => [
          table,
          {
            file: `${table}.${format}`,
            rows: rows[table],
            columns: columns[table].map(({ name, type }) => ({ name, type })),
          },
        ])
      ),
    },
    null,
    2
  )}\n`;
}

async function run(args: CliArgs, context: CliContext): Promise<number> {
  const format = choiceOption<ExportFormat>(args, "format", ["csv", "jsonl"], "csv");
  const today = stringOption(args, "today") ?? context.today;
  if (!isIsoDate(today)) throw new CliUsageError(cliText("check_today_invalid", { today }));
  const lang: Lang | null = langOption(args) ?? null;
  const output = stringOption(args, "output");
  if (output === undefined) throw new CliUsageError(cliText("export_output_missing"));
  const files = await collectWorkbooks(args.positionals, context.io.cwd);
  if (files.length === 0) {
    context.err(
      `kam-plan export: ${context.t(cliText("export_no_files", { paths: args.positionals.join(", ") }))}`
    );
    return EXIT.input;
  }
  const names = [...EXPORT_TABLES.map((table) => `${table}.${format}`), MANIFEST];
  const targets = await prepareExportFolder(context, output, names, {
    inputs: files.map((f) => f.path),
    force: forceGiven(args),
  });
  const bar =
    args.values.progress === true || (stderrIsTty(context.io) && files.length >= PROGRESS_FROM)
      ? progressBar(context.io.stderr, files.length)
      : null;
  const columns = exportColumns();
  const chunks = Object.fromEntries(
    EXPORT_TABLES.map((table) => [table, [tableHead(format, columns[table])]])
  ) as Record<ExportTable, string[]>;
  const rows = Object.fromEntries(EXPORT_TABLES.map((table) => [table, 0])) as Record<
    ExportTable,
    number
  >;
  let unreadable = 0;
  await exportFiles(
    files.map((file) => ({
      path: file.path,
      shown: file.shown,
      today,
      lang,
      fallbackLang: context.lang,
      format,
    })),
    (job, done) => {
      bar?.step(job.shown);
      if (done.unreadable) unreadable += 1;
      for (const table of EXPORT_TABLES) {
        chunks[table].push(done.text[table]);
        rows[table] += done.rows[table];
      }
    },
    context.io.env
  );
  bar?.done();
  for (const [i, table] of EXPORT_TABLES.entries()) {
    const target = targets[i];
    if (target === undefined) continue;
    await writeFileAtomic(target.path, Buffer.from(chunks[table].join(""), "utf8"), {
      shown: target.shown,
    });
  }
  const last = targets[targets.length - 1];
  if (last !== undefined)
    await writeFileAtomic(
      last.path,
      Buffer.from(manifest(format, today, files.length, unreadable, rows), "utf8"),
      { shown: last.shown }
    );
  context.out(
    context.t(
      cliText("export_written", {
        folder: output,
        files: files.length,
        unreadable,
        tables: EXPORT_TABLES.map((table) => `${table} ${rows[table]}`).join(", "),
      })
    )
  );
  // An unreadable workbook is a row of `plans` and a finding, and exit 2, as in summary.
  return unreadable > 0 ? EXIT.input : EXIT.ok;
}

/** `kam-plan export FILE|FOLDER… -o DIR [--format csv|jsonl]`: the tidy tables of spec §12. */
export const command: CliCommand = {
  name: "export",
  order: 55,
  summary: {
    ru: "выгрузка многих планов в таблицы CSV / JSON Lines для Power Query, DuckDB, Spark",
    en: "export many plans as CSV / JSON Lines tables for Power Query, DuckDB, Spark",
  },
  usage:
    "kam-plan export FILE|FOLDER|GLOB… -o DIR [--format csv|jsonl] [--force] [--today YYYY-MM-DD] [--lang ru|en]",
  help: {
    ru: [
      "Проверяет каждую книгу и выгружает данные всех книг в папку DIR, по файлу на сущность:",
      "plans (строка на книгу: поля заголовка, все расчётные значения, заполненность, число замечаний),",
      "sales (файл, позиция, месяц, план, факт), kpi, activities, risks, team, decision_group, competitors,",
      "findings (все замечания; книга, которую не удалось прочитать, — замечание FILE_UNREADABLE и строка",
      "plans с причиной) и manifest.json (версия набора столбцов, столбцы и число строк каждой таблицы).",
      "Столбцы называются ключами полей; описание и версия — docs/export.md.",
      "CSV по RFC 4180: UTF-8 без BOM, разделитель «,», десятичная точка, даты ГГГГ-ММ-ДД, суммы в валюте",
      "плана, доли дробью (5 % = 0.05), значения списков — ключами. Папки просматриваются с вложенными.",
      "",
      "Параметры:",
      "  -o, --output DIR       папка выгрузки (создаётся, если её нет)",
      "  --format csv|jsonl     CSV (по умолчанию) или JSON Lines (объект на строку)",
      "  --force                заменить файлы прежней выгрузки в DIR (входные книги не заменяются никогда)",
      "  --today ГГГГ-ММ-ДД     «сегодня» для проверок (по умолчанию текущая дата)",
      "  --lang ru|en           язык сообщений замечаний (по умолчанию — язык каждой книги)",
      "  --progress             показывать полосу прогресса, даже если stderr не терминал",
      "",
      "Коды выхода: 0 — выгрузка записана, 2 — часть книг не прочитана (выгрузка всё равно записана),",
      "неверные аргументы, не найдено ни одного файла или выгрузка не записывается.",
      "",
      "Пример: kam-plan export plans/ -o export/",
    ].join("\n"),
    en: [
      "Checks every workbook and exports the data of all of them into DIR, one file per entity:",
      "plans (a row per workbook: header fields, every computed value, completeness, finding counts),",
      "sales (file, item, month, plan, actual), kpi, activities, risks, team, decision_group, competitors,",
      "findings (every finding; a workbook that cannot be read is a FILE_UNREADABLE finding and a plans",
      "row with its reason) and manifest.json (the column set's version, each table's columns and rows).",
      "Columns are named by field keys; described and versioned in docs/export.md.",
      "CSV is RFC 4180: UTF-8 without a BOM, ',' between fields, '.' decimals, dates YYYY-MM-DD, amounts",
      "in the plan's currency, ratios as fractions (5 % = 0.05), list values as keys. Folders are walked.",
      "",
      "Options:",
      "  -o, --output DIR       the folder to write (created when missing)",
      "  --format csv|jsonl     CSV (default) or JSON Lines (an object per line)",
      "  --force                replace the files of an earlier export in DIR (never an input workbook)",
      '  --today YYYY-MM-DD     "today" of the checks (default: the current date)',
      "  --lang ru|en           language of the findings' messages (default: each workbook's)",
      "  --progress             draw the progress bar even when stderr is not a terminal",
      "",
      "Exit codes: 0 the export is written, 2 some workbooks could not be read (the export is still",
      "written), wrong arguments, no file found, or the export cannot be written.",
      "",
      "Example: kam-plan export plans/ -o export/",
    ].join("\n"),
  },
  options: {
    output: { type: "string", short: "o" },
    format: { type: "string" },
    today: { type: "string" },
    progress: { type: "boolean" },
    ...FORCE_OPTION,
  },
  positionals: { min: 1, max: Infinity, name: { ru: "ФАЙЛ|ПАПКА…", en: "FILE|FOLDER…" } },
  run,
};
