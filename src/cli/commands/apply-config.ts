import { readPlan } from "../../domain/read/read-plan";
import type { KamConfig } from "../../domain/config/types";
import {
  firstDayOfMonth,
  isPeriodType,
  monthAfterDate,
  monthOfSerial,
  planMonths,
  type PlanPeriod,
} from "../../domain/periods";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import type { Month } from "../../domain/values";
import { buildLayout } from "../../layout/build";
import { carryValues } from "../../layout/carry-values";
import { expectedStructure, restructureRefusals } from "../../layout/preconditions";
import type { ArchiveRow } from "../../layout/types";
import type { CliCommand } from "../command";
import { workbookConfig } from "../config-file";
import { EXIT } from "../context";
import { FORCE_OPTION, checkOutputPath, forceGiven } from "../output-path";
import { findingLine } from "../output";
import { stringOption } from "../parse";
import { patchReportLines, readUserWorkbookBytes, writeRestructured } from "../restructure-file";
import { refuseBrokenStructure } from "../structure-refusal";
import { cliText } from "../../domain/text/cli";

/** The plan's first month and period as the workbook states them (plan_start, plan_period), else from its SalesPlan month columns. */
function planShape(
  snapshot: WorkbookSnapshot,
  config: KamConfig,
  fallbackStart: Month
): { start: Month; period: PlanPeriod } {
  const { plan } = readPlan(snapshot, config, config.settings.language);
  const startSerial = plan.form.plan_start;
  const periodKey = plan.form.plan_period;
  const columns = plan.tables.SalesPlan?.monthColumns ?? [];
  const start =
    typeof startSerial === "number" ? monthOfSerial(startSerial) : (columns[0] ?? fallbackStart);
  const byColumns: PlanPeriod =
    columns.length <= 3 && columns.length > 0
      ? "quarter"
      : columns.length <= 6 && columns.length > 0
        ? "half_year"
        : "year";
  const period: PlanPeriod =
    isPeriodType(periodKey) && periodKey !== "month" ? periodKey : byColumns;
  return { start, period };
}

/** `kam-plan apply-config FILE [-o OUT.xlsx]`. */
export const command: CliCommand = {
  name: "apply-config",
  order: 40,
  summary: {
    ru: "перестроить книгу по её листу Config, сохранив все значения",
    en: "rebuild a workbook to its own Config sheet, keeping every value",
  },
  usage: "kam-plan apply-config FILE [-o OUT.xlsx [--force]] [--lang ru|en]",
  help: {
    ru: [
      "Перестраивает листы книги по конфигурации с её листа Config (поля, подписи, списки, настройки).",
      "Каждое значение, поле которого осталось, сохраняется (по ключу, а не по месту); значения",
      "удалённых полей и месяцев переносятся на лист Archive (раздел, строка, поле, старый адрес).",
      "Если Config содержит ошибки, выводятся замечания CONFIG_INVALID и ничего не меняется.",
      "",
      "  -o, --output OUT.xlsx   записать результат в другой файл (по умолчанию — заменить FILE)",
      "  --force                 заменить существующий OUT.xlsx (FILE на месте заменяется и без него)",
      "",
      "Если в книге удалено имя поля, переименована или удалена таблица, удалён лист, команда",
      "отказывается, называет их и как исправить, и ничего не меняет: значения не угадываются.",
      "Файл пишется во временный и затем переименовывается: сбой не оставит половину файла.",
      "Код выхода: 0 — применено, 1 — Config ошибочен (ничего не изменено), 2 — файл не читается",
      "или повреждён, структура книги нарушена, неверные аргументы или файл не записывается.",
      "",
      "Пример: kam-plan apply-config plan.xlsx -o plan-v2.xlsx",
    ].join("\n"),
    en: [
      "Rebuilds a workbook's sheets to the configuration on its own Config sheet (fields, labels, lists, settings).",
      "Every value whose field still exists is kept (by key, not by position); values of removed fields",
      "and months move to the Archive sheet (section, row, field, old address).",
      "A broken Config prints its CONFIG_INVALID findings and changes nothing.",
      "",
      "  -o, --output OUT.xlsx   write the result to another file (default: replace FILE)",
      "  --force                 replace an existing OUT.xlsx (FILE itself is replaced in place without it)",
      "",
      "When a field's defined name was deleted, a table renamed or deleted, or a sheet deleted, the command",
      "refuses, names them and how to repair them, and changes nothing: values are never guessed.",
      "Writes a temporary file and renames it: a crash never leaves half a file.",
      "Exit code: 0 applied, 1 broken Config (nothing changed), 2 unreadable or damaged file, broken",
      "workbook structure, wrong arguments, or the file cannot be written.",
      "",
      "Example: kam-plan apply-config plan.xlsx -o plan-v2.xlsx",
    ].join("\n"),
  },
  options: { output: { type: "string", short: "o" }, ...FORCE_OPTION },
  positionals: { min: 1, max: 1, name: { ru: "ФАЙЛ", en: "FILE" } },
  async run(args, context) {
    const file = args.positionals[0] ?? "";
    const out = stringOption(args, "output") ?? file;
    const target = await checkOutputPath(context, out, {
      inputs: [file],
      inPlace: file,
      force: forceGiven(args),
    });
    const input = await readUserWorkbookBytes(context, file);
    const snapshot = input.snapshot;
    const found = workbookConfig(snapshot);
    if (found.kind === "absent") {
      context.err(context.t(cliText("apply_config_absent", { file })));
      return EXIT.findings;
    }
    if (found.kind === "broken") {
      for (const finding of found.findings) context.out(findingLine(file, finding));
      context.err(context.t(cliText("apply_config_broken", { n: found.findings.length })));
      return EXIT.findings;
    }
    const config = found.config;
    const refusals = restructureRefusals(
      snapshot,
      expectedStructure(snapshot, config),
      config.settings.language
    );
    if (refusals.length > 0) return refuseBrokenStructure(context, file, refusals);
    const { start, period } = planShape(snapshot, config, monthAfterDate(context.today));
    const months = planMonths(firstDayOfMonth(start), period);
    const result = carryValues(snapshot, config, months);
    const layoutFor = (extra: readonly ArchiveRow[]) =>
      buildLayout(config, {
        lang: config.settings.language,
        start,
        period,
        values: { ...result.values, archive: [...result.values.archive, ...extra] },
      });
    const archiveBefore = result.values.archive.length - result.archived.length;
    const report = await writeRestructured(
      context,
      input,
      config,
      layoutFor,
      archiveBefore,
      target,
      out
    );
    const kept =
      Object.keys(result.values.form).length +
      Object.values(result.values.tables).reduce(
        (n, rows) => n + rows.reduce((m, row) => m + Object.keys(row).length, 0),
        0
      );
    context.out(
      context.t(cliText("apply_config_done", { out, kept, archived: result.archived.length }))
    );
    for (const row of result.archived) {
      context.out(
        `  Archive: ${row.section}${row.rowKey === null ? "" : ` [${row.rowKey}]`} ${row.field}${row.address === null ? "" : ` (${row.address})`} = ${String(row.value)}`
      );
    }
    for (const line of patchReportLines(context, report)) context.out(line);
    return EXIT.ok;
  },
};
