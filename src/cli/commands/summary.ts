import type { Lang } from "../../domain/values";
import { checkWorkbook } from "../../domain/check";
import { summarizePortfolio, type SummaryInput } from "../../domain/portfolio/summary";
import {
  renderSummaryText,
  summaryToJson,
  summaryWrittenLine,
} from "../../domain/portfolio/summary-render";
import { writeSummaryWorkbook } from "../../portfolio/summary-xlsx";
import { readWorkbookFile } from "../../xlsx/read";
import { isXlsxInputError } from "../../xlsx/guard/input-error";
import type { CliArgs, CliCommand } from "../command";
import { CliUsageError, EXIT, type CliContext, type CliIo } from "../context";
import { isIsoDate } from "../../domain/periods";
import { writeFileAtomic } from "../write-atomic";
import { FORCE_OPTION, checkOutputPath, forceGiven } from "../output-path";
import { choiceOption, stringOption } from "../parse";
import { collectWorkbooks, type WorkbookPath } from "./summary-files";
import { progressBar } from "./summary-progress";
import { cliText } from "../../domain/text/cli";
import type { KamConfig } from "../../domain/config/types";
import { REFERENCE_OPTION, readReferenceConfig } from "../reference-config";
import { referenceCheckOptions, workbookReference } from "../workbook-reference";

/** Files from which the progress bar is drawn (when stderr is a terminal). */
const PROGRESS_FROM = 5;

async function summariseOne(
  file: WorkbookPath,
  today: string,
  lang: Lang,
  reference: KamConfig | undefined
): Promise<SummaryInput> {
  try {
    const snapshot = await readWorkbookFile(file.path, { displayName: file.shown });
    // `--config` wins; without it, the reference the workbook names in Settings reference_config (spec §11).
    const options =
      reference === undefined
        ? { today, lang, ...referenceCheckOptions(await workbookReference(snapshot, file.path)) }
        : { today, lang, reference };
    return { file: file.shown, report: checkWorkbook(snapshot, options) };
  } catch (error) {
    if (isXlsxInputError(error)) return { file: file.shown, error: error.reason[lang] };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file: file.shown,
      error:
        lang === "ru"
          ? `внутренняя ошибка при проверке: ${detail}`
          : `internal error while checking: ${detail}`,
    };
  }
}

function stderrIsTty(io: CliIo): boolean {
  return (io as CliIo & { readonly stderrIsTTY?: boolean }).stderrIsTTY === true;
}

async function run(args: CliArgs, context: CliContext): Promise<number> {
  const lang = choiceOption<Lang>(args, "lang", ["ru", "en"], context.lang);
  const format = choiceOption(args, "format", ["text", "json"], "text");
  const today = stringOption(args, "today") ?? context.today;
  if (!isIsoDate(today)) throw new CliUsageError(cliText("summary_today_invalid", { today }));
  const output = stringOption(args, "output");
  const reference = await readReferenceConfig(context, args);
  if (reference.kind === "refused") return reference.exit;
  const referenceConfig = reference.kind === "ok" ? reference.config : undefined;
  const files = await collectWorkbooks(args.positionals, context.io.cwd, { fromFolder: true });
  if (files.length === 0) {
    context.err(
      lang === "ru"
        ? `kam-plan summary: не найдено ни одного файла .xlsx в ${args.positionals.join(", ")}`
        : `kam-plan summary: no .xlsx files found in ${args.positionals.join(", ")}`
    );
    return EXIT.input;
  }
  const target =
    output === undefined
      ? undefined
      : await checkOutputPath(context, output, {
          inputs: files.map((f) => f.path),
          force: forceGiven(args),
        });
  const bar =
    args.values.progress === true || (stderrIsTty(context.io) && files.length >= PROGRESS_FROM)
      ? progressBar(context.io.stderr, files.length)
      : null;
  const inputs: SummaryInput[] = [];
  for (const file of files) {
    bar?.step(file.shown);
    inputs.push(await summariseOne(file, today, lang, referenceConfig));
  }
  bar?.done();
  const summary = summarizePortfolio(inputs, today);
  if (target !== undefined && output !== undefined)
    await writeFileAtomic(target, await writeSummaryWorkbook(summary, lang), { shown: output });
  if (format === "json") context.out(JSON.stringify(summaryToJson(summary), null, 2));
  else {
    context.out(renderSummaryText(summary, lang));
    if (output !== undefined) context.out(summaryWrittenLine(output, lang));
  }
  // A workbook that could not be read (damaged, not an .xlsx, …) is a row of the summary and exit 2, as in check.
  return inputs.some((input) => "error" in input) ? EXIT.input : EXIT.ok;
}

