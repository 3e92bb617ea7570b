import { FIELD_KINDS } from "../config/field-types";
import type { Bilingual, Lang } from "../values";
import type { MessageArgs, MessageDictionary, MessageTemplate } from "./types";

/** An argument as text ('' when absent). */
function a(args: MessageArgs, key: string): string {
  const value = args[key];
  return value === undefined ? "" : String(value);
}

/** A template from two functions, Russian first. */
function t(ru: (args: MessageArgs) => string, en: (args: MessageArgs) => string): MessageTemplate {
  return { ru, en };
}

/**
 * Hints of `TYPE_INVALID` (arg `hint`): why the value is not of its type and how to fix it.
 * The reader picks the key; the text lives here.
 */
export const TYPE_HINTS: Readonly<Record<string, Bilingual>> = {
  number_as_text: {
    ru: "Число сохранено как текст: введите его заново без пробелов и апострофа.",
    en: "The number is stored as text: re-enter it without spaces or an apostrophe.",
  },
  not_a_number: { ru: "Введите число.", en: "Enter a number." },
  not_whole: {
    ru: "Нужно целое число, без дробной части.",
    en: "Enter a whole number, without decimals.",
  },
  percent_text: {
    ru: "Процент введён текстом: введите число (5% — это 5 в ячейке с форматом % или 0,05).",
    en: "The percentage is text: enter a number (5% is 5 in a % formatted cell, or 0.05).",
  },
  date_text: {
    ru: "Дата введена текстом или такой даты нет: введите настоящую дату, например 15.01.2027.",
    en: "The date is text or does not exist: enter a real date, e.g. 2027-01-15.",
  },
  date_range: {
    ru: "Это не дата Excel: введите дату между 01.01.1900 и 31.12.9999.",
    en: "This is not an Excel date: enter a date between 1900-01-01 and 9999-12-31.",
  },
  bool_text: { ru: "Введите ИСТИНА/ЛОЖЬ, «да» или «нет».", en: 'Enter TRUE/FALSE, "yes" or "no".' },
  too_large: {
    ru: "Число слишком велико для суммы (не больше 10 000 000 000 000).",
    en: "The number is too large for an amount (at most 10,000,000,000,000).",
  },
};

/** Names of the field types in the message "… is not <a date>". */
export const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  integer: { ru: "целое число", en: "a whole number" },
  number: { ru: "число", en: "a number" },
  amount: { ru: "сумма", en: "an amount" },
  percent: { ru: "процент", en: "a percentage" },
  date: { ru: "дата", en: "a date" },
  bool: { ru: "да/нет", en: "yes/no" },
  month: { ru: "сумма за месяц", en: "a monthly amount" },
};

