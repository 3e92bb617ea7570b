import { quoteSheet } from "./address";
import { sameName } from "./rules";

/**
 * How Excel rewrites the text of formulas when the things they refer to are
 * renamed or deleted. The double applies these rules to every formula it
 * holds: cell formulas of all sheets, data-validation sources and formulas,
 * conditional-format formulas (defined names and charts hold their sheet by
 * id, so they follow a rename by construction).
 *
 * - Renaming a sheet rewrites every reference to it, quoted or not
 *   (`=ActionPlan!B4` → `='~bak ActionPlan'!B4`): "Worksheet.name — the
 *   display name of the worksheet" is the sheet's identity only for display,
 *   references follow the sheet
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member;
 *   https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9:
 *   formulas that refer to the sheet are updated with the new name).
 * - Deleting a sheet turns each reference to it into `#REF!` in place of the
 *   sheet prefix (`=ActionPlan!B4` → `=#REF!B4`), and a structured reference
 *   to a table of that sheet into `#REF!`
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1);
 *   https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf6d-5a5e3b6b0dc6).
 * - Renaming a table rewrites structured references `Old[…]` (and a bare
 *   `Old`) to the new name
 *   (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member;
 *   https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e:
 *   "the names in structured references adjust").
 *
 * Text inside string literals (`"ActionPlan!B4"`) is never rewritten.
 */

/** One piece of a formula: a string literal, a sheet prefix (`Name!`), an identifier, or other text. */
type Token =
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "sheet"; readonly name: string; readonly text: string }
  | { readonly kind: "ident"; readonly text: string }
  | { readonly kind: "other"; readonly text: string };

const IDENT = /[\p{L}\p{N}_.\\]/u;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let other = "";
  const flush = (): void => {
    if (other) tokens.push({ kind: "other", text: other });
    other = "";
  };
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === '"') {
          if (formula.charAt(j + 1) === '"') j += 2;
          else break;
        } else j += 1;
      }
      flush();
      tokens.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === "'") {
          if (formula.charAt(j + 1) === "'") j += 2;
          else break;
        } else j += 1;
      }
      const text = formula.slice(i, j + 1);
      flush();
      if (formula.charAt(j + 1) === "!") {
        const name = text.slice(1, -1).replace(/''/g, "'");
        tokens.push({ kind: "sheet", name, text: `${text}!` });
        i = j + 2;
      } else {
        tokens.push({ kind: "other", text });
        i = j + 1;
      }
    } else if (ch === "[") {
      // A structured reference's bracket part: kept whole (column names may hold `!` or quotes).
      const j = bracketEnd(formula, i);
      other += formula.slice(i, j + 1);
      i = j + 1;
    } else if (IDENT.test(ch) || ch === "#") {
      let j = i + 1;
      while (j < formula.length && (IDENT.test(formula.charAt(j)) || formula.charAt(j) === "!")) {
        if (formula.charAt(j) === "!") break;
        j += 1;
      }
      const text = formula.slice(i, j);
      flush();
      if (formula.charAt(j) === "!" && ch !== "#") {
        tokens.push({ kind: "sheet", name: text, text: `${text}!` });
        i = j + 1;
      } else {
        tokens.push({ kind: "ident", text });
        i = j;
      }
    } else {
      other += ch;
      i += 1;
    }
  }
  flush();
  return tokens;
}

function join(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join("");
}

/** The formula with every reference to sheet `from` pointing at sheet `to` (quoted when the name needs it). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  if (!formula.startsWith("=")) return formula;
  return join(
    tokenize(formula).map((t) =>
      t.kind === "sheet" && sameName(t.name, from) ? { ...t, text: `${quoteSheet(to)}!` } : t
    )
  );
}

/**
 * The formula after sheet `name` was deleted: each `name!` prefix becomes
 * `#REF!`, and each structured reference to one of `tables` (the tables that
 * lived on the sheet) becomes `#REF!`.
 */
export function deleteSheetInFormula(
  formula: string,
  name: string,
  tables: readonly string[]
): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === "sheet" && sameName(t.name, name)) {
      out.push({ kind: "other", text: "#REF!" });
    } else if (t.kind === "ident" && tables.some((n) => sameName(n, t.text))) {
      const next = tokens[k + 1];
      if (next?.kind === "other" && next.text.startsWith("[")) {
        // Drop the bracket part (it is at the start of the next "other" token).
        const end = closingBracket(next.text);
        out.push({ kind: "other", text: `#REF!${next.text.slice(end + 1)}` });
        k += 1;
      } else if (next?.kind === "other" && next.text.startsWith("(")) {
        out.push(t);
      } else {
        out.push({ kind: "other", text: "#REF!" });
      }
    } else out.push(t);
  }
  return join(out);
}

