import type { Loosening } from "../../config/drift-rules";
import type { ReferenceProblem } from "../../config/reference-location";
import type { FieldKind } from "../../config/types";
import type { Bilingual } from "../../values";
import { configProblemText } from "./config-problems";
import type { FindingArgs, MessageTemplate, MessageTemplates, TypeHint } from "./types";

/** The codes of reading a workbook: structure, types and the Config sheet. */
export type StructureCode =
  | "REQUIRED_MISSING"
  | "TYPE_INVALID"
  | "OUT_OF_RANGE"
  | "NOT_IN_LIST"
  | "SHEET_MISSING"
  | "TABLE_MISSING"
  | "NAME_MISSING"
  | "COLUMN_MISSING"
  | "FORMULA_OVERWRITTEN"
  | "COLUMN_UNKNOWN"
  | "CONFIG_INVALID"
  | "TEMPLATE_OUTDATED"
  | "CONFIG_DRIFT"
  | "FILE_UNREADABLE"
  | "REFERENCE_UNREACHABLE";

/** A template of `code` from two functions of its arguments, Russian first. */
function t<C extends StructureCode>(
  ru: (args: FindingArgs[C]) => string,
  en: (args: FindingArgs[C]) => string
): MessageTemplate<FindingArgs[C]> {
  return { ru, en };
}

/**
 * Hints of `TYPE_INVALID` (arg `hint`): why the value is not of its type and how to fix it.
 * The reader picks the key; the text lives here.
 */
export const TYPE_HINTS: Readonly<Record<TypeHint, Bilingual>> = {
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
    en: "This is not an Excel date: enter a date between 1 Jan 1900 and 31 Dec 9999.",
  },
  bool_text: { ru: "Введите ИСТИНА/ЛОЖЬ, «да» или «нет».", en: 'Enter TRUE/FALSE, "yes" or "no".' },
  too_large: {
    ru: "Число слишком велико для суммы (не больше 10 000 000 000 000).",
    en: "The number is too large for an amount (at most 10,000,000,000,000).",
  },
};

/** Names of the field types in the message "… is not <a date>". */
export const TYPE_NAMES: Readonly<Record<FieldKind, Bilingual>> = {
  text: { ru: "текст", en: "text" },
  long_text: { ru: "текст", en: "text" },
  computed: { ru: "вычисляемое значение", en: "a computed value" },
  list: { ru: "значение из списка", en: "a list value" },
  integer: { ru: "целое число", en: "a whole number" },
  number: { ru: "число", en: "a number" },
  amount: { ru: "сумма", en: "an amount" },
  percent: { ru: "процент", en: "a percentage" },
  date: { ru: "дата", en: "a date" },
  bool: { ru: "да/нет", en: "yes/no" },
};

