import JSZip from "jszip";
import { XlsxInputError } from "./input-error";
import { XLSX_LIMITS } from "./limits";
import { openXlsxPackage, type XlsxPackage } from "./package";
import { readZipDirectory } from "./zip";

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const ROOT_RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function minimalXlsx(extra: Record<string, string | Buffer> = {}): Promise<Buffer> {
  return zipOf({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": "<workbook><sheets/></workbook>",
    ...extra,
  });
}

/** The fields of a central-directory record the tests overwrite, by their offset in it. */
const DIRECTORY_FIELD = { crc32: 16, uncompressedSize: 24 } as const;

/**
 * A copy of `zip` whose central directory declares `value` as `field` of `entry` (the guard
 * trusts the directory, as a ZIP reader does, until it unpacks the part).
 */
function declare(
  zip: Buffer,
  entry: string,
  field: keyof typeof DIRECTORY_FIELD,
  value: number
): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.length - 22; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + nameLength) === entry) {
      copy.writeUInt32LE(value, at + DIRECTORY_FIELD[field]);
      return copy;
    }
  }
  throw new Error(`no entry ${entry}`);
}

function refusal(run: () => unknown): XlsxInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof XlsxInputError) return error;
    throw error;
  }
  throw new Error("expected an XlsxInputError");
}

