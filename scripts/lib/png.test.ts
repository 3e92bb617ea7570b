import { inflateSync } from "node:zlib";
import { crc32, encodePng, readPngSize } from "./png";

describe("png", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("encodes an image whose IHDR gives back its size and whose pixels inflate back", () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => i);
    const png = encodePng(3, 2, rgba);
    expect(readPngSize(png)).toEqual({ width: 3, height: 2 });
    const idatAt = png.indexOf("IDAT");
    const length = png.readUInt32BE(idatAt - 4);
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + length));
    // each row: filter byte 0, then the row's RGBA bytes
    expect([...raw.subarray(0, 13)]).toEqual([0, ...rgba.subarray(0, 12)]);
    expect([...raw.subarray(13)]).toEqual([0, ...rgba.subarray(12)]);
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
  });

  it("refuses a buffer of the wrong length and reads no size from non-PNG bytes", () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/expected 16 bytes/);
    expect(readPngSize(Buffer.from("not a png at all, really not"))).toBeNull();
  });
});
