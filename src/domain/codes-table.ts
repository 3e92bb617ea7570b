import { FINDING_CODES, type FindingCode } from "./codes";
import type { Lang } from "./values";

/** The markers around the generated table of check codes in README.md. */
export const CODES_BLOCK_START = "<!-- check-codes:start -->";
export const CODES_BLOCK_END = "<!-- check-codes:end -->";

const HEADERS: Readonly<Record<Lang, readonly [string, string, string]>> = {
  en: ["code", "severity", "meaning"],
  ru: ["код", "важность", "значение"],
};

const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { error: "error", warning: "warning", info: "info" },
  ru: { error: "ошибка", warning: "предупреждение", info: "сведения" },
};

/** A table cell's text with Markdown's pipe escaped. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/**
 * The Markdown table of every check code (code | severity | meaning) in
 * `lang`, generated from FINDING_CODES, the single source the checks take
 * their severities from. Rows in the table's own order; ends with a newline.
 */
export function checkCodesMarkdown(lang: Lang): string {
  const [code, severity, meaning] = HEADERS[lang];
  const lines = [`| ${code} | ${severity} | ${meaning} |`, "| --- | --- | --- |"];
  for (const key of Object.keys(FINDING_CODES) as FindingCode[]) {
    const entry = FINDING_CODES[key];
    lines.push(
      `| \`${key}\` | ${SEVERITY_LABELS[lang][entry.severity] ?? entry.severity} | ${cell(entry.meaning[lang])} |`
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The text between the check-codes markers of a README, or null when the markers are missing. */
export function codesBlockOf(readme: string): string | null {
  const start = readme.indexOf(CODES_BLOCK_START);
  const end = readme.indexOf(CODES_BLOCK_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + CODES_BLOCK_START.length, end).replace(/^\r?\n/, "");
}

/** The README with the block between the markers replaced by `table`; null when the markers are missing. */
export function withCodesBlock(readme: string, table: string): string | null {
  const start = readme.indexOf(CODES_BLOCK_START);
  const end = readme.indexOf(CODES_BLOCK_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start + CODES_BLOCK_START.length)}\n${table}${readme.slice(end)}`;
}
