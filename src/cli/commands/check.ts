import { checkWorkbook } from "../../domain/check";
import { fileFinding, type FileFinding, type Finding, type Severity } from "../../domain/findings";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { isXlsxInputError } from "../../xlsx/guard/input-error";
import type { CliCommand } from "../command";
import { CliUsageError, EXIT } from "../context";
import { isIsoDate } from "../../domain/periods";
import { countLine, findingLine } from "../output";
import { choiceOption, langOption, stringOption } from "../parse";
import { readUserWorkbook } from "../read-plan-file";
import { cliText } from "../../domain/text/cli";
import { REFERENCE_OPTION, readReferenceConfig } from "../reference-config";

/** `kam-plan check FILE… [--format text|json] [--today YYYY-MM-DD] [--lang ru|en]`. */
export const command: CliCommand = {
  name: "check",
  order: 20,
  summary: {
    ru: "проверить заполненные книги: каждое замечание с ячейкой",
    en: "check filled workbooks: every finding with its cell",
  },
  usage:
    "kam-plan check FILE… [--format text|json] [--today YYYY-MM-DD] [--lang ru|en] [--config REF.xlsx]",
  help: {
    ru: [
      "Проверяет книги (.xlsx) по правилам плана: обязательные поля, типы, списки, периоды, KPI, скидки,",
      "кредит, бюджет, команда, ГПР. Книга читается по именам и таблицам, адреса ячеек — настоящие.",
      "",
      "Вывод text: по строке на замечание «файл:Лист!A1: error КОД сообщение», затем итог.",
      "Вывод json: массив { file, severity, code, sheet, cell, name, message }.",
      "",
      "  --format text|json   формат вывода (по умолчанию text)",
      "  --today ГГГГ-ММ-ДД   «сегодня» для проверки срока пересмотра (по умолчанию текущая дата)",
      "  --lang ru|en         язык сообщений (по умолчанию — язык книги)",
      "  --config ЭТАЛОН.xlsx проверять по настройкам и полям Config эталона (книги или шаблона SKAM),",
      "                       а каждое отличие Config книги от эталона — замечание CONFIG_DRIFT",
      "                       (ошибка, если правило ослаблено, иначе предупреждение)",
      "",
      "Код выхода: 0 — ошибок нет (предупреждения допустимы), 1 — есть ошибки,",
      "2 — файл не читается или неверные аргументы.",
      "",
      "Пример: kam-plan check plans/*.xlsx --format json",
    ].join("\n"),
    en: [
      "Checks workbooks (.xlsx) against the plan rules: required fields, types, lists, periods, KPIs,",
      "discounts, credit, budget, team, decision group. Read by names and tables: cells are where they really are.",
      "",
      'text output: one line per finding, "file:Sheet!A1: error CODE message", then the counts.',
      "json output: an array of { file, severity, code, sheet, cell, name, message }.",
      "",
      "  --format text|json   output format (default text)",
      '  --today YYYY-MM-DD   "today" for the review due date (default: the current date)',
      "  --lang ru|en         language of the messages (default: the workbook language)",
      "  --config REF.xlsx    check against the settings and fields of that workbook's Config (the SKAM's",
      "                       reference); every difference of the plan's Config is a CONFIG_DRIFT finding",
      "                       (an error where it loosens a rule, else a warning)",
      "",
      "Exit code: 0 no errors (warnings allowed), 1 errors, 2 a file cannot be read or wrong arguments.",
      "",
      "Example: kam-plan check plans/*.xlsx --format json",
    ].join("\n"),
  },
  options: { format: { type: "string" }, today: { type: "string" }, ...REFERENCE_OPTION },
  positionals: { min: 1, max: Infinity, name: { ru: "ФАЙЛ", en: "FILE" } },
  async run(args, context) {
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const today = stringOption(args, "today") ?? context.today;
    if (!isIsoDate(today)) throw new CliUsageError(cliText("check_today_invalid", { today }));
    const langFlag = langOption(args);
    const reference = await readReferenceConfig(context, args);
    if (reference.kind === "refused") return reference.exit;
    const base = reference.kind === "ok" ? { today, reference: reference.config } : { today };
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const records: FileFinding[] = [];
    let unreadable = false;
    let checked = 0;
    // Read one file ahead: the disk works while the core checks the previous one.
    const files = args.positionals;
    const load = (index: number): Promise<WorkbookSnapshot | Error> | null => {
      const file = files[index];
      return file === undefined
        ? null
        : readUserWorkbook(context, file).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error))
          );
    };
    let ahead = load(0);
    for (const [index, file] of files.entries()) {
      const loaded = await ahead;
      ahead = load(index + 1);
      let findings: readonly Finding[];
      try {
        if (loaded instanceof Error || loaded === null)
          throw loaded ?? new Error(`no file ${file}`);
        const snapshot = loaded;
        findings = checkWorkbook(
          snapshot,
          langFlag === undefined ? base : { ...base, lang: langFlag }
        ).findings;
      } catch (error) {
        if (!isXlsxInputError(error)) throw error;
        context.err(error.messageIn(context.lang));
        unreadable = true;
        continue;
      }
      checked += 1;
      for (const finding of findings) {
        counts[finding.severity] += 1;
        if (format === "json") records.push(fileFinding(file, finding));
        else context.out(findingLine(file, finding));
      }
    }
    if (format === "json") context.out(JSON.stringify(records, null, 2));
    else context.out(countLine(counts, checked, context.lang));
    if (unreadable) return EXIT.input;
    return counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
