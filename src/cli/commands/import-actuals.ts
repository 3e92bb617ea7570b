import { readFile, stat } from "node:fs/promises";
import { checkWorkbook } from "../../domain/check";
import { configFromSnapshot } from "../../domain/config/from-snapshot";
import { isPlanPeriod, type Month } from "../../domain/periods";
import { buildLayout } from "../../layout/build";
import type { ArchiveRow } from "../../layout/types";
import { mergeActuals } from "../../domain/portfolio/actuals";
import { readActuals } from "../../domain/portfolio/actuals-grid";
import {
  actualsReportToJson,
  missingColumnsText,
  renderActualsReport,
} from "../../domain/portfolio/actuals-render";
import { parseCsvBytes } from "../../domain/portfolio/csv";
import { actualsTargetOf, withSalesActual } from "../../domain/portfolio/import-actuals";
import { carryValues } from "../../layout/carry-values";
import { restructureRefusals } from "../../layout/preconditions";
import type { CliArgs, CliCommand } from "../command";
import { CliUsageError, EXIT, type CliContext } from "../context";
import { FORCE_OPTION, checkOutputPath, forceGiven } from "../output-path";
import { choiceOption, langOption, stringOption } from "../parse";
import { patchReportLines, readUserWorkbookBytes, writeRestructured } from "../restructure-file";
import { refuseBrokenStructure } from "../structure-refusal";
import { cliText } from "../../domain/text/cli";

/** Largest actuals file read (a year of a big client's invoices is a few MB). */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

async function readCsv(path: string, shown: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new CliUsageError(cliText("csv_not_found", { shown }));
  if (info.size > MAX_CSV_BYTES) throw new CliUsageError(cliText("csv_too_large", { shown }));
  return readFile(path);
}

