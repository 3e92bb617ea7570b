import type { Lang } from "../values";

/**
 * The values each text of the workbook adapter (src/excel) needs: its own refusals and failures
 * (the core's findings carry their own messages). Shown in the pane's language.
 */
export interface AdapterTextArgs {
  readonly plan_exists: null;
  /** `code` (the workbook API's error code) is not shown: the text says what to do instead. */
  readonly cell_edit_mode: { readonly code: string };
  readonly protected: { readonly code: string };
  /** `n`: how many CONFIG_INVALID findings. */
  readonly config_invalid: { readonly n: number };
  readonly no_plan: null;
  readonly foreign_table: { readonly name: string; readonly sheet: string };
  /** `details`: what was deleted or renamed (the restructure refusals' texts). */
  readonly structure_broken: { readonly details: string };
  readonly excel_error: { readonly code: string };
  /** `backups`: the names of the `~bak`/`~old` sheets that hold the old data, quoted and joined. */
  readonly stuck: { readonly code: string; readonly backups: string };
  /** `backups`: the `~bak` sheets an interrupted rebuild left, quoted and joined. */
  readonly interrupted: { readonly backups: string };
  readonly workbook_protected: null;
  /** `sheets`: the protected sheets the rebuild had to unprotect, quoted and joined. */
  readonly sheet_password: { readonly sheets: string };
  readonly sheet_unavailable: { readonly sheet: string };
  readonly columns_invalid: null;
  readonly no_months: null;
  readonly check_sheet_title: null;
  /** `cells`: the cells (`ActionPlan!C20`) that no longer hold what the what-if was computed from, joined. */
  readonly inputs_changed: { readonly cells: string };
  /** `cells`: the cells that hold a formula a what-if would replace, joined. */
  readonly inputs_formula: { readonly cells: string };
}

/** The key of an adapter text. */
export type AdapterText = keyof AdapterTextArgs;

