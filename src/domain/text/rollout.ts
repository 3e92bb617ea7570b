import type { Bilingual, Lang } from "../values";

/**
 * The texts of the SKAM's reference configuration in the CLI (spec §11): `--config REF.xlsx`
 * on check, summary and apply-config, and the report of a rollout to many plans.
 */
export interface RolloutTextArgs {
  readonly reference_broken: { readonly file: string };
  /** Without `--config`: the workbook's Settings reference_config named a reference that was read. */
  readonly reference_from_workbook: { readonly file: string; readonly where: string };
  readonly rollout_changed: {
    readonly file: string;
    readonly kept: number;
    readonly archived: number;
  };
  readonly rollout_unchanged: { readonly file: string };
  /** `reason`: why, in the CLI language already. */
  readonly rollout_refused: { readonly file: string; readonly reason: string };
  readonly rollout_structure: null;
  readonly rollout_config_broken: { readonly n: number };
  readonly rollout_config_absent: null;
  readonly rollout_total: {
    readonly changed: number;
    readonly unchanged: number;
    readonly refused: number;
  };
  readonly rollout_no_files: { readonly where: string };
  readonly rollout_output_one_file: null;
  readonly password_without_lock: null;
}

export type RolloutText = keyof RolloutTextArgs;

const TEXTS: {
  readonly [K in RolloutText]: Readonly<Record<Lang, (args: RolloutTextArgs[K]) => string>>;
} = {
  reference_broken: {
    ru: ({ file }) =>
      `--config: Config эталона ${file} содержит ошибки: ничего не проверено и не изменено`,
    en: ({ file }) =>
      `--config: the reference Config in ${file} is broken: nothing checked or changed`,
  },
  reference_from_workbook: {
    ru: ({ file, where }) =>
      `${file}: применяется эталонная конфигурация ${where} (Settings reference_config книги)`,
    en: ({ file, where }) =>
      `${file}: applying the reference configuration ${where} (the workbook's Settings reference_config)`,
  },
  rollout_changed: {
    ru: ({ file, kept, archived }) =>
      `${file}: изменён (значений сохранено: ${kept}, перенесено в Archive: ${archived})`,
    en: ({ file, kept, archived }) =>
      `${file}: changed (values kept: ${kept}, moved to Archive: ${archived})`,
  },
  rollout_unchanged: {
    ru: ({ file }) => `${file}: без изменений (его Config уже совпадает с эталоном)`,
    en: ({ file }) => `${file}: unchanged (its Config already equals the reference)`,
  },
  rollout_refused: {
    ru: ({ file, reason }) => `${file}: отказ, файл не изменён: ${reason}`,
    en: ({ file, reason }) => `${file}: refused, the file is unchanged: ${reason}`,
  },
  rollout_structure: {
    ru: () => "структура книги нарушена (см. замечания ниже), значения нельзя перенести без потерь",
    en: () =>
      "the workbook's structure is broken (findings below), its values cannot be carried without loss",
  },
  rollout_config_broken: {
    ru: ({ n }) => `Config книги содержит ошибки (${n}); укажите эталон: --config ЭТАЛОН.xlsx`,
    en: ({ n }) =>
      `its Config is broken (${n} findings); give a reference: --config REFERENCE.xlsx`,
  },
  rollout_config_absent: {
    ru: () => "в книге нет листа Config; укажите эталон: --config ЭТАЛОН.xlsx",
    en: () => "the workbook has no Config sheet; give a reference: --config REFERENCE.xlsx",
  },
  rollout_total: {
    ru: ({ changed, unchanged, refused }) =>
      `Изменено: ${changed}, без изменений: ${unchanged}, отказ: ${refused} (книг: ${changed + unchanged + refused})`,
    en: ({ changed, unchanged, refused }) =>
      `Changed: ${changed}, unchanged: ${unchanged}, refused: ${refused} (workbooks: ${changed + unchanged + refused})`,
  },
  rollout_no_files: {
    ru: ({ where }) => `не найдено ни одного файла .xlsx в ${where}`,
    en: ({ where }) => `no .xlsx files found in ${where}`,
  },
  password_without_lock: {
    ru: () => "--password задаётся вместе с --lock-config",
    en: () => "--password goes with --lock-config",
  },
  rollout_output_one_file: {
    ru: () =>
      "-o задаётся только для одного файла; для многих книг каждая перестраивается на месте",
    en: () => "-o is for one file only; with many workbooks each is restructured in place",
  },
};

/** A rollout text in both languages (the CLI picks one with `context.t`). */
export function rolloutText<K extends RolloutText>(
  key: K,
  ...args: RolloutTextArgs[K] extends null ? [] : [RolloutTextArgs[K]]
): Bilingual {
  const templates: Readonly<Record<Lang, (a: RolloutTextArgs[K]) => string>> = TEXTS[key];
  const value = (args[0] ?? null) as RolloutTextArgs[K];
  return { ru: templates.ru(value), en: templates.en(value) };
}
