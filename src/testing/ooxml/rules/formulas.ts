/**
 * Formula rules no schema states.
 *
 * Length — [MS-OI29500] 2.1.1085 (ST_Formula,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf):
 * Excel restricts a formula to at most 8192 characters.
 *
 * Future functions — [MS-XLSX] 2.2.2 Formulas
 * (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/2c5dee00-eff2-4b22-92b6-0738acd4475e):
 * a function added after Excel 2007 is stored with the `_xlfn.` prefix
 * (`_xlfn.IFNA(…)`). Without it Excel reads an unknown name and shows
 * #NAME? (support.microsoft.com, "Issue: An _xlfn. prefix is displayed in
 * front of a formula" explains the same prefix from the other side).
 */

export const MAX_FORMULA = 8192;

/**
 * Functions newer than Excel 2007 that the file format stores with `_xlfn.`
 * (the [MS-XLSX] 2.2.2 list; the ones a plan workbook could plausibly use
 * and their families). `_xlfn._xlws.` functions (FILTER, SORT) count too.
 */
export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE",
  "ACOT",
  "ACOTH",
  "ARABIC",
  "BASE",
  "BETA.DIST",
  "BETA.INV",
  "BINOM.DIST",
  "BINOM.DIST.RANGE",
  "BINOM.INV",
  "BITAND",
  "BITLSHIFT",
  "BITOR",
  "BITRSHIFT",
  "BITXOR",
  "BYCOL",
  "BYROW",
  "CEILING.MATH",
  "CEILING.PRECISE",
  "CHISQ.DIST",
  "CHISQ.DIST.RT",
  "CHISQ.INV",
  "CHISQ.INV.RT",
  "CHISQ.TEST",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "COMBINA",
  "CONCAT",
  "CONFIDENCE.NORM",
  "CONFIDENCE.T",
  "COT",
  "COTH",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "CSC",
  "CSCH",
  "DAYS",
  "DECIMAL",
  "DROP",
  "ERF.PRECISE",
  "ERFC.PRECISE",
  "EXPAND",
  "EXPON.DIST",
  "F.DIST",
  "F.DIST.RT",
  "F.INV",
  "F.INV.RT",
  "F.TEST",
  "FILTER",
  "FILTERXML",
  "FLOOR.MATH",
  "FLOOR.PRECISE",
  "FORECAST.ETS",
  "FORECAST.LINEAR",
  "FORMULATEXT",
  "GAMMA",
  "GAMMA.DIST",
  "GAMMA.INV",
  "GAMMALN.PRECISE",
  "GAUSS",
  "HSTACK",
  "HYPGEOM.DIST",
  "IFNA",
  "IFS",
  "IMAGE",
  "ISFORMULA",
  "ISOMITTED",
  "ISOWEEKNUM",
  "LAMBDA",
  "LET",
  "LOGNORM.DIST",
  "LOGNORM.INV",
  "MAKEARRAY",
  "MAP",
  "MAXIFS",
  "MINIFS",
  "MODE.MULT",
  "MODE.SNGL",
  "MUNIT",
  "NEGBINOM.DIST",
  "NETWORKDAYS.INTL",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "NUMBERVALUE",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "PERCENTRANK.EXC",
  "PERCENTRANK.INC",
  "PERMUTATIONA",
  "PHI",
  "POISSON.DIST",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANDARRAY",
  "RANK.AVG",
  "RANK.EQ",
  "REDUCE",
  "RRI",
  "SCAN",
  "SEC",
  "SECH",
  "SEQUENCE",
  "SHEET",
  "SHEETS",
  "SINGLE",
  "SKEW.P",
  "SORT",
  "SORTBY",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "T.DIST",
  "T.DIST.2T",
  "T.DIST.RT",
  "T.INV",
  "T.INV.2T",
  "T.TEST",
  "TAKE",
  "TEXTAFTER",
  "TEXTBEFORE",
  "TEXTJOIN",
  "TEXTSPLIT",
  "TOCOL",
  "TOROW",
  "UNICHAR",
  "UNICODE",
  "UNIQUE",
  "VAR.P",
  "VAR.S",
  "VSTACK",
  "WEIBULL.DIST",
  "WORKDAY.INTL",
  "WRAPCOLS",
  "WRAPROWS",
  "XLOOKUP",
  "XMATCH",
  "XOR",
  "Z.TEST",
]);

/** The formula without string literals and bracketed structured-reference parts. */
function codeOnly(formula: string): string {
  let out = "";
  let depth = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    if (inString) {
      if (ch === '"') {
        if (formula[i + 1] === '"') i += 1;
        else inString = false;
      }
      out += " ";
      continue;
    }
    if (ch === '"' && depth === 0) {
      inString = true;
      out += " ";
      continue;
    }
    if (ch === "[") depth += 1;
    if (depth > 0) {
      if (ch === "]") depth -= 1;
      out += " ";
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: skip to its closing quote ('' escapes one).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) {
        j += formula[j] === "'" ? 2 : 1;
      }
      out += " ".repeat(j - i + 1);
      i = j;
      continue;
    }
    out += ch;
  }
  return out;
}

const CALL = /(?<![A-Za-z0-9_.])((?:_xlfn\.)?(?:_xlws\.)?)([A-Za-z][A-Za-z0-9.]*)\s*\(/g;

/** Functions of `formula` that need `_xlfn.` and do not carry it. */
export function unprefixedFutureFunctions(formula: string): string[] {
  const code = codeOnly(formula);
  const found: string[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(code); m; m = CALL.exec(code)) {
    const name = (m[2] ?? "").toUpperCase();
    if (FUTURE_FUNCTIONS.has(name) && !(m[1] ?? "").startsWith("_xlfn.")) found.push(name);
  }
  return found;
}