async function run(args: CliArgs, context: CliContext): Promise<number> {
  const format = choiceOption(args, "format", ["text", "json"], "text");
  const chosen = langOption(args);
  const [planName, csvName] = args.positionals as [string, string];
  const delimiter = stringOption(args, "delimiter");
  if (delimiter !== undefined && delimiter.replace("\\t", "\t").length !== 1)
    throw new CliUsageError(cliText("delimiter_invalid"));
  const output = stringOption(args, "output") ?? planName;
  const target = await checkOutputPath(context, output, {
    inputs: [planName, csvName],
    inPlace: planName,
    force: forceGiven(args),
  });
  const input = await readUserWorkbookBytes(context, planName);
  const snapshot = input.snapshot;
  const bytes = await readCsv(context.resolve(csvName), csvName);
  const configured = configFromSnapshot(snapshot);
  const report = checkWorkbook(snapshot, {
    today: context.today,
    ...(chosen ? { lang: chosen } : {}),
  });
  const lang = chosen ?? report.language;
  const ru = lang === "ru";
  const broken = report.findings.filter((f) => f.code === "CONFIG_INVALID");
  if (broken.length > 0 || configured.source !== "workbook") {
    context.err(
      ru
        ? `${planName}: структура книги нарушена — импорт отменён, файл не изменён:`
        : `${planName}: the workbook's structure is broken — import cancelled, the file is unchanged:`
    );
    for (const f of broken)
      context.err(
        `${planName}:${f.sheet ?? ""}${f.cell ? `!${f.cell}` : ""}: ${f.severity} ${f.code} ${f.message}`
      );
    if (broken.length === 0)
      context.err(
        ru
          ? "В книге нет листа Config с таблицами Settings, Sections, Fields, Lists."
          : "The workbook has no Config sheet with the Settings, Sections, Fields, Lists tables."
      );
    return EXIT.findings;
  }
  const refusals = restructureRefusals(snapshot, report.config, report.language);
  if (refusals.length > 0) return refuseBrokenStructure(context, planName, refusals);
  const period = report.plan.form.plan_period;
  const months = report.numbers.months;
  if (months.length === 0 || !isPlanPeriod(period)) {
    context.err(
      ru
        ? `${planName}: не заполнены начало или период плана (plan_start, plan_period) — неизвестно, в какие месяцы писать факт.`
        : `${planName}: plan_start or plan_period is empty — the months to write are unknown.`
    );
    return EXIT.findings;
  }
  const csv = parseCsvBytes(bytes, delimiter?.replace("\\t", "\t"));
  const columns = {
    ...(stringOption(args, "item") ? { item: stringOption(args, "item") } : {}),
    ...(stringOption(args, "month") ? { month: stringOption(args, "month") } : {}),
    ...(stringOption(args, "amount") ? { amount: stringOption(args, "amount") } : {}),
  } as Record<string, string>;
  const read = readActuals(csv.rows, {
    columns,
    decimalFallback: csv.delimiter === "," ? "." : ",",
  });
  if (read.missing.length > 0) {
    context.err(`${csvName}: ${missingColumnsText(read, lang)}`);
    return EXIT.input;
  }
  const { values, archived } = carryValues(snapshot, report.config, months);
  const merged = mergeActuals(
    actualsTargetOf(report.plan, report.numbers, values),
    read.records,
    read.badRows
  );
  const patchReport =
    merged.report.cellsWritten > 0
      ? await writeRestructured(
          context,
          input,
          report.config,
          (extra: readonly ArchiveRow[]) => {
            const filled = withSalesActual(values, merged.rows);
            return buildLayout(report.config, {
              lang: report.config.settings.language,
              start: months[0] as Month,
              period,
              values: { ...filled, archive: [...filled.archive, ...extra] },
            });
          },
          values.archive.length - archived.length,
          target,
          output
        )
      : null;
  if (format === "json")
    context.out(
      JSON.stringify(
        {
          ...(actualsReportToJson(merged.report, read, csvName) as object),
          output: merged.report.cellsWritten > 0 ? output : null,
          archived: archived.length,
          user_cells_kept: patchReport?.userCellsKept ?? 0,
          user_cells_archived: patchReport?.userCellsArchived.length ?? 0,
          references_unresolved: patchReport?.unresolved ?? [],
          encoding: csv.encoding,
          delimiter: csv.delimiter,
        },
        null,
        2
      )
    );
  else {
    context.out(renderActualsReport(merged.report, csvName, lang, report.config.settings.currency));
    if (archived.length > 0 && merged.report.cellsWritten > 0) {
      context.out(
        ru
          ? `Значения ${archived.length} ячеек из столбцов, которых нет в конфигурации, перенесены на лист Archive.`
          : `${archived.length} values of columns the configuration does not know were moved to the Archive sheet.`
      );
    }
    if (patchReport) for (const line of patchReportLines(context, patchReport)) context.out(line);
    context.out(
      merged.report.cellsWritten > 0
        ? ru
          ? `Записано: ${output}`
          : `Written: ${output}`
        : ru
          ? "Нечего записывать: файл плана не изменён."
          : "Nothing to write: the plan file is unchanged."
    );
  }
  const complete =
    merged.report.cellsWritten > 0 &&
    merged.report.badRows.filter((b) => b.reason !== "total_row").length === 0 &&
    merged.report.monthsOutsidePlan.length === 0;
  return complete ? EXIT.ok : EXIT.findings;
}

