import type { Finding, Severity } from "../domain/findings";
import type { Lang } from "../domain/values";

/** A sheet name as Excel writes it in a reference: quoted when it is not a plain identifier. */
function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Where a finding is, compiler style: `Sheet!A1`, else the defined/table name, else the sheet, else nothing. */
export function findingPlace(finding: Pick<Finding, "sheet" | "cell" | "name">): string | null {
  if (finding.sheet !== null && finding.cell !== null)
    return `${sheetRef(finding.sheet)}!${finding.cell}`;
  if (finding.name !== null) return finding.name;
  if (finding.sheet !== null) return sheetRef(finding.sheet);
  return null;
}

/** One line per finding: `file:Sheet!A1: error CODE message`. */
export function findingLine(file: string, finding: Finding): string {
  const place = findingPlace(finding);
  return `${file}${place === null ? "" : `:${place}`}: ${finding.severity} ${finding.code} ${finding.message}`;
}

/** The closing count line of `check`, in the CLI language. */
export function countLine(
  counts: Readonly<Record<Severity, number>>,
  files: number,
  lang: Lang
): string {
  if (lang === "ru") {
    return `Ошибок: ${counts.error}, предупреждений: ${counts.warning}, сведений: ${counts.info} (проверено файлов: ${files})`;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info (${plural(files, "file")} checked)`;
}
