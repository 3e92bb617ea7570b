import type { Bilingual, Lang } from "../values";

/** A period block of the `calc` report's rollup rows. */
export type CalcBlock = "q1" | "q2" | "q3" | "q4" | "h1" | "h2" | "total";

/**
 * The values each message of the CLI (src/cli) and of the .xlsx input guards (src/xlsx) needs:
 * errors, refusals, reports and progress lines. Not the `--help` descriptions of options and
 * commands: those stay beside their definitions. Sizes in megabytes (`size`, `limit`) come
 * formatted already (one decimal, as the guards have always shown them).
 */
export interface CliTextArgs {
  /** `file`: the workbook as the user typed it. */
  readonly structure_broken: { readonly file: string };
  readonly structure_repair: null;
  readonly calc_spending: null;
  readonly calc_block: { readonly block: CalcBlock };
  readonly calc_item: null;
  readonly calc_all_items: null;
  readonly calc_sales_plan: null;
  readonly calc_actual_sales: null;
  readonly calc_fulfillment: null;
  readonly write_no_folder: { readonly folder: string };
  readonly write_not_folder: { readonly folder: string };
  readonly write_is_folder: { readonly shown: string };
  readonly write_no_permission: { readonly folder: string };
  readonly write_no_space: null;
  readonly write_read_only: null;
  /** `code`: the system error code (`EIO`). */
  readonly write_error: { readonly code: string };
  readonly csv_not_found: { readonly shown: string };
  readonly csv_too_large: { readonly shown: string };
  readonly delimiter_invalid: null;
  readonly start_invalid: { readonly value: string };
  readonly check_today_invalid: { readonly today: string };
  readonly summary_today_invalid: { readonly today: string };
  /** `paths`: the FILE|FOLDER arguments, joined. */
  readonly export_no_files: { readonly paths: string };
  readonly export_output_missing: null;
  readonly export_output_not_folder: { readonly shown: string };
  /** `tables`: `plans 3, sales 72, …` (row counts); `unreadable`: files that could not be read. */
  readonly export_written: {
    readonly folder: string;
    readonly files: number;
    readonly unreadable: number;
    readonly tables: string;
  };
  readonly template_config_absent: { readonly file: string };
  readonly template_config_broken: { readonly file: string };
  readonly template_written: {
    readonly out: string;
    readonly start: string;
    readonly period: string;
    readonly lang: Lang;
  };
  readonly apply_config_absent: { readonly file: string };
  /** `n`: how many findings the Config has. */
  readonly apply_config_broken: { readonly n: number };
  readonly apply_config_done: {
    readonly out: string;
    readonly kept: number;
    readonly archived: number;
  };
  readonly input_not_file: null;
  readonly input_not_found: null;
  readonly input_no_permission: null;
  /** `code`: the system error code, when there is one. */
  readonly input_unreadable: { readonly code: string | undefined };
  readonly input_too_large: { readonly size: string; readonly limit: string };
  readonly encrypted_package: null;
  readonly encrypted_or_xls: null;
  readonly not_zip: null;
  readonly zip64: null;
  readonly zip_damaged: null;
  readonly too_many_entries: { readonly n: number; readonly limit: number };
  readonly zip_bomb: { readonly size: string; readonly limit: string };
  readonly zip_encrypted: null;
  readonly part_not_unpacking: { readonly part: string };
  readonly not_xlsx: null;
  readonly part_not_xml: { readonly part: string };
  /** `from`: the part that refers to the missing `part`. */
  readonly part_missing: { readonly part: string; readonly from: string };
  /** `option`: the option as typed (`--foo`). */
  readonly option_unknown: { readonly option: string };
  readonly option_value: { readonly option: string };
  /** `message`: Node's own parse message. */
  readonly arguments_wrong: { readonly message: string };
  readonly argument_missing: { readonly name: Bilingual };
  readonly arguments_extra: { readonly extra: string };
  readonly choice_invalid: {
    readonly name: string;
    readonly allowed: string;
    readonly value: string;
  };
  readonly output_not_xlsx: { readonly shown: string };
  readonly output_is_folder: { readonly shown: string };
  readonly output_is_input: { readonly shown: string };
  readonly output_exists: { readonly shown: string };
  readonly patch_cells: {
    readonly kept: number;
    readonly moved: number;
    readonly archived: number;
  };
  readonly patch_rewritten: { readonly n: number };
  readonly patch_unresolved: { readonly cell: string; readonly reference: string };
}

