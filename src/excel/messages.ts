import type { Lang } from "../domain/values";
import type { ActionFailure } from "./types";

/** Texts of the adapter's own failures (the core's findings carry their own messages). Russian first. */
const TEXTS = {
  plan_exists: {
    ru: "В книге уже есть план с данными. Чтобы перестроить его и сохранить все введённые значения, выберите «Перезаписать». Книга не изменена.",
    en: "The workbook already holds a plan with data. To rebuild it keeping every value you entered, choose Overwrite. Nothing was changed.",
  },
  cell_edit_mode: {
    ru: "Excel сейчас в режиме ввода в ячейку. Завершите ввод (Enter или Esc) и повторите действие. Книга не изменена.",
    en: "Excel is in cell-edit mode. Finish the entry (Enter or Esc) and try again. Nothing was changed.",
  },
  protected: {
    ru: "Книга или лист защищены паролем, поэтому Excel не дал внести изменения. Снимите защиту (Рецензирование → Снять защиту) и повторите. Книга оставлена как была.",
    en: "The workbook or a sheet is protected with a password, so Excel refused the change. Unprotect it (Review → Unprotect) and try again. The workbook was left as it was.",
  },
  config_invalid: {
    ru: "На листе Config есть ошибки ({n}). Исправьте отмеченные ячейки и примените конфигурацию снова. Листы плана не изменены.",
    en: "The Config sheet has errors ({n}). Fix the cells listed and apply the configuration again. The plan sheets were not changed.",
  },
  no_plan: {
    ru: "В книге нет листов плана «ActionPlan» и «Dossier» (возможно, их переименовали или удалили). Верните прежние имена листов или создайте шаблон заново.",
    en: "The workbook has no ActionPlan and Dossier sheets (they may have been renamed or deleted). Restore their names or build the template again.",
  },
  foreign_table: {
    ru: "Таблица «{name}» находится на листе «{sheet}», а не на листе плана (возможно, лист переименовали). Верните имя листа или переименуйте таблицу. Книга не изменена.",
    en: "The table {name} is on the sheet {sheet}, not on a plan sheet (the sheet may have been renamed). Restore the sheet name or rename the table. Nothing was changed.",
  },
  structure_broken: {
    ru: "Удалено или переименовано то, через что переносятся значения плана; книга не изменена. {details}",
    en: "Something the plan's values are carried through was deleted or renamed; nothing was changed. {details}",
  },
  excel_error: {
    ru: "Excel отклонил изменение ({code}). Книга оставлена как была: повторите действие.",
    en: "Excel refused the change ({code}). The workbook was left as it was: try again.",
  },
  stuck: {
    ru: "Excel отклонил изменение ({code}), и вернуть книгу автоматически не удалось. Прежние данные целы на листах {backups}. Запустите действие ещё раз: если новые листы успели записаться полностью, оно удалит эти копии и завершит перестройку, а если нет — назовёт листы, которые нужно вернуть.",
    en: "Excel refused the change ({code}) and the workbook could not be restored automatically. Your previous data is intact on the sheets {backups}. Run the action again: if the new sheets were written completely it deletes those copies and finishes the rebuild; if not, it names the sheets to restore.",
  },
  interrupted: {
    ru: "В книге остались резервные копии прерванной перестройки: {backups}. Новые листы с теми же именами (без «~bak »), если они есть, неполные: удалите их, переименуйте копии обратно, уберите «kam_bak_» из имён их таблиц и проверьте имена ячеек (Формулы → Диспетчер имён). Книга не изменена.",
    en: "The workbook holds backups of an interrupted rebuild: {backups}. The new sheets of the same names (without “~bak ”), if any, are incomplete: delete them, rename the backups back, remove “kam_bak_” from their tables' names and check the cell names (Formulas → Name Manager). Nothing was changed.",
  },
  workbook_protected: {
    ru: "Структура книги защищена (Рецензирование → Защитить книгу), поэтому надстройка не может добавлять, переименовывать и удалять листы. Снимите защиту книги и повторите. Книга не изменена.",
    en: "The workbook structure is protected (Review → Protect Workbook), so the add-in cannot add, rename or delete sheets. Unprotect the workbook and try again. Nothing was changed.",
  },
  sheet_password: {
    ru: "Один из листов {sheets} защищён паролем, и без пароля надстройка не может снять защиту. Снимите её сами (Рецензирование → Снять защиту листа) и повторите: надстройка защитит лист снова, но без пароля. Книга не изменена.",
    en: "One of the sheets {sheets} is protected with a password, and the add-in cannot unprotect it without one. Unprotect it yourself (Review → Unprotect Sheet) and try again: the add-in protects the sheet again, without a password. Nothing was changed.",
  },
  check_sheet_title: { ru: "Результаты проверки", en: "Check results" },
} as const;

/** Keys of the adapter's texts. */
export type AdapterText = keyof typeof TEXTS;

/** The text `key` in `lang` with `{placeholders}` filled in. */
export function adapterText(
  key: AdapterText,
  lang: Lang,
  args: Readonly<Record<string, string | number>> = {}
): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_m, k: string) => String(args[k] ?? `{${k}}`));
}

/** The failure kind of an Office.js error code. */
export function failureOfCode(code: string): ActionFailure {
  if (code === "InvalidOperationInCellEditMode") return "cell_edit_mode";
  if (code === "AccessDenied") return "protected";
  return "excel_error";
}

/** The `code` of an `OfficeExtension.Error` (or `GeneralException` for anything else). */
export function errorCode(error: unknown): string {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? (error as { code: string }).code
    : "GeneralException";
}
