import { stat } from "node:fs/promises";
import { readPlan } from "../../domain/read/read-plan";
import type { Finding } from "../../domain/findings";
import { configFromSnapshot, configTablesOf } from "../../domain/config/from-snapshot";
import { referenceUnreachable } from "../../domain/config/reference-location";
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
import type { PatchReport } from "../../xlsx/patch";
import { isXlsxInputError } from "../../xlsx/guard/input-error";
import type { CliArgs, CliCommand } from "../command";
import { workbookConfig } from "../config-file";
import { CliUsageError, EXIT, type CliContext } from "../context";
import { isOutputError } from "../output-error";
import { REFERENCE_OPTION, readReferenceConfig } from "../reference-config";
import { rolloutText } from "../../domain/text/rollout";
import { collectWorkbooks } from "./summary-files";
import { FORCE_OPTION, checkOutputPath, forceGiven } from "../output-path";
import { findingLine } from "../output";
import { stringOption } from "../parse";
import {
  patchReportLines,
  readUserWorkbookBytes,
  writeRestructured,
  type UserWorkbook,
} from "../restructure-file";
import { refuseBrokenStructure } from "../structure-refusal";
import { workbookReference } from "../workbook-reference";
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
  usage:
    "kam-plan apply-config FILE|FOLDER… [--config REF.xlsx] [-o OUT.xlsx [--force]] [--lang ru|en]",
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
      "С --config ЭТАЛОН.xlsx применяется конфигурация эталона (книги или шаблона SKAM), а не своя.",
      "Без --config — эталон, путь к которому записан в строке Settings reference_config книги (от",
      "папки книги); если он не читается (или это адрес в сети) — предупреждение REFERENCE_UNREACHABLE",
      "и применяется собственный Config книги.",
      "Несколько файлов или папок (поиск .xlsx в глубину): каждая книга перестраивается на месте,",
      "без потерь, и выводится один отчёт: изменён / без изменений (Config уже равен эталону) /",
      "отказ с причиной; книга с отказом не записывается. Код выхода 2, если был хотя бы один отказ.",
      "",
      "Пример: kam-plan apply-config plan.xlsx -o plan-v2.xlsx",
      "Пример: kam-plan apply-config plans/ --config эталон.xlsx",
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
      "With --config REF.xlsx the reference's configuration (a SKAM's workbook or template) is applied, not the own one.",
      "Without --config, the reference whose path the workbook's Settings reference_config holds (from the",
      "workbook's folder); when it cannot be read (or is a web address): a REFERENCE_UNREACHABLE warning",
      "and the workbook's own Config is applied.",
      "Several files or folders (searched for .xlsx recursively): each workbook is restructured in place,",
      "losslessly, with one report: changed / unchanged (its Config already equals the reference) /",
      "refused with why; a refused workbook is not written. Exit code 2 when any was refused.",
      "",
      "Example: kam-plan apply-config plan.xlsx -o plan-v2.xlsx",
      "Example: kam-plan apply-config plans/ --config reference.xlsx",
    ].join("\n"),
  },
  options: { output: { type: "string", short: "o" }, ...FORCE_OPTION, ...REFERENCE_OPTION },
  positionals: { min: 1, max: Infinity, name: { ru: "ФАЙЛ|ПАПКА…", en: "FILE|FOLDER…" } },
  async run(args, context) {
    const reference = await readReferenceConfig(context, args);
    if (reference.kind === "refused") return reference.exit;
    const config = reference.kind === "ok" ? reference.config : null;
    const only = args.positionals.length === 1 ? (args.positionals[0] ?? "") : null;
    if (only !== null && !(await isFolder(context, only)))
      return applyToOne(context, args, only, config);
    if (stringOption(args, "output") !== undefined)
      throw new CliUsageError(rolloutText("rollout_output_one_file"));
    return rollout(context, args.positionals, config);
  },
};

async function isFolder(context: CliContext, path: string): Promise<boolean> {
  const info = await stat(context.resolve(path)).catch(() => null);
  return info?.isDirectory() === true;
}

/** What restructuring one workbook came to. */
type Outcome =
  | {
      readonly kind: "changed";
      readonly kept: number;
      readonly archived: readonly ArchiveRow[];
      readonly report: PatchReport;
    }
  | { readonly kind: "unchanged" }
  | { readonly kind: "config_absent" }
  | { readonly kind: "config_broken"; readonly findings: readonly Finding[] }
  | { readonly kind: "structure"; readonly findings: readonly Finding[] };

/**
 * Restructure one workbook to `reference` (or, when null, to its own Config) and write it
 * to `target`; nothing is written unless the outcome is `changed`. With `skipEqual`, a
 * workbook whose own Config already equals the reference is left as it is (`unchanged`).
 */