/** `kam-plan import-actuals PLAN.xlsx ACTUALS.csv`: fill SalesActual from an ERP / 1C export. */
export const command: CliCommand = {
  name: "import-actuals",
  order: 70,
  summary: {
    ru: "загрузить факт продаж из выгрузки ERP / 1С (CSV) в таблицу «Факт продаж»",
    en: "load actual sales from an ERP / 1C export (CSV) into SalesActual",
  },
  usage:
    "kam-plan import-actuals PLAN.xlsx ACTUALS.csv [--item COL] [--month COL] [--amount COL] [-o OUT.xlsx [--force]] [--delimiter ;] [--format text|json]",
  help: {
    ru: [
      "Заполняет таблицу «Факт продаж» (SalesActual) по позициям и месяцам из CSV-выгрузки. Файл в UTF-8",
      "(с BOM или без) или Windows-1251; разделитель «;», «,» или табуляция определяется сам; суммы в",
      "русском (1 234,56) и английском (1,234.56) виде; месяц — 2027-03, 03.2027, дата 15.03.2027 или",
      "«Март 2027». Столбцы находятся по заголовкам (Номенклатура/Товар/Item, Месяц/Период/Дата/Month,",
      "Сумма/Выручка/Amount…) или по параметрам.",
      "",
      "Строки одной позиции и месяца складываются; загруженная ячейка заменяет прежнее значение, остальные",
      "не трогаются (повторная загрузка той же выгрузки ничего не удваивает). Позиции нет в плане — она",
      "всё равно добавляется в факт (это реальные продажи) и называется в отчёте. Месяц вне периода плана",
      "не записывается, а называется со строками и суммой. Каждая нечитаемая строка названа с номером.",
      "Книга пересобирается по своей конфигурации со всеми значениями; значения столбцов, которых нет в",
      "конфигурации, переносятся на лист Archive. Запись — через временный файл и переименование.",
      "",
      "Параметры:",
      "  --item COL, --month COL, --amount COL   столбцы: заголовок или номер (с 1)",
      "  -o, --output FILE    куда записать, .xlsx (по умолчанию — поверх PLAN.xlsx)",
      "  --force              заменить существующий FILE (входные файлы не заменяются никогда)",
      "  --delimiter C        разделитель полей, если не определился сам (\\t — табуляция)",
      "  --format text|json   отчёт текстом (по умолчанию) или JSON",
      "  --lang ru|en         язык отчёта (по умолчанию — язык книги)",
      "",
      "Коды выхода: 0 — загружены все строки; 1 — записано, но часть строк не загружена (нечитаемые строки,",
      "месяцы вне плана), или Config ошибочен; 2 — файл не читается или повреждён, структура книги нарушена",
      "(удалено имя, переименована таблица: ничего не записано), нет нужных столбцов, неверные аргументы.",
      "",
      'Пример: kam-plan import-actuals plan.xlsx sales-1c.csv --item "Номенклатура" --amount "Сумма с НДС"',
    ].join("\n"),
    en: [
      "Fills the SalesActual table by item and month from a CSV export. UTF-8 (with or without BOM) or",
      'Windows-1251; the delimiter (";", "," or tab) is detected; amounts in Russian (1 234,56) and English',
      '(1,234.56) form; a month as 2027-03, 03.2027, a date 15.03.2027 or "March 2027". Columns are found',
      "by their headers (Номенклатура/Товар/Item, Месяц/Период/Date/Month, Сумма/Amount…) or by options.",
      "",
      "Rows of one item and month add up; an imported cell replaces the earlier value, other cells stay",
      "(importing the same export twice doubles nothing). An item not in the plan is still added to the",
      "actuals (they are real sales) and named in the report. A month outside the plan is not written but",
      "named with its lines and amount. Every unreadable row is named with its line number. The workbook",
      "is rebuilt from its own configuration keeping every value; values of columns the configuration does",
      "not know move to the Archive sheet. Written through a temporary file and a rename.",
      "",
      "Options:",
      "  --item COL, --month COL, --amount COL   columns: header text or number (from 1)",
      "  -o, --output FILE    where to write, an .xlsx (default: over PLAN.xlsx)",
      "  --force              replace an existing FILE (an input is never replaced)",
      "  --delimiter C        field delimiter when detection fails (\\t for tab)",
      "  --format text|json   report as text (default) or JSON",
      "  --lang ru|en         report language (default: the workbook's)",
      "",
      "Exit codes: 0 every row imported; 1 written but some rows were not (unreadable rows, months outside",
      "the plan), or the Config is broken; 2 a file cannot be read or is damaged, the workbook's structure is",
      "broken (a deleted name, a renamed table: nothing written), columns not found, wrong arguments.",
      "",
      'Example: kam-plan import-actuals plan.xlsx sales-1c.csv --item "Номенклатура" --amount "Сумма с НДС"',
    ].join("\n"),
  },
  options: {
    item: { type: "string" },
    month: { type: "string" },
    amount: { type: "string" },
    output: { type: "string", short: "o" },
    ...FORCE_OPTION,
    delimiter: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
  },
  positionals: { min: 2, max: 2, name: { ru: "ПЛАН.xlsx ФАКТ.csv", en: "PLAN.xlsx ACTUALS.csv" } },
  run,
};
