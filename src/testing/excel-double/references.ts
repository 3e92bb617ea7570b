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
      let depth = 0;
      let j = i;
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