/** Messages of the structural, type and Config codes (owned by the domain-model work). */
export const STRUCTURE_MESSAGES: MessageTemplates<StructureCode> = {
  REQUIRED_MISSING: t<"REQUIRED_MISSING">(
    (x) =>
      x.scope === "table"
        ? `Таблица «${x.section}» пуста: добавьте хотя бы одну строку.`
        : x.scope === "row"
          ? `Таблица «${x.section}», строка ${x.row}: не заполнено обязательное поле «${x.field}». Заполните ячейку ${x.cell}.`
          : `Не заполнено обязательное поле «${x.field}» (${x.section}). Заполните ячейку ${x.cell}.`,
    (x) =>
      x.scope === "table"
        ? `Table "${x.section}" is empty: add at least one row.`
        : x.scope === "row"
          ? `Table "${x.section}", row ${x.row}: required field "${x.field}" is empty. Fill in cell ${x.cell}.`
          : `Required field "${x.field}" (${x.section}) is empty. Fill in cell ${x.cell}.`
  ),
  TYPE_INVALID: t<"TYPE_INVALID">(
    (x) =>
      `«${x.field}»: значение «${x.value}» — не ${TYPE_NAMES[x.type].ru}. ${TYPE_HINTS[x.hint].ru}`.trim(),
    (x) =>
      `"${x.field}": value "${x.value}" is not ${TYPE_NAMES[x.type].en}. ${TYPE_HINTS[x.hint].en}`.trim()
  ),
  OUT_OF_RANGE: t<"OUT_OF_RANGE">(
    (x) => `«${x.field}»: значение ${x.value} вне допустимых границ. Введите значение ${x.range}.`,
    (x) => `"${x.field}": value ${x.value} is out of range. Enter a value ${x.range}.`
  ),
  NOT_IN_LIST: t<"NOT_IN_LIST">(
    (x) => `«${x.field}»: значения «${x.value}» нет в списке. Выберите одно из: ${x.allowed}.`,
    (x) => `"${x.field}": "${x.value}" is not in the list. Pick one of: ${x.allowed}.`
  ),
  SHEET_MISSING: t<"SHEET_MISSING">(
    (x) =>
      `Нет листа «${x.sheet}»: он удалён или переименован. Верните листу имя «${x.sheet}» или создайте шаблон заново.`,
    (x) =>
      `Sheet "${x.sheet}" is missing: it was deleted or renamed. Rename it back to "${x.sheet}" or create the template again.`
  ),
  TABLE_MISSING: t<"TABLE_MISSING">(
    (x) =>
      `Нет таблицы ${x.table} («${x.label}», лист «${x.sheet}»): она удалена или переименована. Верните таблице имя ${x.table} (Конструктор таблиц → Имя таблицы).`,
    (x) =>
      `Table ${x.table} ("${x.label}", sheet "${x.sheet}") is missing: it was deleted or renamed. Name the table ${x.table} again (Table Design → Table Name).`
  ),
  NAME_MISSING: t<"NAME_MISSING">(
    (x) =>
      x.broken === "yes"
        ? `Имя ${x.name} (поле «${x.field}») ссылается на удалённую ячейку (#ССЫЛКА!). Исправьте его в Диспетчере имён или создайте шаблон заново.`
        : `Нет имени ${x.name} (поле «${x.field}»): оно удалено. Присвойте ячейке поля имя ${x.name} (Формулы → Диспетчер имён).`,
    (x) =>
      x.broken === "yes"
        ? `Name ${x.name} (field "${x.field}") refers to a deleted cell (#REF!). Fix it in the Name Manager or create the template again.`
        : `Name ${x.name} (field "${x.field}") is missing: it was deleted. Give the field's cell the name ${x.name} (Formulas → Name Manager).`
  ),
  FORMULA_OVERWRITTEN: t<"FORMULA_OVERWRITTEN">(
    (x) =>
      `${x.cell}: «${x.field}» вычисляется формулой, а в ячейку введено значение «${x.value}», и итог больше не считается. Удалите значение и верните формулу (Ctrl+Z) или примените конфигурацию: формула восстановится, а значение перейдёт на лист Archive.`,
    (x) =>
      `${x.cell}: "${x.field}" is computed by a formula, but the value "${x.value}" was typed over it, so it no longer computes. Delete the value and bring the formula back (Ctrl+Z), or apply the configuration: the formula is restored and the value moves to the Archive sheet.`
  ),
  COLUMN_MISSING: t<"COLUMN_MISSING">(
    (x) => `В таблице «${x.section}» нет столбца «${x.column}». Верните столбец с этим заголовком.`,
    (x) => `Table "${x.section}" has no column "${x.column}". Restore a column with this header.`
  ),
  COLUMN_UNKNOWN: t<"COLUMN_UNKNOWN">(
    (x) =>
      x.duplicate === "yes"
        ? `В таблице «${x.section}» столбец «${x.column}» повторяется; второй не читается. Удалите или переименуйте его.`
        : `В таблице «${x.section}» есть столбец «${x.column}», которого нет в конфигурации: его значения не проверяются. Добавьте поле на листе Config или удалите столбец.`,
    (x) =>
      x.duplicate === "yes"
        ? `Table "${x.section}" has column "${x.column}" twice; the second one is not read. Delete or rename it.`
        : `Table "${x.section}" has a column "${x.column}" the configuration does not know: its values are not checked. Add the field on the Config sheet or delete the column.`
  ),
  CONFIG_INVALID: t<"CONFIG_INVALID">(
    (x) =>
      `Config!${x.cell} (таблица ${x.table}${x.column ? `, столбец ${x.column}` : ""}): ${configProblemText(x, "ru")}. Исправьте лист Config и примените конфигурацию снова.`,
    (x) =>
      `Config!${x.cell} (table ${x.table}${x.column ? `, column ${x.column}` : ""}): ${configProblemText(x, "en")}. Fix the Config sheet and apply the configuration again.`
  ),
  TEMPLATE_OUTDATED: t<"TEMPLATE_OUTDATED">(
    (x) =>
      `Книга создана шаблоном версии ${x.found ?? "неизвестной"}, текущая версия — ${x.current}. Обновите книгу командой «Применить конфигурацию»: введённые данные сохранятся.`,
    (x) =>
      `The workbook was built by template version ${x.found ?? "unknown"}; the current one is ${x.current}. Upgrade it with "Apply configuration": entered values are kept.`
  ),
  REFERENCE_UNREACHABLE: t<"REFERENCE_UNREACHABLE">(
    (x) =>
      `Эталонная конфигурация «${x.where}» (Settings reference_config) не прочитана: ${unreachableWhy(x.problem, "ru")}. Отклонения от эталона не проверены; проверьте книгу командой kam-plan check ФАЙЛ --config ЭТАЛОН.xlsx.`,
    (x) =>
      `The reference configuration "${x.where}" (Settings reference_config) was not read: ${unreachableWhy(x.problem, "en")}. Drift from it is not checked; check the workbook with kam-plan check FILE --config REFERENCE.xlsx.`
  ),
  CONFIG_DRIFT: t<"CONFIG_DRIFT">(
    (x) =>
      `Config!${x.cell} (${x.table} ${x.row}${x.column === null ? "" : `, ${x.column}`}): ${driftSides(x, "ru")}${x.loosening === null ? "" : ` — ${LOOSENING_TEXT[x.loosening].ru}`}. Примените эталонную конфигурацию: kam-plan apply-config ФАЙЛ --config ЭТАЛОН.xlsx.`,
    (x) =>
      `Config!${x.cell} (${x.table} ${x.row}${x.column === null ? "" : `, ${x.column}`}): ${driftSides(x, "en")}${x.loosening === null ? "" : ` — ${LOOSENING_TEXT[x.loosening].en}`}. Apply the reference configuration: kam-plan apply-config FILE --config REFERENCE.xlsx.`
  ),
  FILE_UNREADABLE: t<"FILE_UNREADABLE">(
    (x) => `Файл не прочитан: ${x.reason.ru}.`,
    (x) => `The file could not be read: ${x.reason.en}.`
  ),
};

