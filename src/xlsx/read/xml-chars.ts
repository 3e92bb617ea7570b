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