/** `kam-plan summary FILE… -o summary.xlsx`: one row per workbook, team load, every finding. */
export const command: CliCommand = {
  name: "summary",
  order: 50,
  summary: {
    ru: "сводка по многим планам: таблица по клиентам, загрузка команды, все замечания",
    en: "summary over many plans: a row per client, team load, every finding",
  },
  usage:
    "kam-plan summary FILE|FOLDER|GLOB… [--config REF.xlsx] [-o summary.xlsx [--force]] [--today YYYY-MM-DD] [--lang ru|en] [--format text|json]",
  help: {
    ru: [
      "Проверяет каждую книгу и сводит результаты: по строке на книгу (файл относительно заданной папки,",
      "клиент, КАМ, сегмент, период, статус и утверждение плана, план продаж, отчётный месяц, план и факт",
      "на дату, выполнение и прогноз, скидки и продажи за вычетом скидок, потребность в кредите",
      "и лимит, бюджет и затраты, оценка KPI, заполненность, число ошибок и предупреждений, следующий",
      "пересмотр и его просрочка), сотрудников, загруженных по всем планам больше чем на 100 %, клиентов,",
      "встречающихся в нескольких книгах, и все замечания. Книга, которую не удалось прочитать, становится",
      "строкой с причиной — прогон не прерывается. Папки просматриваются вместе с вложенными; маски",
      "(plans/*.xlsx, plans/**/*.xlsx) раскрываются, даже если оболочка этого не делает.",
      "",
      "Параметры:",
      "  -o, --output FILE    записать сводку в .xlsx (таблицы «Сводка», «Замечания», «Загрузка команды»);",
      "                       не один из входных файлов; существующий файл — только с --force",
      "  --force              заменить существующий файл сводки",
      "  --today YYYY-MM-DD   дата, на которую считается просрочка пересмотра (по умолчанию сегодня)",
      "  --lang ru|en         язык сводки и сообщений (по умолчанию из LANG, иначе русский)",
      "  --format text|json   вывод в терминал: текст (по умолчанию) или JSON для скриптов",
      "  --progress           показывать полосу прогресса, даже если stderr не терминал",
      "  --config ЭТАЛОН.xlsx проверять каждую книгу по Config эталона; отличия — CONFIG_DRIFT",
      "                       (без него — по эталону из Settings reference_config каждой книги)",
      "",
      "«На дату» — месяцы плана по его отчётный месяц (actuals_through: месяц отчётной даты, иначе последний",
      "месяц с фактом), у каждого плана свой. Таблица «Сводка» с фильтрами: сортируйте по ошибкам, выполнению,",
      "использованию лимита. Коды выхода: 0 — сводка готова (даже если в книгах",
      "есть ошибки), 2 — часть книг не прочитана или повреждена (сводка всё равно готова, они в ней",
      "строками с причиной), неверные аргументы, не найдено ни одного файла или сводка не записывается.",
      "",
      "Пример: kam-plan summary plans/ -o summary.xlsx --today 2027-04-01",
    ].join("\n"),
    en: [
      "Checks every workbook and sums them up: a row per workbook (file relative to the folder given, client,",
      "KAM, segment, period, plan status and approval, sales plan, actuals through, plan and actual to date,",
      "fulfillment and forecast, discounts and net sales, credit required and limit, budget and",
      "spending, KPI score, completeness, error and warning counts, next review and whether it is overdue),",
      "people loaded above 100 % across all plans, clients found in several workbooks, and every finding.",
      "A workbook that cannot be read becomes a row with its reason; the run goes on. Folders are walked",
      "with their subfolders; globs (plans/*.xlsx, plans/**/*.xlsx) are expanded even where the shell does not.",
      "",
      "Options:",
      "  -o, --output FILE    write the summary as .xlsx (tables Summary, Findings, Team load); never one",
      "                       of the inputs; an existing file only with --force",
      "  --force              replace an existing summary file",
      "  --today YYYY-MM-DD   the date overdue reviews are judged at (default: today)",
      "  --lang ru|en         language of the summary and messages (default from LANG, else Russian)",
      "  --format text|json   terminal output: text (default) or JSON for scripts",
      "  --progress           draw the progress bar even when stderr is not a terminal",
      "  --config REF.xlsx    check every plan against that workbook's Config; differences are CONFIG_DRIFT",
      "                       (without it: the reference each plan's Settings reference_config names)",
      "",
      '"To date" runs to each plan’s own actuals_through (the month of as_of, else its last month with',
      "actuals). The Summary table has filters: sort it by errors, fulfillment or credit utilization.",
      "Exit codes: 0 the summary is made (even when",
      "workbooks have errors), 2 some workbooks could not be read or are damaged (the summary is still made,",
      "with a row and the reason for each), wrong arguments, no file found, or the summary cannot be written.",
      "",
      "Example: kam-plan summary plans/ -o summary.xlsx --today 2027-04-01",
    ].join("\n"),
  },
  options: {
    output: { type: "string", short: "o" },
    today: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
    progress: { type: "boolean" },
    ...REFERENCE_OPTION,
    ...FORCE_OPTION,
  },
  positionals: { min: 1, max: Infinity, name: { ru: "ФАЙЛ|ПАПКА…", en: "FILE|FOLDER…" } },
  run,
};