/** Why each loosening matters, Russian first. */
const LOOSENING_TEXT: Readonly<Record<Loosening, Bilingual>> = {
  max_discount_raised: {
    ru: "максимальная скидка выше, чем в эталоне: правило ослаблено",
    en: "the maximum discount is above the reference's: a rule is loosened",
  },
  max_credit_depth_raised: {
    ru: "допустимая отсрочка платежа длиннее, чем в эталоне: правило ослаблено",
    en: "the allowed payment deferral is longer than the reference's: a rule is loosened",
  },
  review_cadence_longer: {
    ru: "досье пересматривается реже, чем в эталоне: правило ослаблено",
    en: "the dossier is reviewed less often than the reference says: a rule is loosened",
  },
  required_removed: {
    ru: "обязательное в эталоне поле стало необязательным: правило ослаблено",
    en: "a field the reference requires was made optional: a rule is loosened",
  },
  required_field_hidden: {
    ru: "обязательное в эталоне поле скрыто: правило ослаблено",
    en: "a field the reference requires is hidden: a rule is loosened",
  },
  required_field_deleted: {
    ru: "обязательное в эталоне поле удалено: правило ослаблено",
    en: "a field the reference requires was deleted: a rule is loosened",
  },
  min_lowered: {
    ru: "нижняя граница ниже, чем в эталоне, или снята: правило ослаблено",
    en: "the lower bound is below the reference's or removed: a rule is loosened",
  },
  max_raised: {
    ru: "верхняя граница выше, чем в эталоне, или снята: правило ослаблено",
    en: "the upper bound is above the reference's or removed: a rule is loosened",
  },
  core_section_hidden: {
    ru: "скрыт раздел, на котором держатся расчёты или обязательные поля: правило ослаблено",
    en: "a section that calculations or required fields rely on is hidden: a rule is loosened",
  },
  section_with_required_deleted: {
    ru: "удалён раздел с обязательными в эталоне полями: правило ослаблено",
    en: "a section with fields the reference requires was deleted: a rule is loosened",
  },
};

