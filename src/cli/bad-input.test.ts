import { mkdtemp, readdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { kamPlan } from "./testing/run";

/** Every kind of bad input: a clear message naming the file and the reason, exit code 2, nothing written. */
describe("bad input files", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-bad-input-"));
    await writeFile(join(dir, "notzip.xlsx"), "client;amount\nАльфа;100\n");
    const plainZip = new JSZip();
    plainZip.file("readme.txt", "not a workbook");
    await writeFile(
      join(dir, "archive.xlsx"),
      await plainZip.generateAsync({ type: "nodebuffer" })
    );
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    await writeFile(join(dir, "secret.xlsx"), ole);
    await writeFile(join(dir, "huge.xlsx"), "");
    await truncate(join(dir, "huge.xlsx"), 26 * 1024 * 1024);
    const bomb = new JSZip();
    bomb.file("[Content_Types].xml", "<Types/>");
    bomb.file("xl/workbook.xml", "<workbook><sheets/></workbook>");
    bomb.file("xl/worksheets/sheet1.xml", "0".repeat(10_000));
    const bytes = await bomb.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (
        bytes.readUInt32LE(at) === 0x02014b50 &&
        bytes.toString("utf8", at + 46, at + 46 + bytes.readUInt16LE(at + 28)) ===
          "xl/worksheets/sheet1.xml"
      ) {
        bytes.writeUInt32LE(4_000_000_000, at + 24);
      }
    }
    await writeFile(join(dir, "bomb.xlsx"), bytes);
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Лист1").getCell("A1").value = "просто таблица";
    await foreign.xlsx.writeFile(join(dir, "foreign.xlsx"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases: readonly (readonly [string, string, string])[] = [
    [
      "notzip.xlsx",
      "notzip.xlsx: это не файл .xlsx (не ZIP-архив)",
      "notzip.xlsx: not an .xlsx file (not a ZIP archive)",
    ],
    [
      "archive.xlsx",
      "archive.xlsx: это ZIP-архив, но не книга Excel (.xlsx): нет [Content_Types].xml или xl/workbook.xml",
      "archive.xlsx: a ZIP archive but not an Excel workbook (.xlsx): no [Content_Types].xml or xl/workbook.xml",
    ],
    [
      "secret.xlsx",
      "secret.xlsx: файл защищён паролем (зашифрован); снимите пароль в Excel («Файл → Сведения → Защитить книгу») и сохраните снова",
      "secret.xlsx: the file is password-protected (encrypted); remove the password in Excel (File → Info → Protect Workbook) and save again",
    ],
    [
      "huge.xlsx",
      "huge.xlsx: файл слишком большой: 26.0 МБ при пределе 25.0 МБ",
      "huge.xlsx: the file is too large: 26.0 MB, the limit is 25.0 MB",
    ],
    [
      "bomb.xlsx",
      "bomb.xlsx: в распакованном виде файл занимает 3814.7 МБ при пределе 250.0 МБ (защита от ZIP-бомб)",
      "bomb.xlsx: the file unpacks to 3814.7 MB, the limit is 250.0 MB (zip bomb guard)",
    ],
    ["missing.xlsx", "missing.xlsx: файл не найден", "missing.xlsx: file not found"],
  ];

  it.each(cases)("check %s: exit 2, the file and the reason", async (file, ru, en) => {
    expect(await kamPlan(["check", file], dir)).toEqual({
      code: 2,
      stdout: "Ошибок: 0, предупреждений: 0, сведений: 0 (проверено файлов: 0)\n",
      stderr: `${ru}\n`,
    });
    expect(
      (await kamPlan(["check", file, "--format", "json"], dir, { LANG: "en_US.UTF-8" })).stderr
    ).toBe(`${en}\n`);
  });

  it.each(cases)("calc %s: exit 2 with the message", async (file, ru) => {
    expect(await kamPlan(["calc", file], dir)).toEqual({ code: 2, stdout: "", stderr: `${ru}\n` });
  });

  it.each(cases)(
    "apply-config and template --config on %s: exit 2, nothing written",
    async (file, ru) => {
      const before = (await readdir(dir)).sort();
      expect(await kamPlan(["apply-config", file, "-o", "out.xlsx"], dir)).toEqual({
        code: 2,
        stdout: "",
        stderr: `${ru}\n`,
      });
      expect(await kamPlan(["template", "new.xlsx", "--config", file], dir)).toEqual({
        code: 2,
        stdout: "",
        stderr: `${ru}\n`,
      });
      expect((await readdir(dir)).sort()).toEqual(before);
    }
  );

  it("keeps checking the other files when one cannot be read, and exits 2", async () => {
    const run = await kamPlan(["check", "notzip.xlsx", "foreign.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("notzip.xlsx: это не файл .xlsx (не ZIP-архив)\n");
    expect(run.stdout).toMatch(/^foreign\.xlsx:ActionPlan: error SHEET_MISSING /m);
  });

  it("a workbook without our structure gets findings, not a crash", async () => {
    const check = await kamPlan(["check", "foreign.xlsx", "--format", "json"], dir);
    expect(check.code).toBe(1);
    const codes = new Set((JSON.parse(check.stdout) as { code: string }[]).map((f) => f.code));
    expect([...codes]).toContain("SHEET_MISSING");
    const calc = await kamPlan(["calc", "foreign.xlsx", "--format", "json"], dir);
    expect(calc.code).toBe(0);
    expect(JSON.parse(calc.stdout)).toMatchObject({
      file: "foreign.xlsx",
      values: { plan_end: null, sales_plan_total: 0 },
    });
    const apply = await kamPlan(["apply-config", "foreign.xlsx"], dir);
    expect(apply).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "foreign.xlsx: нет листа Config с таблицами Settings, Sections, Fields, Lists — применять нечего\n",
    });
  });
});