describe("openXlsxPackage guards", () => {
  it("opens a minimal package and reads its parts", async () => {
    const pkg = openXlsxPackage(await minimalXlsx(), "ok.xlsx");
    expect(pkg.workbookPart).toBe("xl/workbook.xml");
    expect(pkg.text("/XL/Workbook.xml")).toBe("<workbook><sheets/></workbook>");
    expect(pkg.has("xl/styles.xml")).toBe(false);
  });

  it("refuses bytes that are not a ZIP archive", () => {
    const error = refusal(() =>
      openXlsxPackage(Buffer.from("client;amount\nАльфа;100\n"), "plan.csv")
    );
    expect(error.code).toBe("not_zip");
    expect(error.message).toBe("plan.csv: not an .xlsx file (not a ZIP archive)");
    expect(error.messageIn("ru")).toBe("plan.csv: это не файл .xlsx (не ZIP-архив)");
  });

  it("refuses an empty file as not a ZIP archive", () => {
    expect(refusal(() => openXlsxPackage(Buffer.alloc(0), "empty.xlsx")).code).toBe("not_zip");
  });

  it("refuses a truncated ZIP archive", async () => {
    const whole = await minimalXlsx();
    const error = refusal(() =>
      openXlsxPackage(whole.subarray(0, Math.floor(whole.length / 2)), "cut.xlsx")
    );
    expect(error.code).toBe("not_zip");
    expect(error.message).toContain("damaged or truncated");
  });

  it("refuses a ZIP without [Content_Types].xml", async () => {
    const zip = await zipOf({ "xl/workbook.xml": "<workbook/>", "readme.txt": "hi" });
    const notXlsx = refusal(() => openXlsxPackage(zip, "archive.zip"));
    expect(notXlsx.code).toBe("not_xlsx");
    expect(notXlsx.message).toBe(
      "archive.zip: a ZIP archive but not an Excel workbook (.xlsx): no [Content_Types].xml or xl/workbook.xml"
    );
  });

  it("refuses a Word document (a package without a workbook part)", async () => {
    const docxRels = ROOT_RELS.replace("xl/workbook.xml", "word/document.xml");
    const zip = await zipOf({
      "[Content_Types].xml": CONTENT_TYPES,
      "_rels/.rels": docxRels,
      "word/document.xml": "<w:document/>",
    });
    expect(refusal(() => openXlsxPackage(zip, "letter.docx")).code).toBe("not_xlsx");
  });

  it("refuses a password-protected workbook (OLE2 container with EncryptedPackage)", () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
      Buffer.from("EncryptedPackage", "utf16le"),
      Buffer.alloc(64),
    ]);
    const error = refusal(() => openXlsxPackage(ole, "secret.xlsx"));
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/^secret\.xlsx: the file is password-protected/);
    expect(error.messageIn("ru")).toMatch(/защищён паролем/);
  });

  it("refuses an old .xls (OLE2 container without encryption)", () => {
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.from("Workbook", "utf16le"),
      Buffer.alloc(512),
    ]);
    const error = refusal(() => openXlsxPackage(xls, "old.xls"));
    expect(error.code).toBe("encrypted");
    expect(error.message).toBe(
      'old.xls: the file is password-protected or an old .xls; save it from Excel as "Excel Workbook (.xlsx)" without a password'
    );
  });

  it("refuses a ZIP whose entries are encrypted", async () => {
    const zip = await minimalXlsx();
    const copy = Buffer.from(zip);
    for (let at = 0; at + 4 <= copy.length; at++) {
      if (copy.readUInt32LE(at) === 0x02014b50)
        copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
    }
    expect(refusal(() => openXlsxPackage(copy, "locked.xlsx")).code).toBe("encrypted");
  });

  it("refuses a file above the size limit before unzipping", async () => {
    const zip = await minimalXlsx();
    const error = refusal(() =>
      openXlsxPackage(zip, "big.xlsx", { ...XLSX_LIMITS, maxFileBytes: 100 })
    );
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(
      /^big\.xlsx: the file is too large: 0\.0 MB, the limit is 0\.0 MB$/
    );
  });

  it("refuses more entries than the limit (zip bomb guard)", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`xl/media/image${i}.png`] = "x";
    const zip = await minimalXlsx(files);
    const error = refusal(() =>
      openXlsxPackage(zip, "many.xlsx", { ...XLSX_LIMITS, maxEntries: 20 })
    );
    expect(error.code).toBe("too_many_entries");
    expect(error.message).toMatch(
      /^many\.xlsx: the archive has 3\d parts, the limit is 20: not a plain workbook \(zip bomb guard\)$/
    );
  });

  it("refuses a package whose declared total unpacked size is above the limit (zip bomb guard)", async () => {
    const bomb = declare(
      await minimalXlsx({ "xl/worksheets/sheet1.xml": "a".repeat(1000) }),
      "xl/worksheets/sheet1.xml",
      "uncompressedSize",
      300 * 1024 * 1024
    );
    const error = refusal(() => openXlsxPackage(bomb, "bomb.xlsx"));
    expect(error.code).toBe("zip_bomb");
    expect(error.message).toBe(
      "bomb.xlsx: the file unpacks to 300.0 MB, the limit is 250.0 MB (zip bomb guard)"
    );
  });

  it("stops inflating a part that is larger than it declares", async () => {
    const lying = declare(
      await minimalXlsx({ "xl/worksheets/sheet1.xml": "0".repeat(5_000_000) }),
      "xl/worksheets/sheet1.xml",
      "uncompressedSize",
      100
    );
    const pkg = openXlsxPackage(lying, "liar.xlsx");
    const error = refusal(() => pkg.text("xl/worksheets/sheet1.xml"));
    expect(error.code).toBe("corrupt");
    expect(error.message).toBe(
      "liar.xlsx: the file is damaged: part xl/worksheets/sheet1.xml does not unpack or exceeds its declared size"
    );
  });

  it("refuses a damaged large part after reading an intact one of the same size (remembered parts)", async () => {
    const cells = Array.from({ length: 400 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join(
      ""
    );
    const sheet = `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
    const damaged = sheet.replace("<v>7</v>", "<v>7<v/>"); // same length, an element left open
    expect(damaged).toHaveLength(sheet.length);
    const intact = openXlsxPackage(
      await minimalXlsx({ "xl/worksheets/sheet1.xml": sheet }),
      "a.xlsx"
    );
    expect(intact.text("xl/worksheets/sheet1.xml")).toBe(sheet);
    expect(intact.text("xl/worksheets/sheet1.xml")).toBe(sheet);
    const broken = openXlsxPackage(
      await minimalXlsx({ "xl/worksheets/sheet1.xml": damaged }),
      "b.xlsx"
    );
    expect(refusal(() => broken.text("xl/worksheets/sheet1.xml")).code).toBe("damaged");
    const again = openXlsxPackage(
      await minimalXlsx({ "xl/worksheets/sheet1.xml": sheet }),
      "c.xlsx"
    );
    expect(again.text("xl/worksheets/sheet1.xml")).toBe(sheet);
  });
});

/** The declared CRC-32 of `entry`, as the guard reads the directory. */
function crcOf(zip: Buffer, entry: string): number {
  const directory = readZipDirectory(zip);
  const found = directory.ok ? directory.entries.find((e) => e.name === entry) : undefined;
  if (found === undefined) throw new Error(`no entry ${entry}`);
  return found.crc32;
}

describe("parsed: parts equal in stored bytes are read once per thread", () => {
  const part = (n: number): string => `<list>${"<item/>".repeat(n)}</list>`;

  it("from a part's second sight on, gives later packages that result without parsing again", async () => {
    const seen: string[] = [];
    const parse = (xml: string): { readonly items: number } => {
      seen.push(xml);
      return { items: xml.split("<item/>").length - 1 };
    };
    const open = async (items: number, name: string): Promise<XlsxPackage> =>
      openXlsxPackage(await minimalXlsx({ "xl/list.xml": part(items) }), name);
    const [first, second, third, other] = await Promise.all([
      open(3, "a.xlsx"),
      open(3, "b.xlsx"),
      open(3, "c.xlsx"),
      open(4, "d.xlsx"),
    ]);
    expect(first.parsed("xl/list.xml", parse)).toEqual({ items: 3 });
    const kept = second.parsed("/XL/list.xml", parse);
    expect(kept).toEqual({ items: 3 });
    expect(third.parsed("xl/list.xml", parse)).toBe(kept);
    expect(other.parsed("xl/list.xml", parse)).toEqual({ items: 4 });
    expect(seen).toHaveLength(3);
    expect(first.parsed("xl/missing.xml", parse)).toBeNull();
  });

  it("keeps results apart by parser", async () => {
    const bytes = await minimalXlsx({ "xl/list.xml": part(2) });
    const length = (xml: string): number => xml.length;
    const tags = (xml: string): number => xml.split("<").length - 1;
    expect(openXlsxPackage(bytes, "a.xlsx").parsed("xl/list.xml", length)).toBe(part(2).length);
    expect(openXlsxPackage(bytes, "a.xlsx").parsed("xl/list.xml", tags)).toBe(4);
  });

  it("keeps a part used again while many parts read once come and go", async () => {
    let parses = 0;
    const parse = (xml: string): number => {
      parses += 1;
      return xml.length;
    };
    const template = await minimalXlsx({ "xl/list.xml": part(1) });
    openXlsxPackage(template, "template.xlsx").parsed("xl/list.xml", parse);
    for (let i = 2; i < 200; i += 1) {
      // Each plan's own part, then the template's part again.
      openXlsxPackage(await minimalXlsx({ "xl/list.xml": part(i) }), "plan.xlsx").parsed(
        "xl/list.xml",
        parse
      );
      openXlsxPackage(template, "template.xlsx").parsed("xl/list.xml", parse);
    }
    // The template's part twice (its second sight keeps the result), each plan's once.
    expect(parses).toBe(2 + 198);
  });

  it("keeps results standing for at most about 2 MB of part text per parser, letting the oldest go", async () => {
    const parses: string[] = [];
    const parse = (xml: string): number => {
      parses.push(xml.slice(0, 8));
      return xml.length;
    };
    // Three parts of 0.8 MB each (distinct from their first characters on).
    const big = (tag: string): string => `<${tag}>${"<item/>".repeat(120_000)}</${tag}>`;
    const files = new Map<string, Buffer>();
    for (const tag of ["a", "b", "c"])
      files.set(tag, await minimalXlsx({ "xl/big.xml": big(tag) }));
    const read = (tag: string): void => {
      openXlsxPackage(files.get(tag) ?? Buffer.alloc(0), `${tag}.xlsx`).parsed("xl/big.xml", parse);
    };
    for (const tag of ["a", "a", "b", "b", "c", "c"]) read(tag); // each kept at its second sight
    expect(parses).toHaveLength(6);
    read("c"); // kept
    read("b"); // kept: a and b and c would stand for 2.4 MB, so a went
    expect(parses).toHaveLength(6);
    read("a");
    expect(parses).toHaveLength(7);
    expect(parses[6]).toBe("<a><item");
  });

  it("parses a part again when only its directory entry matches one read before", async () => {
    const store = async (text: string): Promise<Buffer> => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", CONTENT_TYPES);
      zip.file("_rels/.rels", ROOT_RELS);
      zip.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
      zip.file("xl/n.xml", text, { compression: "STORE" });
      return zip.generateAsync({ type: "nodebuffer" });
    };
    const parse = (xml: string): string => xml;
    const honest = await store("<n>1</n>");
    // Same name, method, sizes and declared CRC; other bytes.
    const forged = declare(await store("<n>2</n>"), "xl/n.xml", "crc32", crcOf(honest, "xl/n.xml"));
    expect(openXlsxPackage(honest, "a.xlsx").parsed("xl/n.xml", parse)).toBe("<n>1</n>");
    expect(openXlsxPackage(forged, "b.xlsx").parsed("xl/n.xml", parse)).toBe("<n>2</n>");
  });

  it("refuses a part that is not well-formed every time, never remembering it", async () => {
    const bytes = await minimalXlsx({ "xl/list.xml": "<list><item></list>" });
    const parse = (xml: string): string => xml;
    for (const name of ["a.xlsx", "b.xlsx"]) {
      const error = refusal(() => openXlsxPackage(bytes, name).parsed("xl/list.xml", parse));
      expect(error.code).toBe("damaged");
      expect(error.message).toContain(name);
    }
  });
});
