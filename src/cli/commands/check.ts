import { fileFinding, type FileFinding, type Severity } from "../../domain/findings";
import type { CliCommand } from "../command";
import { CliUsageError, EXIT } from "../context";
import { isIsoDate } from "../../domain/periods";
import { countLine, findingLine } from "../output";
import { choiceOption, langOption, stringOption } from "../parse";
import { checkFile } from "../parallel/jobs";
import { runJobs, threadCount } from "../parallel/pool";
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
      "                       (ошибка, если правило ослаблено, иначе предупреждение). Без --config —",
      "                       эталон из строки Settings reference_config книги (путь от папки книги);",
      "                       адрес в сети или нечитаемый файл — предупреждение REFERENCE_UNREACHABLE",
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
      "                       (an error where it loosens a rule, else a warning). Without --config: the",
      "                       reference the workbook's Settings reference_config names (a path from the",
      "                       workbook's folder); a web address or an unreadable file: REFERENCE_UNREACHABLE",
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
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const records: FileFinding[] = [];
    const files = { checked: 0, unreadable: 0 };
    // Each file is read and checked on a worker thread (in-process for a few files); results come in order.
    const inputs = args.positionals.map((file) => ({
      path: context.resolve(file),
      shown: file,
      today,
      lang: langFlag ?? null,
      ...(reference.kind === "ok" ? { reference: reference.config } : {}),
    }));
    await runJobs(
      "check",
      inputs,
      threadCount(inputs.length, context.io.env),
      checkFile,
      (input, output) => {
        if (output.kind === "unreadable") {
          context.err(output.message[context.lang]);
          files.unreadable += 1;
          return;
        }
        files.checked += 1;
        for (const finding of output.findings) {
          counts[finding.severity] += 1;
          if (format === "json") records.push(fileFinding(input.shown, finding));
          else context.out(findingLine(input.shown, finding));
        }
      }
    );
    if (format === "json") context.out(JSON.stringify(records, null, 2));
    else context.out(countLine(counts, files.checked, context.lang));
    if (files.unreadable > 0) return EXIT.input;
    return counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};