async function restructureOne(
  context: CliContext,
  input: UserWorkbook,
  reference: KamConfig | null,
  target: string,
  shown: string,
  skipEqual: boolean
): Promise<Outcome> {
  const snapshot = input.snapshot;
  let config: KamConfig;
  if (reference === null) {
    const found = workbookConfig(snapshot);
    if (found.kind === "absent") return { kind: "config_absent" };
    if (found.kind === "broken") return { kind: "config_broken", findings: found.findings };
    config = found.config;
    // Without --config: the reference the workbook names in Settings reference_config (spec §11).
    const own = await workbookReference(snapshot, context.resolve(input.file));
    if (own.referenceProblem) {
      const { where, problem } = own.referenceProblem;
      const finding = referenceUnreachable(
        configTablesOf(snapshot),
        where,
        problem,
        found.config.settings.language
      );
      context.out(findingLine(shown, finding));
    }
    if (own.reference) {
      context.out(
        context.t(
          rolloutText("reference_from_workbook", { file: shown, where: own.reference.where })
        )
      );
      // The workbook keeps naming its reference (the reference itself names none).
      const settings = {
        ...own.reference.config.settings,
        referenceConfig: config.settings.referenceConfig,
      };
      config = { ...own.reference.config, settings };
      if (skipEqual && sameConfig(found.config, config)) return { kind: "unchanged" };
    }
  } else {
    config = reference;
    const own = configFromSnapshot(snapshot);
    if (skipEqual && own.source === "workbook" && sameConfig(own.config, reference))
      return { kind: "unchanged" };
  }
  const refusals = restructureRefusals(
    snapshot,
    expectedStructure(snapshot, config),
    config.settings.language
  );
  if (refusals.length > 0) return { kind: "structure", findings: refusals };
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
    shown
  );
  const kept =
    Object.keys(result.values.form).length +
    Object.values(result.values.tables).reduce(
      (n, rows) => n + rows.reduce((m, row) => m + Object.keys(row).length, 0),
      0
    );
  return { kind: "changed", kept, archived: result.archived, report };
}

/** Two configurations equal as their Config sheets would show them. */
function sameConfig(a: KamConfig, b: KamConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function archiveLine(row: ArchiveRow): string {
  return `  Archive: ${row.section}${row.rowKey === null ? "" : ` [${row.rowKey}]`} ${row.field}${row.address === null ? "" : ` (${row.address})`} = ${String(row.value)}`;
}

/** `apply-config FILE [-o OUT]`: one workbook, reported as before (exit 1 for a broken own Config). */
async function applyToOne(
  context: CliContext,
  args: CliArgs,
  file: string,
  reference: KamConfig | null
): Promise<number> {
  const out = stringOption(args, "output") ?? file;
  const target = await checkOutputPath(context, out, {
    inputs: [file],
    inPlace: file,
    force: forceGiven(args),
  });
  const input = await readUserWorkbookBytes(context, file);
  const outcome = await restructureOne(context, input, reference, target, out, false);
  switch (outcome.kind) {
    case "config_absent":
      context.err(context.t(cliText("apply_config_absent", { file })));
      return EXIT.findings;
    case "config_broken":
      for (const finding of outcome.findings) context.out(findingLine(file, finding));
      context.err(context.t(cliText("apply_config_broken", { n: outcome.findings.length })));
      return EXIT.findings;
    case "structure":
      return refuseBrokenStructure(context, file, outcome.findings);
    case "unchanged":
      return EXIT.ok;
    case "changed":
      context.out(
        context.t(
          cliText("apply_config_done", {
            out,
            kept: outcome.kept,
            archived: outcome.archived.length,
          })
        )
      );
      for (const row of outcome.archived) context.out(archiveLine(row));
      for (const line of patchReportLines(context, outcome.report)) context.out(line);
      return EXIT.ok;
  }
}

/**
 * `apply-config FILES|FOLDERS… [--config REF.xlsx]` (spec §11): every workbook restructured
 * in place, losslessly, one report line each (changed / unchanged / refused with why), then
 * the counts. A refused workbook (unreadable, damaged, broken structure, broken own Config,
 * not writable) is never written; the others go on. Exit 2 when any was refused.
 */
async function rollout(
  context: CliContext,
  paths: readonly string[],
  reference: KamConfig | null
): Promise<number> {
  const files = await collectWorkbooks(paths, context.io.cwd);
  if (files.length === 0) {
    context.err(context.t(rolloutText("rollout_no_files", { where: paths.join(", ") })));
    return EXIT.input;
  }
  const counts = { changed: 0, unchanged: 0, refused: 0 };
  for (const file of files) {
    const refuse = (reason: string): void => {
      counts.refused += 1;
      context.out(context.t(rolloutText("rollout_refused", { file: file.shown, reason })));
    };
    let outcome: Outcome;
    try {
      const input = await readUserWorkbookBytes(context, file.path);
      outcome = await restructureOne(context, input, reference, file.path, file.shown, true);
    } catch (error) {
      if (isXlsxInputError(error)) refuse(error.reason[context.lang]);
      else if (isOutputError(error)) refuse(error.messageIn(context.lang));
      else throw error;
      continue;
    }
    switch (outcome.kind) {
      case "changed":
        counts.changed += 1;
        context.out(
          context.t(
            rolloutText("rollout_changed", {
              file: file.shown,
              kept: outcome.kept,
              archived: outcome.archived.length,
            })
          )
        );
        for (const row of outcome.archived) context.out(archiveLine(row));
        for (const line of patchReportLines(context, outcome.report)) context.out(line);
        break;
      case "unchanged":
        counts.unchanged += 1;
        context.out(context.t(rolloutText("rollout_unchanged", { file: file.shown })));
        break;
      case "config_absent":
        refuse(context.t(rolloutText("rollout_config_absent")));
        break;
      case "config_broken":
        refuse(context.t(rolloutText("rollout_config_broken", { n: outcome.findings.length })));
        for (const finding of outcome.findings)
          context.out(`  ${findingLine(file.shown, finding)}`);
        break;
      case "structure":
        refuse(context.t(rolloutText("rollout_structure")));
        for (const finding of outcome.findings)
          context.out(`  ${findingLine(file.shown, finding)}`);
        break;
    }
  }
  context.out(context.t(rolloutText("rollout_total", counts)));
  return counts.refused > 0 ? EXIT.input : EXIT.ok;
}