/** "in the workbook X, in the reference Y", or which side lacks the row. */
function driftSides(x: FindingArgs["CONFIG_DRIFT"], lang: "ru" | "en"): string {
  const cell = (v: string): string => (v === "" ? (lang === "ru" ? "пусто" : "empty") : `«${v}»`);
  const en = (v: string): string => (v === "" ? "empty" : `"${v}"`);
  if (x.value === null)
    return lang === "ru"
      ? "строки нет в книге, в эталоне она есть"
      : "the row is missing here, the reference has it";
  if (x.reference === null)
    return lang === "ru" ? "строки нет в эталоне" : "the reference has no such row";
  return lang === "ru"
    ? `в книге ${cell(x.value)}, в эталоне ${cell(x.reference)}`
    : `here ${en(x.value)}, in the reference ${en(x.reference)}`;
}

/** Why the pane could not read the reference, and what to do. */
function unreachableWhy(problem: ReferenceProblem, lang: "ru" | "en"): string {
  switch (problem.kind) {
    case "local_path":
      return lang === "ru"
        ? "это локальный путь или сетевая папка, а надстройка работает в браузере и файлы с диска не открывает; опубликуйте эталон по адресу https:// (SharePoint, OneDrive, веб-сервер)"
        : "it is a local path or a network share, and the add-in runs in a browser that cannot open files from disk; publish the reference at an https:// address (SharePoint, OneDrive, a web server)";
    case "url_in_cli":
      return lang === "ru"
        ? "это адрес в сети, а командная строка файлов не скачивает (это делает надстройка); скачайте эталон и передайте его параметром --config, или укажите в reference_config путь к файлу"
        : "it is a web address, and the command line does not download files (the add-in does); download the reference and pass it with --config, or give reference_config a file path";
    case "file_unreadable":
      return lang === "ru"
        ? `файл не прочитан: ${problem.reason.ru}; путь берётся от папки книги`
        : `the file could not be read: ${problem.reason.en}; a relative path starts at the workbook's folder`;
    case "fetch_failed":
      return lang === "ru"
        ? `адрес не ответил файлом (${problem.detail}); проверьте адрес, доступ и вход в учётную запись`
        : `the address did not answer with the file (${problem.detail}); check the address, the access rights and the sign-in`;
    case "not_xlsx":
      return lang === "ru"
        ? `по адресу не книга .xlsx (${problem.detail})`
        : `the address does not hold an .xlsx workbook (${problem.detail})`;
    case "no_config":
      return lang === "ru"
        ? "в книге по адресу нет листа Config с таблицами Settings, Sections, Fields, Lists"
        : "the workbook at the address has no Config sheet with the tables Settings, Sections, Fields, Lists";
    case "config_broken":
      return lang === "ru"
        ? `Config эталона содержит ошибки (${problem.count})`
        : `the reference's Config is broken (${problem.count} findings)`;
  }
}