/** What is wrong with a Config cell (arg `problem` of `CONFIG_INVALID`), with its own args. */
export const CONFIG_PROBLEMS: Readonly<Record<string, MessageTemplate>> = {
  duplicate_key: t(
    (x) => `ключ «${a(x, "value")}» повторяется; ключи должны быть уникальными`,
    (x) => `key "${a(x, "value")}" is used twice; keys must be unique`
  ),
  duplicate_label: t(
    (x) =>
      `подпись «${a(x, "value")}» повторяется в одном разделе или списке; сделайте подписи разными`,
    (x) => `label "${a(x, "value")}" is used twice in one section or list; make the labels differ`
  ),
  unknown_type: t(
    (x) => `неизвестный тип «${a(x, "value")}»; допустимы: ${FIELD_KINDS.join(", ")}`,
    (x) => `unknown type "${a(x, "value")}"; allowed: ${FIELD_KINDS.join(", ")}`
  ),
  unknown_list: t(
    (x) =>
      `списка «${a(x, "value")}» нет в таблице Lists; добавьте его значения или выберите существующий список`,
    (x) =>
      `list "${a(x, "value")}" does not exist in the Lists table; add its values or pick an existing list`
  ),
  list_missing: t(
    () => "для типа list укажите ключ списка в столбце list",
    () => "a list type needs a list key in the list column"
  ),
  min_above_max: t(
    (x) => `минимум ${a(x, "min")} больше максимума ${a(x, "max")}`,
    (x) => `min ${a(x, "min")} is greater than max ${a(x, "max")}`
  ),
  bounds_not_allowed: t(
    (x) =>
      `границы min/max задаются только для чисел, сумм, процентов и дат, а не для типа «${a(x, "type")}»`,
    (x) =>
      `min/max apply only to numbers, amounts, percents and dates, not to type "${a(x, "type")}"`
  ),
  not_identifier: t(
    (x) =>
      `«${a(x, "value")}» — не ключ: используйте латинские буквы, цифры и _ и начинайте с буквы`,
    (x) =>
      `"${a(x, "value")}" is not a key: use Latin letters, digits and _, starting with a letter`
  ),
  key_like_cell: t(
    (x) =>
      `ключ «${a(x, "value")}» похож на адрес ячейки и не может быть именем в Excel; выберите другой`,
    (x) =>
      `key "${a(x, "value")}" looks like a cell address and cannot be an Excel name; choose another`
  ),
  name_clash: t(
    (x) =>
      `ключ «${a(x, "value")}» уже занят другим разделом или полем формы (имена в книге общие)`,
    (x) =>
      `key "${a(x, "value")}" is already taken by another section or form field (workbook names are shared)`
  ),
  core_field_deleted: t(
    (x) =>
      `удалено базовое поле «${a(x, "value")}» раздела ${a(x, "section")}; базовые поля можно переименовывать, но не удалять — верните строку`,
    (x) =>
      `core field "${a(x, "value")}" of section ${a(x, "section")} was deleted; core fields may be relabelled, not deleted — restore the row`
  ),
  core_field_retyped: t(
    (x) =>
      `у базового поля «${a(x, "value")}» нельзя менять тип: должен быть «${a(x, "expected")}»`,
    (x) =>
      `the type of core field "${a(x, "value")}" cannot change: it must be "${a(x, "expected")}"`
  ),
  core_field_moved: t(
    (x) => `базовое поле «${a(x, "value")}» должно оставаться в разделе ${a(x, "expected")}`,
    (x) => `core field "${a(x, "value")}" must stay in section ${a(x, "expected")}`
  ),
  core_field_optional: t(
    (x) => `базовое поле «${a(x, "value")}» обязательно, его нельзя сделать необязательным`,
    (x) => `core field "${a(x, "value")}" is required and cannot be made optional`
  ),
  core_field_hidden: t(
    (x) => `базовое поле «${a(x, "value")}» нельзя скрыть`,
    (x) => `core field "${a(x, "value")}" cannot be hidden`
  ),
  core_flag: t(
    (x) => `признак core менять нельзя: у поля «${a(x, "value")}» должно быть ${a(x, "expected")}`,
    (x) => `the core flag cannot be changed: field "${a(x, "value")}" must have ${a(x, "expected")}`
  ),
  core_section_kind: t(
    (x) => `раздел ${a(x, "value")} должен оставаться видом «${a(x, "expected")}»`,
    (x) => `section ${a(x, "value")} must stay of kind "${a(x, "expected")}"`
  ),
  core_section_deleted: t(
    (x) => `удалён базовый раздел ${a(x, "value")}; верните строку в таблицу Sections`,
    (x) => `core section ${a(x, "value")} was deleted; restore its row in the Sections table`
  ),
  core_list_value_deleted: t(
    (x) =>
      `из списка ${a(x, "section")} удалено значение «${a(x, "value")}», на котором основаны расчёты и проверки; верните строку`,
    (x) =>
      `value "${a(x, "value")}" of list ${a(x, "section")}, which calculations and checks rely on, was deleted; restore the row`
  ),
  unknown_sheet: t(
    (x) => `лист «${a(x, "value")}» не подходит: допустимы ActionPlan и Dossier`,
    (x) => `sheet "${a(x, "value")}" is not allowed: use ActionPlan or Dossier`
  ),
  unknown_kind: t(
    (x) => `вид раздела «${a(x, "value")}» не подходит: допустимы form или table`,
    (x) => `section kind "${a(x, "value")}" is not allowed: use form or table`
  ),
  unknown_section: t(
    (x) => `раздела «${a(x, "value")}» нет в таблице Sections`,
    (x) => `section "${a(x, "value")}" does not exist in the Sections table`
  ),
  bad_setting: t(
    (x) =>
      `значение «${a(x, "value")}» настройки ${a(x, "section")} не подходит: нужно ${a(x, "expected")}`,
    (x) =>
      `value "${a(x, "value")}" of setting ${a(x, "section")} is not valid: expected ${a(x, "expected")}`
  ),
  unknown_setting: t(
    (x) => `неизвестная настройка «${a(x, "value")}»; допустимы: ${a(x, "allowed")}`,
    (x) => `unknown setting "${a(x, "value")}"; allowed: ${a(x, "allowed")}`
  ),
  not_boolean: t(
    (x) => `«${a(x, "value")}» — не да/нет: введите ИСТИНА или ЛОЖЬ (или да/нет, 1/0)`,
    (x) => `"${a(x, "value")}" is not yes/no: enter TRUE or FALSE (or yes/no, 1/0)`
  ),
  not_number: t(
    (x) => `«${a(x, "value")}» — не число`,
    (x) => `"${a(x, "value")}" is not a number`
  ),
  empty: t(
    () => "ячейка пуста, а значение обязательно",
    () => "the cell is empty but a value is required"
  ),
  too_long: t(
    (x) => `текст длиннее ${a(x, "limit")} символов`,
    (x) => `the text is longer than ${a(x, "limit")} characters`
  ),
  computed_custom: t(
    (x) =>
      `тип computed только у базовых полей (их формулы пишет надстройка); для поля «${a(x, "value")}» выберите другой тип`,
    (x) =>
      `only core fields are computed (the add-in writes their formulas); choose another type for field "${a(x, "value")}"`
  ),
  column_missing: t(
    (x) => `в таблице нет столбца ${a(x, "value")}; верните заголовок`,
    (x) => `the table has no column ${a(x, "value")}; restore the header`
  ),
};