const TEXTS: {
  readonly [K in AdapterText]: Readonly<Record<Lang, (args: AdapterTextArgs[K]) => string>>;
} = {
  plan_exists: {
    ru: () =>
      "В книге уже есть план с данными. Чтобы перестроить его и сохранить все введённые значения, выберите «Перезаписать». Книга не изменена.",
    en: () =>
      "The workbook already holds a plan with data. To rebuild it keeping every value you entered, choose Overwrite. Nothing was changed.",
  },
  cell_edit_mode: {
    ru: () =>
      "Excel сейчас в режиме ввода в ячейку. Завершите ввод (Enter или Esc) и повторите действие. Книга не изменена.",
    en: () =>
      "Excel is in cell-edit mode. Finish the entry (Enter or Esc) and try again. Nothing was changed.",
  },
  protected: {
    ru: () =>
      "Книга или лист защищены паролем, поэтому Excel не дал внести изменения. Снимите защиту (Рецензирование → Снять защиту) и повторите. Книга оставлена как была.",
    en: () =>
      "The workbook or a sheet is protected with a password, so Excel refused the change. Unprotect it (Review → Unprotect) and try again. The workbook was left as it was.",
  },
  config_invalid: {
    ru: ({ n }) =>
      `На листе Config есть ошибки (${n}). Исправьте отмеченные ячейки и примените конфигурацию снова. Листы плана не изменены.`,
    en: ({ n }) =>
      `The Config sheet has errors (${n}). Fix the cells listed and apply the configuration again. The plan sheets were not changed.`,
  },
  no_plan: {
    ru: () =>
      "В книге нет листов плана «ActionPlan» и «Dossier» (возможно, их переименовали или удалили). Верните прежние имена листов или создайте шаблон заново.",
    en: () =>
      "The workbook has no ActionPlan and Dossier sheets (they may have been renamed or deleted). Restore their names or build the template again.",
  },
  foreign_table: {
    ru: ({ name, sheet }) =>
      `Таблица «${name}» находится на листе «${sheet}», а не на листе плана (возможно, лист переименовали). Верните имя листа или переименуйте таблицу. Книга не изменена.`,
    en: ({ name, sheet }) =>
      `The table ${name} is on the sheet ${sheet}, not on a plan sheet (the sheet may have been renamed). Restore the sheet name or rename the table. Nothing was changed.`,
  },
  structure_broken: {
    ru: ({ details }) =>
      `Удалено или переименовано то, через что переносятся значения плана; книга не изменена. ${details}`,
    en: ({ details }) =>
      `Something the plan's values are carried through was deleted or renamed; nothing was changed. ${details}`,
  },
  excel_error: {
    ru: ({ code }) =>
      `Excel отклонил изменение (${code}). Книга оставлена как была: повторите действие.`,
    en: ({ code }) =>
      `Excel refused the change (${code}). The workbook was left as it was: try again.`,
  },
  stuck: {
    ru: ({ code, backups }) =>
      `Excel отклонил изменение (${code}), и вернуть книгу автоматически не удалось. Прежние данные целы на листах ${backups}. Запустите действие ещё раз: если новые листы успели записаться полностью, оно удалит эти копии и завершит перестройку, а если нет — назовёт листы, которые нужно вернуть.`,
    en: ({ code, backups }) =>
      `Excel refused the change (${code}) and the workbook could not be restored automatically. Your previous data is intact on the sheets ${backups}. Run the action again: if the new sheets were written completely it deletes those copies and finishes the rebuild; if not, it names the sheets to restore.`,
  },
  interrupted: {
    ru: ({ backups }) =>
      `В книге остались резервные копии прерванной перестройки: ${backups}. Новые листы с теми же именами (без «~bak »), если они есть, неполные: удалите их, переименуйте копии обратно, уберите «kam_bak_» из имён их таблиц и проверьте имена ячеек (Формулы → Диспетчер имён). Книга не изменена.`,
    en: ({ backups }) =>
      `The workbook holds backups of an interrupted rebuild: ${backups}. The new sheets of the same names (without “~bak ”), if any, are incomplete: delete them, rename the backups back, remove “kam_bak_” from their tables' names and check the cell names (Formulas → Name Manager). Nothing was changed.`,
  },
  workbook_protected: {
    ru: () =>
      "Структура книги защищена (Рецензирование → Защитить книгу), поэтому надстройка не может добавлять, переименовывать и удалять листы. Снимите защиту книги и повторите. Книга не изменена.",
    en: () =>
      "The workbook structure is protected (Review → Protect Workbook), so the add-in cannot add, rename or delete sheets. Unprotect the workbook and try again. Nothing was changed.",
  },
  sheet_password: {
    ru: ({ sheets }) =>
      `Один из листов ${sheets} защищён паролем, и без пароля надстройка не может снять защиту. Снимите её сами (Рецензирование → Снять защиту листа) и повторите: надстройка защитит лист снова, но без пароля. Книга не изменена.`,
    en: ({ sheets }) =>
      `One of the sheets ${sheets} is protected with a password, and the add-in cannot unprotect it without one. Unprotect it yourself (Review → Unprotect Sheet) and try again: the add-in protects the sheet again, without a password. Nothing was changed.`,
  },
  sheet_unavailable: {
    ru: ({ sheet }) =>
      `Лист «${sheet}» не найден или скрыт: его удалили, переименовали или скрыли. Проверьте книгу ещё раз.`,
    en: ({ sheet }) =>
      `Sheet ${sheet} is missing or hidden: it was deleted, renamed or hidden. Check the workbook again.`,
  },
  columns_invalid: {
    ru: () =>
      "Столбцы позиции, месяца и суммы должны быть тремя разными столбцами вставленного диапазона. Книга не изменена.",
    en: () =>
      "The item, month and amount columns must be three different columns of the pasted range. Nothing was changed.",
  },
  no_months: {
    ru: () =>
      "В плане не заполнены начало или период (plan_start, plan_period): неизвестно, в какие месяцы писать факт. Книга не изменена.",
    en: () =>
      "The plan start or period (plan_start, plan_period) is empty, so the months to fill are unknown. Nothing was changed.",
  },
  check_sheet_title: { ru: () => "Результаты проверки", en: () => "Check results" },
  inputs_changed: {
    ru: ({ cells }) =>
      `Ячейки изменились после расчёта: ${cells}. Пересчитайте показатели и повторите «Применить к плану». Книга не изменена.`,
    en: ({ cells }) =>
      `These cells changed after the numbers were computed: ${cells}. Compute the numbers again and repeat Apply to plan. Nothing was changed.`,
  },
  inputs_formula: {
    ru: ({ cells }) =>
      `В ячейках формулы, которые значение заменило бы: ${cells}. Измените их вручную или уберите формулы. Книга не изменена.`,
    en: ({ cells }) =>
      `These cells hold formulas a value would replace: ${cells}. Change them by hand or remove the formulas. Nothing was changed.`,
  },
};

/** The adapter text `key` in `lang` with its values (none for the texts that take none). */
export function adapterText<K extends AdapterText>(
  key: K,
  lang: Lang,
  ...args: AdapterTextArgs[K] extends null ? [] : [AdapterTextArgs[K]]
): string {
  const template: (a: AdapterTextArgs[K]) => string = TEXTS[key][lang];
  return template((args[0] ?? null) as AdapterTextArgs[K]);
}
