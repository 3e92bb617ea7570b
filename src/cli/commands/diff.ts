import { checkWorkbook } from "../../domain/check";
import { diffPlans } from "../../domain/portfolio/diff";
import { diffToJson, renderDiffText } from "../../domain/portfolio/diff-render";
import { readWorkbookFile } from "../../xlsx/read";
import type { CliArgs, CliCommand } from "../command";
import { EXIT, type CliContext } from "../context";
import { choiceOption, langOption } from "../parse";

async function run(args: CliArgs, context: CliContext): Promise<number> {
  const format = choiceOption(args, "format", ["text", "json"], "text");
  const chosen = langOption(args);
  const [oldName, newName] = args.positionals as [string, string];
  // Both files are read before anything is printed: an unreadable one is exit 2 (XlsxInputError) with nothing else.
  const before = await readWorkbookFile(context.resolve(oldName), { displayName: oldName });
  const after = await readWorkbookFile(context.resolve(newName), { displayName: newName });
  const newReport = checkWorkbook(after, {
    today: context.today,
    ...(chosen ? { lang: chosen } : {}),
  });
  const lang = chosen ?? newReport.language;
  const oldReport = checkWorkbook(before, { today: context.today, lang });
  const diff = diffPlans(oldReport, newReport);
  const names = { before: oldName, after: newName };
  if (format === "json")
    context.out(JSON.stringify(diffToJson(diff, newReport.config, names), null, 2));
  else context.io.stdout(renderDiffText(diff, newReport.config, lang, names));
  return diff.equal ? EXIT.ok : EXIT.findings;
}

/** `kam-plan diff OLD.xlsx NEW.xlsx`: what changed between two versions of a plan. */
export const command: CliCommand = {
  name: "diff",
  order: 60,
  summary: {
    ru: "что изменилось между двумя версиями плана",
    en: "what changed between two versions of a plan",
  },
  usage: "kam-plan diff OLD.xlsx NEW.xlsx [--format text|json] [--lang ru|en]",
  help: {
    ru: [
      "Сравнивает две версии плана словами предметной области: изменённые поля (было → стало), строки",
      "таблиц — добавленные, удалённые и изменённые, сопоставленные по ключу (позиция, участник команды,",
      "KPI, конкурент, член ГПР, мероприятие, риск…; без учёта регистра и лишних пробелов), план и факт",
      "продаж по позициям и месяцам, настройки листа Config и расчётные итоги до и после.",
      "",
      "Параметры:",
      "  --format text|json   текст (по умолчанию) или JSON для скриптов (суммы в рублях, даты ГГГГ-ММ-ДД)",
      "  --lang ru|en         язык вывода (по умолчанию — язык новой книги)",
      "",
      "Коды выхода: 0 — различий нет, 1 — есть различия, 2 — файл не читается или неверные аргументы.",
      "",
      "Пример: kam-plan diff plan-v1.xlsx plan-v2.xlsx",
    ].join("\n"),
    en: [
      "Compares two versions of a plan in the domain's words: changed fields (before → after), table rows",
      "added, removed and changed, matched by their key (item, team member, KPI, competitor, decision-maker,",
      "activity, risk…; case and extra spaces ignored), planned and actual sales per item and month, the",
      "Config settings, and the computed totals before and after.",
      "",
      "Options:",
      "  --format text|json   text (default) or JSON for scripts (amounts in currency units, dates YYYY-MM-DD)",
      "  --lang ru|en         output language (default: the new workbook's)",
      "",
      "Exit codes: 0 no differences, 1 differences, 2 a file cannot be read or wrong arguments.",
      "",
      "Example: kam-plan diff plan-v1.xlsx plan-v2.xlsx",
    ].join("\n"),
  },
  options: { format: { type: "string" }, lang: { type: "string" } },
  positionals: { min: 2, max: 2, name: { ru: "СТАРЫЙ.xlsx НОВЫЙ.xlsx", en: "OLD.xlsx NEW.xlsx" } },
  run,
};