function configProblem(lang: Lang, args: MessageArgs): string {
  const template = CONFIG_PROBLEMS[a(args, "problem")];
  return template ? template[lang](args) : a(args, "problem");
}

/** Messages of the structural, type and Config codes (owned by the domain-model work). */
export const STRUCTURE_MESSAGES: MessageDictionary = {
  REQUIRED_MISSING: t(
    (x) =>
      a(x, "scope") === "table"
        ? `Таблица «${a(x, "section")}» пуста: добавьте хотя бы одну строку.`
        : a(x, "scope") === "row"
          ? `Таблица «${a(x, "section")}», строка ${a(x, "row")}: не заполнено обязательное поле «${a(x, "field")}». Заполните ячейку ${a(x, "cell")}.`
          : `Не заполнено обязательное поле «${a(x, "field")}» (${a(x, "section")}). Заполните ячейку ${a(x, "cell")}.`,
    (x) =>
      a(x, "scope") === "table"
        ? `Table "${a(x, "section")}" is empty: add at least one row.`
        : a(x, "scope") === "row"
          ? `Table "${a(x, "section")}", row ${a(x, "row")}: required field "${a(x, "field")}" is empty. Fill in cell ${a(x, "cell")}.`
          : `Required field "${a(x, "field")}" (${a(x, "section")}) is empty. Fill in cell ${a(x, "cell")}.`
  ),
  TYPE_INVALID: t(
    (x) =>
      `«${a(x, "field")}»: значение «${a(x, "value")}» — не ${TYPE_NAMES[a(x, "type")]?.ru ?? a(x, "type")}. ${TYPE_HINTS[a(x, "hint")]?.ru ?? ""}`.trim(),
    (x) =>
      `"${a(x, "field")}": value "${a(x, "value")}" is not ${TYPE_NAMES[a(x, "type")]?.en ?? a(x, "type")}. ${TYPE_HINTS[a(x, "hint")]?.en ?? ""}`.trim()
  ),
  OUT_OF_RANGE: t(
    (x) =>
      `«${a(x, "field")}»: значение ${a(x, "value")} вне допустимых границ. Введите значение ${a(x, "range")}.`,
    (x) =>
      `"${a(x, "field")}": value ${a(x, "value")} is out of range. Enter a value ${a(x, "range")}.`
  ),
  NOT_IN_LIST: t(
    (x) =>
      `«${a(x, "field")}»: значения «${a(x, "value")}» нет в списке. Выберите одно из: ${a(x, "allowed")}.`,
    (x) =>
      `"${a(x, "field")}": "${a(x, "value")}" is not in the list. Pick one of: ${a(x, "allowed")}.`
  ),
  SHEET_MISSING: t(
    (x) =>
      `Нет листа «${a(x, "sheet")}»: он удалён или переименован. Верните листу имя «${a(x, "sheet")}» или создайте шаблон заново.`,
    (x) =>
      `Sheet "${a(x, "sheet")}" is missing: it was deleted or renamed. Rename it back to "${a(x, "sheet")}" or create the template again.`
  ),
  TABLE_MISSING: t(
    (x) =>
      `Нет таблицы ${a(x, "table")} («${a(x, "label")}», лист «${a(x, "sheet")}»): она удалена или переименована. Верните таблице имя ${a(x, "table")} (Конструктор таблиц → Имя таблицы).`,
    (x) =>
      `Table ${a(x, "table")} ("${a(x, "label")}", sheet "${a(x, "sheet")}") is missing: it was deleted or renamed. Name the table ${a(x, "table")} again (Table Design → Table Name).`
  ),
  NAME_MISSING: t(
    (x) =>
      a(x, "broken") === "yes"
        ? `Имя ${a(x, "name")} (поле «${a(x, "field")}») ссылается на удалённую ячейку (#ССЫЛКА!). Исправьте его в Диспетчере имён или создайте шаблон заново.`
        : `Нет имени ${a(x, "name")} (поле «${a(x, "field")}»): оно удалено. Присвойте ячейке поля имя ${a(x, "name")} (Формулы → Диспетчер имён).`,
    (x) =>
      a(x, "broken") === "yes"
        ? `Name ${a(x, "name")} (field "${a(x, "field")}") refers to a deleted cell (#REF!). Fix it in the Name Manager or create the template again.`
        : `Name ${a(x, "name")} (field "${a(x, "field")}") is missing: it was deleted. Give the field's cell the name ${a(x, "name")} (Formulas → Name Manager).`
  ),
  COLUMN_MISSING: t(
    (x) =>
      `В таблице «${a(x, "section")}» нет столбца «${a(x, "column")}». Верните столбец с этим заголовком.`,
    (x) =>
      `Table "${a(x, "section")}" has no column "${a(x, "column")}". Restore a column with this header.`
  ),
  COLUMN_UNKNOWN: t(
    (x) =>
      a(x, "duplicate") === "yes"
        ? `В таблице «${a(x, "section")}» столбец «${a(x, "column")}» повторяется; второй не читается. Удалите или переименуйте его.`
        : `В таблице «${a(x, "section")}» есть столбец «${a(x, "column")}», которого нет в конфигурации: его значения не проверяются. Добавьте поле на листе Config или удалите столбец.`,
    (x) =>
      a(x, "duplicate") === "yes"
        ? `Table "${a(x, "section")}" has column "${a(x, "column")}" twice; the second one is not read. Delete or rename it.`
        : `Table "${a(x, "section")}" has a column "${a(x, "column")}" the configuration does not know: its values are not checked. Add the field on the Config sheet or delete the column.`
  ),
  CONFIG_INVALID: t(
    (x) =>
      `Config!${a(x, "cell")} (таблица ${a(x, "table")}${a(x, "column") ? `, столбец ${a(x, "column")}` : ""}): ${configProblem("ru", x)}. Исправьте лист Config и примените конфигурацию снова.`,
    (x) =>
      `Config!${a(x, "cell")} (table ${a(x, "table")}${a(x, "column") ? `, column ${a(x, "column")}` : ""}): ${configProblem("en", x)}. Fix the Config sheet and apply the configuration again.`
  ),
  TEMPLATE_OUTDATED: t(
    (x) =>
      `Книга создана шаблоном версии ${a(x, "found")}, текущая версия — ${a(x, "current")}. Обновите книгу командой «Применить конфигурацию»: введённые данные сохранятся.`,
    (x) =>
      `The workbook was built by template version ${a(x, "found")}; the current one is ${a(x, "current")}. Upgrade it with "Apply configuration": entered values are kept.`
  ),
};