function closingBracket(text: string): number {
  let depth = 0;
  for (let j = 0; j < text.length; j += 1) {
    const c = text.charAt(j);
    if (c === "'") j += 1;
    else if (c === "[") depth += 1;
    else if (c === "]") {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return text.length - 1;
}

/** The formula with structured references to table `from` (`from[…]`, bare `from`) naming `to`; function calls are left alone. */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula);
  return join(
    tokens.map((t, k) => {
      if (t.kind !== "ident" || !sameName(t.text, from)) return t;
      const next = tokens[k + 1];
      if (next?.kind === "other" && next.text.startsWith("(")) return t;
      return { ...t, text: to };
    })
  );
}

/** `]`, `[`, `#`, `'` escaped with `'` inside a structured reference's column name. */
function escapeColumnName(name: string): string {
  return name.replace(/['[\]#]/g, (c) => `'${c}`);
}

function unescapeColumnName(text: string): string {
  return text.replace(/'(.)/g, "$1");
}

/**
 * Rewrite the bracket part (`[…]`, with its brackets) of each structured reference to `table`:
 * `edit(columns)` gets the column names it names (specials such as `#This Row` left out) and returns
 * a replacement for the whole reference (`#REF!`), a map of column renames, or null to keep it.
 */
function editStructured(
  formula: string,
  table: string,
  edit: (
    columns: readonly string[]
  ) => { whole: string } | { rename: ReadonlyMap<string, string> } | null
): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (!t) continue;
    const next = tokens[k + 1];
    if (
      t.kind !== "ident" ||
      !sameName(t.text, table) ||
      next?.kind !== "other" ||
      !next.text.startsWith("[")
    ) {
      out.push(t);
      continue;
    }
    const end = closingBracket(next.text);
    const inner = next.text.slice(1, end);
    const rest = next.text.slice(end + 1);
    // Column items: `[Name]` inside, or the whole inner text when it has no brackets (`T[Name]`, `T[@Name]`).
    const items: { start: number; end: number; name: string }[] = [];
    if (!inner.startsWith("[")) {
      const name = inner.startsWith("@") ? inner.slice(1) : inner;
      if (!name.startsWith("#"))
        items.push({ start: inner.length - name.length, end: inner.length, name });
    } else {
      for (let j = 0; j < inner.length; j += 1) {
        if (inner.charAt(j) !== "[") continue;
        let e = j + 1;
        while (e < inner.length && inner.charAt(e) !== "]") e += inner.charAt(e) === "'" ? 2 : 1;
        const raw = inner.slice(j + 1, e);
        if (!raw.startsWith("#"))
          items.push({ start: j + 1, end: e, name: unescapeColumnName(raw) });
        j = e;
      }
    }
    const result = edit(items.map((x) => x.name));
    if (result === null) {
      out.push(t, next);
    } else if ("whole" in result) {
      out.push({ kind: "other", text: `${result.whole}${rest}` });
    } else {
      let text = inner;
      for (const item of [...items].reverse()) {
        const to = [...result.rename].find(([from]) => sameName(from, item.name))?.[1];
        if (to !== undefined)
          text = `${text.slice(0, item.start)}${escapeColumnName(to)}${text.slice(item.end)}`;
      }
      out.push(t, { kind: "other", text: `[${text}]${rest}` });
    }
    k += 1;
  }
  return join(out);
}

/**
 * The formula after a column of `table` was renamed (its header cell changed): structured references
 * name the new header (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e:
 * "If you rename a column, the structured references are updated").
 */
export function renameColumnInFormula(
  formula: string,
  table: string,
  from: string,
  to: string
): string {
  return renameColumnsInFormula(formula, table, new Map([[from, to]]));
}

/** `renameColumnInFormula` for several columns renamed at once (`a`→`b` and `b`→`c` do not chain). */
export function renameColumnsInFormula(
  formula: string,
  table: string,
  renames: ReadonlyMap<string, string>
): string {
  const from = [...renames.keys()];
  return editStructured(formula, table, (columns) =>
    columns.some((c) => from.some((f) => sameName(c, f))) ? { rename: renames } : null
  );
}

/**
 * The formula after a column of `table` was deleted: a structured reference that names it becomes
 * `#REF!` (https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf6d-5a5e3b6b0dc6).
 */
export function deleteColumnInFormula(formula: string, table: string, column: string): string {
  return editStructured(formula, table, (columns) =>
    columns.some((c) => sameName(c, column)) ? { whole: "#REF!" } : null
  );
}

/**
 * Index of the `]` that closes the structured reference's bracket part opened at `from`
 * (nested brackets counted, `'` escaping the next character), or the formula's end.
 */
export function bracketEnd(formula: string, from: number): number {
  let depth = 0;
  let j = from;
  while (j < formula.length) {
    const c = formula.charAt(j);
    if (c === "'" && j + 1 < formula.length) j += 1;
    else if (c === "[") depth += 1;
    else if (c === "]") {
      depth -= 1;
      if (depth === 0) break;
    }
    j += 1;
  }
  return j;
}
