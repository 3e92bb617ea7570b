import { checkWorkbook } from "../../domain/check";
import { isIsoDate } from "../../domain/periods";
import { cliText } from "../../domain/text/cli";
import { whatIfErrorText } from "../../domain/text/whatif";
import type { Bilingual } from "../../domain/values";
import { whatIfFromInput, type WhatIfInputError } from "../../domain/whatif";
import type { CliArgs, CliCommand } from "../command";
import { CliUsageError, EXIT } from "../context";
import { choiceOption, langOption, stringOption } from "../parse";
import { readUserWorkbook } from "../read-plan-file";
import { whatIfRecord, whatIfText } from "../whatif-output";

/** Every `--set KEY=VALUE` in order. */
function setOptions(args: CliArgs): readonly string[] {
  const value = args.values["set"];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** All the errors in one text, one line each, in both languages. */
function errorsText(errors: readonly WhatIfInputError[]): Bilingual {
  const texts = errors.map(whatIfErrorText);
  return { ru: texts.map((t) => t.ru).join("\n"), en: texts.map((t) => t.en).join("\n") };
}

/** The changes as given: `--set` pairs, then `--scale` as the key `scale`; a malformed pair or a repeated key is an error. */
function givenChanges(args: CliArgs): readonly (readonly [string, string])[] {
  const errors: WhatIfInputError[] = [];
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (key: string, value: string): void => {
    if (seen.has(key)) errors.push({ key, problem: "key_repeated", value, detail: [] });
    seen.add(key);
    pairs.push([key, value]);
  };
  for (const text of setOptions(args)) {
    const at = text.indexOf("=");
    if (at <= 0) errors.push({ key: "--set", problem: "pair_invalid", value: text, detail: [] });
    else add(text.slice(0, at).trim(), text.slice(at + 1));
  }
  const scale = stringOption(args, "scale");
  if (scale !== undefined) add("scale", scale);
  if (errors.length > 0) throw new CliUsageError(errorsText(errors));
  return pairs;
}

const HELP_KEYS = {
  ru: [
    "Ключи --set:",
    "  credit_depth_days=60        глубина отсрочки, дней (0–365)",
    "  budget_rate=4%              бюджет, % от оборота (4% или 0,04)",
    "  tier.N.threshold=500000     порог N-й строки таблицы ступеней скидок",
    "  tier.N.rate=3%              ставка N-й строки",
    "  month.ГГГГ-ММ=+10%          объём месяца: изменение в % или новая сумма (делится по позициям",
    "                              пропорционально)",
    "  item.ПОЗИЦИЯ=-5%            объём позиции за весь план: в % или новая сумма",
    "  --scale 10                  все объёмы плана на +10 % (сначала --scale, потом позиции, потом месяцы)",
  ],
  en: [
    "Keys of --set:",
    "  credit_depth_days=60        payment deferral, days (0–365)",
    "  budget_rate=4%              budget, % of turnover (4% or 0.04)",
    "  tier.N.threshold=500000     threshold of row N of the discount tiers table",
    "  tier.N.rate=3%              rate of row N",
    "  month.YYYY-MM=+10%          a month's volume: a change in % or a new total (split over the items",
    "                              in proportion)",
    "  item.ITEM=-5%               an item's volume over the whole plan: in % or a new total",
    "  --scale 10                  every volume of the plan +10 % (first --scale, then items, then months)",
  ],
};

/** `kam-plan whatif FILE --set KEY=VALUE … [--scale PCT] [--format text|json] [--today YYYY-MM-DD] [--lang ru|en]`. */
export const command: CliCommand = {
  name: "whatif",
  order: 75,
  summary: {
    ru: "что если: пересчитать план с другими отсрочкой, скидками, бюджетом, объёмами (книга не меняется)",
    en: "what if: compute the plan with another deferral, tiers, budget, volumes (the workbook is not changed)",
  },
  usage:
    "kam-plan whatif FILE --set KEY=VALUE … [--scale PCT] [--format text|json] [--today YYYY-MM-DD] [--lang ru|en]",
  help: {
    ru: [
      "Считает план с изменёнными входными данными и показывает каждый расчётный показатель",
      "до и после с разницей, ячейки, которые изменились бы, и замечания, которые появятся или уйдут.",
      "Книга не изменяется.",
      "",
      ...HELP_KEYS.ru,
      "",
      "json: { file, changes, inputs: [{ sheet, cell, input, before, after }], values: [{ key, unit,",
      "before, after, difference, changed }], findings: { appeared, resolved } }; суммы с 2 знаками,",
      "доли — дробью, даты ГГГГ-ММ-ДД, пусто — null.",
      "",
      "  --set КЛЮЧ=ЗНАЧЕНИЕ  изменение (можно несколько)",
      "  --scale ПРОЦЕНТ      все объёмы на ПРОЦЕНТ (10, +10%, -5%)",
      "  --format text|json   формат вывода (по умолчанию text)",
      "  --today ГГГГ-ММ-ДД   «сегодня» для замечаний (по умолчанию текущая дата)",
      "  --lang ru|en         язык вывода (по умолчанию — язык книги)",
      "",
      "Код выхода: 0 — посчитано, 2 — файл не читается или неверные изменения (названы ключи).",
      "",
      "Пример: kam-plan whatif plan.xlsx --set credit_depth_days=60 --set tier.2.rate=4% --scale 5",
    ].join("\n"),
    en: [
      "Computes the plan with changed inputs and shows every computed value before and after with",
      "the difference, the cells that would change, and the findings that would appear or go away.",
      "The workbook is not changed.",
      "",
      ...HELP_KEYS.en,
      "",
      "json: { file, changes, inputs: [{ sheet, cell, input, before, after }], values: [{ key, unit,",
      "before, after, difference, changed }], findings: { appeared, resolved } }; amounts with 2",
      "decimals, ratios as fractions, dates YYYY-MM-DD, empty null.",
      "",
      "  --set KEY=VALUE      a change (repeat for more)",
      "  --scale PERCENT      every volume by PERCENT (10, +10%, -5%)",
      "  --format text|json   output format (default text)",
      '  --today YYYY-MM-DD   "today" for the findings (default: the current date)',
      "  --lang ru|en         output language (default: the workbook language)",
      "",
      "Exit code: 0 computed, 2 unreadable file or bad changes (each names its key).",
      "",
      "Example: kam-plan whatif plan.xlsx --set credit_depth_days=60 --set tier.2.rate=4% --scale 5",
    ].join("\n"),
  },
  options: {
    set: { type: "string", multiple: true },
    scale: { type: "string" },
    format: { type: "string" },
    today: { type: "string" },
  },
  positionals: { min: 1, max: 1, name: { ru: "ФАЙЛ", en: "FILE" } },
  async run(args, context) {
    const format = choiceOption(args, "format", ["text", "json"] as const, "text");
    const today = stringOption(args, "today") ?? context.today;
    if (!isIsoDate(today)) throw new CliUsageError(cliText("check_today_invalid", { today }));
    const langFlag = langOption(args);
    const given = givenChanges(args);
    const file = args.positionals[0] ?? "";
    const snapshot = await readUserWorkbook(context, file);
    const report = checkWorkbook(
      snapshot,
      langFlag === undefined ? { today } : { today, lang: langFlag }
    );
    const lang = report.language;
    const outcome = whatIfFromInput(report.plan, Object.fromEntries(given), { today, lang });
    if (!outcome.ok) throw new CliUsageError(errorsText(outcome.errors));
    context.out(
      format === "json"
        ? JSON.stringify(whatIfRecord(file, given, outcome.result, report.plan), null, 2)
        : whatIfText(file, outcome.result, report.plan, lang)
    );
    return EXIT.ok;
  },
};
