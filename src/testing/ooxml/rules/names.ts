/**
 * Excel's name rules, which no schema states.
 *
 * Defined names and table names — [MS-XLSB] 2.5.166 XLNameWideString
 * (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e),
 * which [MS-OI29500] 2.1.568 (definedName, 1 to 255 characters) refers to:
 * the first character is `_`, `\` or a letter, the others letters, digits,
 * `_`, `\`, `.` or `?`; at most 255 characters; not TRUE or FALSE; not an A1
 * cell reference and not beginning with an R1C1 one.
 *
 * Sheet names — [MS-OI29500] 2.1.578 (sheet): at most 31 characters, the
 * character limits of sheet-name in ISO/IEC 29500-1 §18.17 (none of
 * `: \ / ? * [ ]`, no apostrophe first or last), unique case-insensitively;
 * and Excel reserves "History" (the shared-workbook change history sheet;
 * Excel refuses the name when a sheet is renamed to it).
 */

const MAX_NAME = 255;
const MAX_SHEET_NAME = 31;
/** XFD, the last of Excel's 16,384 columns. */
const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when `name` is an A1 reference (`A1`, `xfd1048576`). */
function isA1Reference(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (!m) return false;
  const row = Number(m[2]);
  return columnNumber(m[1] ?? "") <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;
}

/** True when `name` begins with an R1C1 reference (`R`, `C`, `R1`, `C12`, `R1C1`, `RC2x`…). */
function beginsWithR1C1(name: string): boolean {
  const m = /^(?:[Rr](\d*)(?:[Cc](\d*))?|[Cc](\d*)(?:[Rr](\d*))?)/.exec(name);
  if (!m || m[0] === "") return false;
  const numbers = [m[1], m[2], m[3], m[4]].filter((x) => x !== undefined && x !== "");
  const valid = numbers.every((x) => Number(x) >= 1 && Number(x) <= MAX_ROW);
  // "R" or "C" alone is a reference only when nothing name-like follows (Excel refuses "R" and "C").
  const rest = name.slice(m[0].length);
  return valid && (rest === "" || numbers.length > 0);
}

const START = /^[_\\\p{L}]/u;
const REST = /^[_\\.?\p{L}\p{N}]*$/u;

/** Why `name` is not a valid Excel name, or null when it is. */
export function nameSyntaxError(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > MAX_NAME) return `is ${name.length} characters long (at most ${MAX_NAME})`;
  if (!START.test(name)) return "must begin with a letter, _ or \\";
  if (!REST.test(name.slice(1)))
    return "may hold only letters, digits, _ \\ . ? (no spaces or other signs)";
  if (/^(true|false)$/i.test(name)) return "is a boolean (TRUE/FALSE)";
  if (isA1Reference(name)) return "is a cell reference (A1 style)";
  if (beginsWithR1C1(name)) return "begins with a cell reference (R1C1 style)";
  return null;
}

/** Why `name` is not a valid sheet name, or null when it is. */
export function sheetNameError(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > MAX_SHEET_NAME)
    return `is ${name.length} characters long (at most ${MAX_SHEET_NAME})`;
  const bad = /[:\\/?*[\]]/.exec(name);
  if (bad) return `contains "${bad[0]}" (none of : \\ / ? * [ ] is allowed)`;
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'is "History", which Excel reserves';
  return null;
}
