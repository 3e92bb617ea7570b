import { FIELD_KINDS } from "../../config/field-types";
import type { Lang } from "../../values";
import type { MessageTemplate } from "./types";

/**
 * What can be wrong with a cell of the Config sheet (`CONFIG_INVALID`'s `problem`), each with the
 * values its text needs. The schemas and the Config rules name a problem by its key; a key
 * without a text here, or a text without its values, is a compile error.
 */
export interface ConfigProblemValues {
  readonly duplicate_key: { readonly value: string };
  readonly duplicate_label: { readonly value: string };
  readonly unknown_type: { readonly value: string };
  readonly unknown_list: { readonly value: string };
  readonly list_missing: object;
  readonly min_above_max: { readonly min: string; readonly max: string };
  readonly bounds_not_allowed: { readonly type: string };
  readonly not_identifier: { readonly value: string };
  readonly key_like_cell: { readonly value: string };
  readonly name_clash: { readonly value: string };
  readonly core_field_deleted: { readonly value: string; readonly section: string };
  readonly core_field_retyped: { readonly value: string; readonly expected: string };
  readonly core_field_moved: { readonly value: string; readonly expected: string };
  readonly core_field_optional: { readonly value: string };
  readonly core_field_hidden: { readonly value: string };
  readonly core_flag: { readonly value: string; readonly expected: string };
  readonly core_section_kind: { readonly value: string; readonly expected: string };
  readonly core_section_deleted: { readonly value: string };
  readonly core_list_value_deleted: { readonly value: string; readonly section: string };
  readonly unknown_sheet: { readonly value: string };
  readonly unknown_kind: { readonly value: string };
  readonly unknown_section: { readonly value: string };
  readonly bad_setting: {
    readonly value: string;
    readonly section: string;
    readonly expected: string;
  };
  readonly unknown_setting: { readonly value: string; readonly allowed: string };
  readonly not_boolean: { readonly value: string };
  readonly not_number: { readonly value: string };
  readonly empty: object;
  readonly too_long: { readonly limit: number };
  readonly computed_custom: { readonly value: string };
  readonly column_missing: { readonly value: string };
  /** A schema rejected the cell for a reason of its own (a bug of ours, worded plainly). */
  readonly invalid_value: { readonly value: string };
}

/** The key of a Config problem. */
export type ConfigProblem = keyof ConfigProblemValues;

/** A problem with its values: `{ problem: "too_long", limit: 255 }`. */
export type ConfigProblemArgs = {
  readonly [P in ConfigProblem]: { readonly problem: P } & ConfigProblemValues[P];
}[ConfigProblem];

function t<P extends ConfigProblem>(
  ru: (x: ConfigProblemValues[P]) => string,
  en: (x: ConfigProblemValues[P]) => string
): MessageTemplate<ConfigProblemValues[P]> {
  return { ru, en };
}

