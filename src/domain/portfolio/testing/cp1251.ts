/**
 * Encode text as Windows-1251 for tests (Node has no encoder for it): ASCII,
 * Cyrillic А–я, Ё/ё and NBSP, which is all a 1C export of sales uses.
 */
export function encodeCp1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (code === 0x401) bytes.push(0xa8);
    else if (code === 0x451) bytes.push(0xb8);
    else if (code === 0xa0) bytes.push(0xa0);
    else throw new Error(`No Windows-1251 byte for ${ch} in this test encoder`);
  }
  return Uint8Array.from(bytes);
}
