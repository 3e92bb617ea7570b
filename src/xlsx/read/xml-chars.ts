/** The character classes of the hand-written XML scanners (xml.ts, cells.ts, ../guard/well-formed.ts), by character code. */

/**
 * `\s` of JavaScript regular expressions, as a character-code test: the hand-written XML scanners
 * (cells.ts, ../guard/well-formed.ts) accept exactly the white space the regular expressions they
 * replaced accepted.
 */
export function isJsSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\d`: an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `[0-9A-Fa-f]`: a hexadecimal digit (character references `&#x42F;`). */
export function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** `\w` of JavaScript regular expressions: an ASCII letter, digit or `_`. */
export function isJsWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code) || code === 95;
}