/** The text of each Config problem, Russian first. */
export const CONFIG_PROBLEMS: {
  readonly [P in ConfigProblem]: MessageTemplate<ConfigProblemValues[P]>;
} = {
  duplicate_key: t<"duplicate_key">(
    (x) => `ключ «${x.value}» повторяется; ключи должны быть уникальными`,
    (x) => `key "${x.value}" is used twice; keys must be unique`
  ),
  duplicate_label: t<"duplicate_label">(
    (x) => `подпись «${x.value}» повторяется в одном разделе или списке; сделайте подписи разными`,
    (x) => `label "${x.value}" is used twice in one section or list; make the labels differ`
  ),
  unknown_type: t<"unknown_type">(
    (x) => `неизвестный тип «${x.value}»; допустимы: ${FIELD_KINDS.join(", ")}`,
    (x) => `unknown type "${x.value}"; allowed: ${FIELD_KINDS.join(", ")}`
  ),
  unknown_list: t<"unknown_list">(
    (x) =>
      `списка «${x.value}» нет в таблице Lists; добавьте его значения или выберите существующий список`,
    (x) =>
      `list "${x.value}" does not exist in the Lists table; add its values or pick an existing list`
  ),
  list_missing: t<"list_missing">(
    () => "для типа list укажите ключ списка в столбце list",
    () => "a list type needs a list key in the list column"
  ),
  min_above_max: t<"min_above_max">(
    (x) => `минимум ${x.min} больше максимума ${x.max}`,
    (x) => `min ${x.min} is greater than max ${x.max}`
  ),
  bounds_not_allowed: t<"bounds_not_allowed">(
    (x) =>
      `границы min/max задаются только для чисел, сумм, процентов и дат, а не для типа «${x.type}»`,
    (x) => `min/max apply only to numbers, amounts, percents and dates, not to type "${x.type}"`
  ),
  not_identifier: t<"not_identifier">(
    (x) => `«${x.value}» — не ключ: используйте латинские буквы, цифры и _ и начинайте с буквы`,
    (x) => `"${x.value}" is not a key: use Latin letters, digits and _, starting with a letter`
  ),
  key_like_cell: t<"key_like_cell">(
    (x) =>
      `ключ «${x.value}» похож на адрес ячейки и не может быть именем в Excel; выберите другой`,
    (x) => `key "${x.value}" looks like a cell address and cannot be an Excel name; choose another`
  ),
  name_clash: t<"name_clash">(
    (x) => `ключ «${x.value}» уже занят другим разделом или полем формы (имена в книге общие)`,
    (x) =>
      `key "${x.value}" is already taken by another section or form field (workbook names are shared)`
  ),
  core_field_deleted: t<"core_field_deleted">(
    (x) =>
      `удалено базовое поле «${x.value}» раздела ${x.section}; базовые поля можно переименовывать, но не удалять — верните строку`,
    (x) =>
      `core field "${x.value}" of section ${x.section} was deleted; core fields may be relabelled, not deleted — restore the row`
  ),
  core_field_retyped: t<"core_field_retyped">(
    (x) => `у базового поля «${x.value}» нельзя менять тип: должен быть «${x.expected}»`,
    (x) => `the type of core field "${x.value}" cannot change: it must be "${x.expected}"`
  ),
  core_field_moved: t<"core_field_moved">(
    (x) => `базовое поле «${x.value}» должно оставаться в разделе ${x.expected}`,
    (x) => `core field "${x.value}" must stay in section ${x.expected}`
  ),
  core_field_optional: t<"core_field_optional">(
    (x) => `базовое поле «${x.value}» обязательно, его нельзя сделать необязательным`,
    (x) => `core field "${x.value}" is required and cannot be made optional`
  ),
  core_field_hidden: t<"core_field_hidden">(
    (x) => `базовое поле «${x.value}» нельзя скрыть`,
    (x) => `core field "${x.value}" cannot be hidden`
  ),
  core_flag: t<"core_flag">(
    (x) => `признак core менять нельзя: у поля «${x.value}» должно быть ${x.expected}`,
    (x) => `the core flag cannot be changed: field "${x.value}" must have ${x.expected}`
  ),
  core_section_kind: t<"core_section_kind">(
    (x) => `раздел ${x.value} должен оставаться видом «${x.expected}»`,
    (x) => `section ${x.value} must stay of kind "${x.expected}"`
  ),
  core_section_deleted: t<"core_section_deleted">(
    (x) => `удалён базовый раздел ${x.value}; верните строку в таблицу Sections`,
    (x) => `core section ${x.value} was deleted; restore its row in the Sections table`
  ),
  core_list_value_deleted: t<"core_list_value_deleted">(
    (x) =>
      `из списка ${x.section} удалено значение «${x.value}», на котором основаны расчёты и проверки; верните строку`,
    (x) =>
      `value "${x.value}" of list ${x.section}, which calculations and checks rely on, was deleted; restore the row`
  ),
  unknown_sheet: t<"unknown_sheet">(
    (x) => `лист «${x.value}» не подходит: допустимы ActionPlan и Dossier`,
    (x) => `sheet "${x.value}" is not allowed: use ActionPlan or Dossier`
  ),
  unknown_kind: t<"unknown_kind">(
    (x) => `вид раздела «${x.value}» не подходит: допустимы form или table`,
    (x) => `section kind "${x.value}" is not allowed: use form or table`
  ),
  unknown_section: t<"unknown_section">(
    (x) => `раздела «${x.value}» нет в таблице Sections`,
    (x) => `section "${x.value}" does not exist in the Sections table`
  ),
  bad_setting: t<"bad_setting">(
    (x) => `значение «${x.value}» настройки ${x.section} не подходит: нужно ${x.expected}`,
    (x) => `value "${x.value}" of setting ${x.section} is not valid: expected ${x.expected}`
  ),
  unknown_setting: t<"unknown_setting">(
    (x) => `неизвестная настройка «${x.value}»; допустимы: ${x.allowed}`,
    (x) => `unknown setting "${x.value}"; allowed: ${x.allowed}`
  ),
  not_boolean: t<"not_boolean">(
    (x) => `«${x.value}» — не да/нет: введите ИСТИНА или ЛОЖЬ (или да/нет, 1/0)`,
    (x) => `"${x.value}" is not yes/no: enter TRUE or FALSE (or yes/no, 1/0)`
  ),
  not_number: t<"not_number">(
    (x) => `«${x.value}» — не число`,
    (x) => `"${x.value}" is not a number`
  ),
  empty: t<"empty">(
    () => "ячейка пуста, а значение обязательно",
    () => "the cell is empty but a value is required"
  ),
  too_long: t<"too_long">(
    (x) => `текст длиннее ${x.limit} символов`,
    (x) => `the text is longer than ${x.limit} characters`
  ),
  computed_custom: t<"computed_custom">(
    (x) =>
      `тип computed только у базовых полей (их формулы пишет надстройка); для поля «${x.value}» выберите другой тип`,
    (x) =>
      `only core fields are computed (the add-in writes their formulas); choose another type for field "${x.value}"`
  ),
  column_missing: t<"column_missing">(
    (x) => `в таблице нет столбца ${x.value}; верните заголовок`,
    (x) => `the table has no column ${x.value}; restore the header`
  ),
  invalid_value: t<"invalid_value">(
    (x) => `значение «${x.value}» не подходит`,
    (x) => `value "${x.value}" is not valid`
  ),
};

/** True when `text` is the key of a Config problem (a zod issue's message, see schemas.ts). */
export function isConfigProblem(text: string): text is ConfigProblem {
  return Object.prototype.hasOwnProperty.call(CONFIG_PROBLEMS, text);
}

/** The text of a Config problem in `lang`. */
export function configProblemText(args: ConfigProblemArgs, lang: Lang): string {
  return problemText(args, lang);
}

function problemText<P extends ConfigProblem>(
  args: { readonly problem: P } & ConfigProblemValues[P],
  lang: Lang
): string {
  const template: MessageTemplate<ConfigProblemValues[P]> = CONFIG_PROBLEMS[args.problem];
  return template[lang](args);
}