/** The key of a CLI text. */
export type CliText = keyof CliTextArgs;

const CALC_BLOCKS: Readonly<Record<CalcBlock, Bilingual>> = {
  q1: { ru: "1 кв.", en: "Q1" },
  q2: { ru: "2 кв.", en: "Q2" },
  q3: { ru: "3 кв.", en: "Q3" },
  q4: { ru: "4 кв.", en: "Q4" },
  h1: { ru: "1 п/г", en: "H1" },
  h2: { ru: "2 п/г", en: "H2" },
  total: { ru: "Итого", en: "Total" },
};

/** True when `key` is a period block the `calc` report names (other keys are shown as they are). */
export function isCalcBlock(key: string): key is CalcBlock {
  return Object.hasOwn(CALC_BLOCKS, key);
}

/** What to do about a damaged part. */
const REPAIR: Bilingual = {
  ru: "Откройте файл в Excel и сохраните заново (Excel предложит восстановить содержимое) или возьмите резервную копию; файл не изменён",
  en: "Open it in Excel and save it again (Excel offers to recover the content), or use a backup copy; the file is unchanged",
};

const TEXTS: {
  readonly [K in CliText]: Readonly<Record<Lang, (args: CliTextArgs[K]) => string>>;
} = {
  structure_broken: {
    ru: ({ file }) =>
      `${file}: структура книги нарушена — значения нельзя перенести без потерь, файл не изменён:`,
    en: ({ file }) =>
      `${file}: the workbook's structure is broken — its values cannot be carried without loss, the file is unchanged:`,
  },
  structure_repair: {
    ru: () => "Исправьте названное (или возьмите резервную копию файла) и повторите команду.",
    en: () =>
      "Repair what is named above (or use a backup copy of the file) and run the command again.",
  },
  calc_spending: {
    ru: () => "Затраты на мероприятия",
    en: () => "Activities spending",
  },
  calc_block: {
    ru: ({ block }) => CALC_BLOCKS[block].ru,
    en: ({ block }) => CALC_BLOCKS[block].en,
  },
  calc_item: { ru: () => "Позиция", en: () => "Item" },
  calc_all_items: { ru: () => "Всего", en: () => "All items" },
  calc_sales_plan: { ru: () => "Продажи, план:", en: () => "Sales plan:" },
  calc_actual_sales: { ru: () => "Продажи, факт:", en: () => "Actual sales:" },
  calc_fulfillment: { ru: () => "Выполнение плана:", en: () => "Fulfillment:" },
  write_no_folder: {
    ru: ({ folder }) => `папки ${folder} нет`,
    en: ({ folder }) => `the folder ${folder} does not exist`,
  },
  write_not_folder: {
    ru: ({ folder }) => `${folder} — не папка`,
    en: ({ folder }) => `${folder} is not a folder`,
  },
  write_is_folder: {
    ru: ({ shown }) => `${shown} — это папка`,
    en: ({ shown }) => `${shown} is a folder`,
  },
  write_no_permission: {
    ru: ({ folder }) => `нет прав на запись в папку ${folder} или в файл`,
    en: ({ folder }) => `no permission to write to the folder ${folder} or the file`,
  },
  write_no_space: {
    ru: () =>
      "нет места на диске (или исчерпана квота); освободите место и повторите — прежний файл не изменён",
    en: () =>
      "no space left on the disk (or the quota is used up); free some space and try again — the old file is unchanged",
  },
  write_read_only: {
    ru: () => "файловая система только для чтения; запишите результат в другую папку (-o)",
    en: () => "the file system is read-only; write the result to another folder (-o)",
  },
  write_error: {
    ru: ({ code }) => `ошибка записи ${code}; прежний файл не изменён`,
    en: ({ code }) => `write error ${code}; the old file is unchanged`,
  },
  csv_not_found: {
    ru: ({ shown }) => `${shown}: файл не найден`,
    en: ({ shown }) => `${shown}: file not found`,
  },
  csv_too_large: {
    ru: ({ shown }) => `${shown}: файл больше 50 МБ`,
    en: ({ shown }) => `${shown}: the file is larger than 50 MB`,
  },
  delimiter_invalid: {
    ru: () => "--delimiter: нужен один символ",
    en: () => "--delimiter: expected one character",
  },
  start_invalid: {
    ru: ({ value }) => `--start: нужен месяц ГГГГ-ММ, указано «${value}»`,
    en: ({ value }) => `--start: expected a month YYYY-MM, got "${value}"`,
  },
  check_today_invalid: {
    ru: ({ today }) => `--today: нужна дата ГГГГ-ММ-ДД, указано «${today}»`,
    en: ({ today }) => `--today: expected a date YYYY-MM-DD, got "${today}"`,
  },
  summary_today_invalid: {
    ru: ({ today }) => `--today: нужна дата ГГГГ-ММ-ДД, указано «${today}»`,
    en: ({ today }) => `--today: expected YYYY-MM-DD, got "${today}"`,
  },
  export_no_files: {
    ru: ({ paths }) => `не найдено ни одного файла .xlsx в ${paths}`,
    en: ({ paths }) => `no .xlsx files found in ${paths}`,
  },
  export_output_missing: {
    ru: () => "укажите папку для выгрузки: -o ПАПКА",
    en: () => "name the folder to export to: -o FOLDER",
  },
  export_output_not_folder: {
    ru: ({ shown }) => `«${shown}» — файл, а не папка: укажите папку для выгрузки`,
    en: ({ shown }) => `"${shown}" is a file, not a folder: name a folder to export to`,
  },
  export_written: {
    ru: ({ folder, files, unreadable, tables }) =>
      `Выгрузка записана в ${folder}: книг ${files}, не прочитано ${unreadable}; строк: ${tables}`,
    en: ({ folder, files, unreadable, tables }) =>
      `Export written to ${folder}: ${files} workbooks, ${unreadable} unreadable; rows: ${tables}`,
  },
  template_config_absent: {
    ru: ({ file }) =>
      `--config: в книге ${file} нет листа Config с таблицами Settings, Sections, Fields, Lists`,
    en: ({ file }) =>
      `--config: ${file} has no Config sheet with the tables Settings, Sections, Fields, Lists`,
  },
  template_config_broken: {
    ru: ({ file }) => `Config в ${file} содержит ошибки: книга не создана`,
    en: ({ file }) => `the Config in ${file} is broken: no workbook written`,
  },
  template_written: {
    ru: ({ out, start, period, lang }) =>
      `Создан ${out}: план с ${start}, период ${period}, язык ${lang}`,
    en: ({ out, start, period, lang }) =>
      `Written ${out}: plan from ${start}, period ${period}, language ${lang}`,
  },
  apply_config_absent: {
    ru: ({ file }) =>
      `${file}: нет листа Config с таблицами Settings, Sections, Fields, Lists — применять нечего`,
    en: ({ file }) =>
      `${file}: no Config sheet with the tables Settings, Sections, Fields, Lists — nothing to apply`,
  },
  apply_config_broken: {
    ru: ({ n }) => `Config содержит ошибки (${n}): книга не изменена`,
    en: ({ n }) => `the Config is broken (${n} findings): the workbook is unchanged`,
  },
  apply_config_done: {
    ru: ({ out, kept, archived }) =>
      `Конфигурация применена: ${out} (значений сохранено: ${kept}, перенесено в Archive: ${archived})`,
    en: ({ out, kept, archived }) =>
      `Configuration applied: ${out} (values kept: ${kept}, moved to Archive: ${archived})`,
  },
  input_not_file: {
    ru: () => "это не файл (папка или устройство)",
    en: () => "not a file (a folder or a device)",
  },
  input_not_found: {
    ru: () => "файл не найден",
    en: () => "file not found",
  },
  input_no_permission: {
    ru: () => "нет прав на чтение файла",
    en: () => "no permission to read the file",
  },
  input_unreadable: {
    ru: ({ code }) => `файл не читается (${code ?? "ошибка"})`,
    en: ({ code }) => `the file cannot be read (${code ?? "error"})`,
  },
  input_too_large: {
    ru: ({ size, limit }) => `файл слишком большой: ${size} МБ при пределе ${limit} МБ`,
    en: ({ size, limit }) => `the file is too large: ${size} MB, the limit is ${limit} MB`,
  },
  encrypted_package: {
    ru: () =>
      "файл защищён паролем (зашифрован); снимите пароль в Excel («Файл → Сведения → Защитить книгу») и сохраните снова",
    en: () =>
      "the file is password-protected (encrypted); remove the password in Excel (File → Info → Protect Workbook) and save again",
  },
  encrypted_or_xls: {
    ru: () =>
      "файл защищён паролем или это старый формат .xls; сохраните его в Excel как «Книга Excel (.xlsx)» без пароля",
    en: () =>
      'the file is password-protected or an old .xls; save it from Excel as "Excel Workbook (.xlsx)" without a password',
  },
  not_zip: {
    ru: () => "это не файл .xlsx (не ZIP-архив)",
    en: () => "not an .xlsx file (not a ZIP archive)",
  },
  zip64: {
    ru: () => "архив в формате ZIP64 (слишком большой для плана), такие файлы не читаются",
    en: () => "the archive is ZIP64 (too large for a plan); such files are not read",
  },
  zip_damaged: {
    ru: () => "это не файл .xlsx (ZIP-архив повреждён или обрезан)",
    en: () => "not an .xlsx file (the ZIP archive is damaged or truncated)",
  },
  too_many_entries: {
    ru: ({ n, limit }) =>
      `в архиве ${n} частей при пределе ${limit}: это не похоже на план (защита от ZIP-бомб)`,
    en: ({ n, limit }) =>
      `the archive has ${n} parts, the limit is ${limit}: not a plain workbook (zip bomb guard)`,
  },
  zip_bomb: {
    ru: ({ size, limit }) =>
      `в распакованном виде файл занимает ${size} МБ при пределе ${limit} МБ (защита от ZIP-бомб)`,
    en: ({ size, limit }) =>
      `the file unpacks to ${size} MB, the limit is ${limit} MB (zip bomb guard)`,
  },
  zip_encrypted: {
    ru: () => "ZIP-архив защищён паролем; сохраните книгу без пароля",
    en: () => "the ZIP archive is password-protected; save the workbook without a password",
  },
  part_not_unpacking: {
    ru: ({ part }) =>
      `файл повреждён: часть ${part} не распаковывается или больше заявленного размера`,
    en: ({ part }) =>
      `the file is damaged: part ${part} does not unpack or exceeds its declared size`,
  },
  not_xlsx: {
    ru: () =>
      "это ZIP-архив, но не книга Excel (.xlsx): нет [Content_Types].xml или xl/workbook.xml",
    en: () =>
      "a ZIP archive but not an Excel workbook (.xlsx): no [Content_Types].xml or xl/workbook.xml",
  },
  part_not_xml: {
    ru: ({ part }) =>
      `файл повреждён: часть ${part} — не правильный XML (обрезана или испорчена). ${REPAIR.ru}`,
    en: ({ part }) =>
      `the file is damaged: part ${part} is not well-formed XML (cut short or corrupted). ${REPAIR.en}`,
  },
  part_missing: {
    ru: ({ part, from }) =>
      `файл повреждён: части ${part} нет в архиве, хотя ${from} на неё ссылается. ${REPAIR.ru}`,
    en: ({ part, from }) =>
      `the file is damaged: part ${part} is missing from the archive, though ${from} refers to it. ${REPAIR.en}`,
  },
  option_unknown: {
    ru: ({ option }) => `неизвестный параметр ${option}`,
    en: ({ option }) => `unknown option ${option}`,
  },
  option_value: {
    ru: ({ option }) => `параметру ${option} нужно значение (или он его не принимает)`,
    en: ({ option }) => `option ${option} needs a value (or takes none)`,
  },
  arguments_wrong: {
    ru: ({ message }) => `неверные аргументы: ${message}`,
    en: ({ message }) => `wrong arguments: ${message}`,
  },
  argument_missing: {
    ru: ({ name }) => `не указан аргумент ${name.ru}`,
    en: ({ name }) => `missing argument ${name.en}`,
  },
  arguments_extra: {
    ru: ({ extra }) => `лишние аргументы: ${extra}`,
    en: ({ extra }) => `unexpected arguments: ${extra}`,
  },
  choice_invalid: {
    ru: ({ name, allowed, value }) => `--${name}: допустимо ${allowed}, указано «${value}»`,
    en: ({ name, allowed, value }) => `--${name}: expected ${allowed}, got "${value}"`,
  },
  output_not_xlsx: {
    ru: ({ shown }) => `имя файла должно оканчиваться на .xlsx: «${shown}»`,
    en: ({ shown }) => `the file name must end with .xlsx: "${shown}"`,
  },
  output_is_folder: {
    ru: ({ shown }) => `«${shown}» — это папка, а не файл; укажите имя файла .xlsx`,
    en: ({ shown }) => `"${shown}" is a folder, not a file; give an .xlsx file name`,
  },
  output_is_input: {
    ru: ({ shown }) =>
      `«${shown}» — один из входных файлов команды: результат никогда не пишется поверх входных данных (даже с --force). Укажите другой файл`,
    en: ({ shown }) =>
      `"${shown}" is one of the command's inputs: an output never replaces an input (not even with --force). Choose another file`,
  },
  output_exists: {
    ru: ({ shown }) =>
      `файл «${shown}» уже есть; чтобы заменить его, добавьте --force, или укажите другой файл`,
    en: ({ shown }) =>
      `"${shown}" already exists; add --force to replace it, or choose another file`,
  },
  patch_cells: {
    ru: ({ kept, moved, archived }) =>
      `Ваши ячейки на листах плана: сохранено ${kept} (сдвинуто вместе с разметкой: ${moved}), перенесено в Archive: ${archived}`,
    en: ({ kept, moved, archived }) =>
      `Your cells on the plan sheets: kept ${kept} (moved with the layout: ${moved}), moved to Archive: ${archived}`,
  },
  patch_rewritten: {
    ru: ({ n }) => `Ссылки ваших формул переписаны на новые адреса: ${n}`,
    en: ({ n }) => `References of your formulas rewritten to the new addresses: ${n}`,
  },
  patch_unresolved: {
    ru: ({ cell, reference }) =>
      `  Ссылка не перенесена (проверьте формулу): ${cell}: ${reference}`,
    en: ({ cell, reference }) =>
      `  Reference not carried (check the formula): ${cell}: ${reference}`,
  },
};

/** Every key of a CLI text (for tests). */
export const CLI_TEXT_KEYS = Object.keys(TEXTS) as readonly CliText[];

/**
 * A CLI text in both languages (the CLI picks one with `context.t`; the .xlsx guards carry both
 * in their errors until the CLI shows them).
 */
export function cliText<K extends CliText>(
  key: K,
  ...args: CliTextArgs[K] extends null ? [] : [CliTextArgs[K]]
): Bilingual {
  const templates: Readonly<Record<Lang, (a: CliTextArgs[K]) => string>> = TEXTS[key];
  const value = (args[0] ?? null) as CliTextArgs[K];
  return { ru: templates.ru(value), en: templates.en(value) };
}
