import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { monthAfterDate, PLAN_PERIODS, toExcelMonth, type PlanPeriod } from "../../domain/periods";
import type { Lang } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../../xlsx/write";
import type { CliCommand } from "../command";
import { workbookConfig } from "../config-file";
import { CliUsageError, EXIT } from "../context";
import { FORCE_OPTION, checkOutputPath, forceGiven } from "../output-path";
import { findingLine } from "../output";
import { choiceOption, stringOption } from "../parse";
import { readUserWorkbook } from "../read-plan-file";
import { writeFileAtomic } from "../write-atomic";
import { cliText } from "../../domain/text/cli";
import { rolloutText } from "../../domain/text/rollout";
import { PRESETS, presetConfig, type Preset } from "../../domain/config/presets";

/** `kam-plan template OUT.xlsx [--lang ru|en] [--start YYYY-MM] [--period quarter|half_year|year] [--config CONFIG.xlsx]`. */
export const command: CliCommand = {
  name: "template",
  order: 10,
  summary: {
    ru: "создать новую книгу плана (шаблон)",
    en: "create a new plan workbook (the template)",
  },
  usage:
    "kam-plan template OUT.xlsx [--lang ru|en] [--start YYYY-MM] [--period quarter|half_year|year] [--config CONFIG.xlsx] [--preset minimal|standard|full] [--lock-config [--password P]] [--force]",
  help: {
    ru: [
      "Создаёт пустую книгу плана: листы ActionPlan (План действий), Dossier (Досье), Config, скрытые",
      "листы списков и расчётов, формулы, выпадающие списки и защиту. Книга работает без надстройки.",
      "",
      "  --lang ru|en          язык подписей книги (по умолчанию ru, с --config — язык её Config)",
      "  --start ГГГГ-ММ       первый месяц плана (по умолчанию следующий месяц)",
      "  --period quarter|half_year|year   период плана (по умолчанию year)",
      "  --config CONFIG.xlsx  взять поля, списки и настройки с листа Config другой книги",
      "  --preset minimal|standard|full   набор разделов: minimal — параметры плана, команда, план и факт",
      "                        продаж, KPI; standard добавляет ассортимент, скидки, мероприятия, риски,",
      "                        профиль клиента, ГПР, конкурентов; full — всё (по умолчанию). Остальные",
      "                        разделы скрыты (Sections.hidden), их значения сохраняются; minimal скрывает",
      "                        и необязательные поля: утверждение плана, отчётную дату, заработанную",
      "                        скидку, обязательства участника, единицу KPI (Fields.hidden)",
      "  --lock-config         защитить лист Config от изменений (сдерживание, не защита данных)",
      "  --password P          с --lock-config: пароль листа Config (в файле хранится его хеш Excel)",
      "  --force               заменить существующий файл (без него существующий файл не трогается)",
      "",
      "Файл пишется целиком или не пишется вовсе (временный файл и переименование).",
      "Код выхода: 0 — создан, 1 — Config в --config ошибочен (замечания выведены), 2 — неверные",
      "аргументы, файл уже есть (без --force) или не записывается (нет папки, прав, места на диске).",
      "",
      "Пример: kam-plan template plan.xlsx --start 2027-01 --period half_year",
    ].join("\n"),
    en: [
      "Creates an empty plan workbook: sheets ActionPlan, Dossier, Config, hidden list and calculation",
      "sheets, formulas, dropdowns and protection. The workbook works without the add-in.",
      "",
      "  --lang ru|en          language of the labels (default ru; with --config, its Config language)",
      "  --start YYYY-MM       first month of the plan (default: next month)",
      "  --period quarter|half_year|year   plan period (default year)",
      "  --config CONFIG.xlsx  take fields, lists and settings from the Config sheet of another workbook",
      "  --preset minimal|standard|full   which sections show: minimal = plan header, team, sales plan and",
      "                        actuals, KPI; standard adds assortment, discounts, activities, risks, client",
      "                        profile, decision group, competitors; full = everything (default). The others",
      "                        are hidden (Sections.hidden), their values kept; minimal also hides",
      "                        optional fields: approval, as-of date, discount earned, a member's",
      "                        commitments, a KPI's unit (Fields.hidden)",
      "  --lock-config         protect the Config sheet against changes (a deterrent, not security)",
      "  --password P          with --lock-config: the Config sheet's password (the file holds Excel's hash)",
      "  --force               replace an existing file (without it an existing file is left alone)",
      "",
      "The file is written whole or not at all (a temporary file, then a rename).",
      "Exit code: 0 written, 1 the --config workbook has a broken Config (findings printed), 2 wrong",
      "arguments, the file exists (no --force) or cannot be written (no folder, permission, disk space).",
      "",
      "Example: kam-plan template plan.xlsx --start 2027-01 --period half_year",
    ].join("\n"),
  },
  options: {
    start: { type: "string" },
    period: { type: "string" },
    config: { type: "string" },
    preset: { type: "string" },
    "lock-config": { type: "boolean" },
    password: { type: "string" },
    ...FORCE_OPTION,
  },
  positionals: { min: 1, max: 1, name: { ru: "ФАЙЛ.xlsx", en: "OUT.xlsx" } },
  async run(args, context) {
    const out = args.positionals[0] ?? "";
    const configFile = stringOption(args, "config");
    const target = await checkOutputPath(context, out, {
      inputs: configFile === undefined ? [] : [configFile],
      force: forceGiven(args),
    });
    const startText = stringOption(args, "start");
    const start = startText === undefined ? monthAfterDate(context.today) : toExcelMonth(startText);
    if (start === null)
      throw new CliUsageError(cliText("start_invalid", { value: startText ?? "" }));
    const period = choiceOption<PlanPeriod>(args, "period", PLAN_PERIODS, "year");
    const preset = choiceOption<Preset>(args, "preset", PRESETS, "full");
    const password = stringOption(args, "password");
    const lock = args.values["lock-config"] === true;
    if (password !== undefined && !lock)
      throw new CliUsageError(rolloutText("password_without_lock"));
    let config: KamConfig = DEFAULT_CONFIG;
    if (configFile !== undefined) {
      const found = workbookConfig(await readUserWorkbook(context, configFile));
      if (found.kind === "absent") {
        throw new CliUsageError(cliText("template_config_absent", { file: configFile }));
      }
      if (found.kind === "broken") {
        for (const finding of found.findings) context.out(findingLine(configFile, finding));
        context.err(context.t(cliText("template_config_broken", { file: configFile })));
        return EXIT.findings;
      }
      config = found.config;
    }
    const lang = choiceOption<Lang>(
      args,
      "lang",
      ["ru", "en"],
      configFile !== undefined ? config.settings.language : "ru"
    );
    if (stringOption(args, "preset") !== undefined) config = presetConfig(preset, config);
    const lockConfig = lock ? (password === undefined ? {} : { password }) : undefined;
    const layout = buildLayout(
      config,
      lockConfig === undefined ? { lang, start, period } : { lang, start, period, lockConfig }
    );
    await writeFileAtomic(target, await writeWorkbook(layout), { shown: out });
    context.out(context.t(cliText("template_written", { out, start, period, lang })));
    return EXIT.ok;
  },
};
