/**
 * CSV files as they come out of ERP and 1C: UTF-8 (with or without a BOM) or
 * Windows-1251, `;` (Russian Excel), `,` or tab between fields, fields in
 * double quotes with `""` for a quote and line breaks inside. Pure: bytes in,
 * rows of text out; every row keeps the line number it starts on.
 */

/** The text encodings a CSV file is read in. */
export type CsvEncoding = "utf-8" | "windows-1251";

/** One record of a CSV file with the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A parsed CSV file. */
export interface CsvTable {
  readonly encoding: CsvEncoding;
  readonly delimiter: string;
  readonly rows: readonly CsvRow[];
}

/**
 * Decode the bytes of a text file: UTF-8 when they are valid UTF-8 (the BOM is
 * dropped), otherwise Windows-1251 (the encoding of Russian Windows and 1C).
 */
export function decodeText(bytes: Uint8Array): {
  readonly text: string;
  readonly encoding: CsvEncoding;
} {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

/** Split text into records; `delimiter` separates fields. */
export function splitCsv(text: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === "")) rows.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === delimiter) {
      cells.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      rowLine = line;
    } else field += ch;
    i += 1;
  }
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}

const CANDIDATES = [";", "\t", ","];

/**
 * The delimiter of a CSV text: the candidate (`;`, tab, `,`) that splits the
 * first lines into the same number (> 1) of fields most consistently;
 * `;` when nothing splits (a one-column file).
 */
export function detectDelimiter(text: string): string {
  let best = ";";
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const rows = splitCsv(text.slice(0, 20000), candidate).slice(0, 30);
    const widths = rows.map((r) => r.cells.length).filter((n) => n > 1);
    if (widths.length === 0) continue;
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const [mode, modeCount] = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || b[0] - a[0]
    )[0] as [number, number];
    const score = modeCount * 1000 + mode;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Decode and parse a CSV file; `delimiter` overrides detection. */
export function parseCsvBytes(bytes: Uint8Array, delimiter?: string): CsvTable {
  const { text, encoding } = decodeText(bytes);
  return parseCsvText(text, encoding, delimiter);
}

/** Parse CSV text (already decoded); `delimiter` overrides detection. */
export function parseCsvText(
  text: string,
  encoding: CsvEncoding = "utf-8",
  delimiter?: string
): CsvTable {
  const clean = text.startsWith("\ufeff") ? text.slice(1) : text;
  const used = delimiter ?? detectDelimiter(clean);
  return { encoding, delimiter: used, rows: splitCsv(clean, used) };
}
