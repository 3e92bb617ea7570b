import { FINDING_CODES, type FindingCode } from "./codes";
import {
  checkCodesMarkdown,
  codesBlockOf,
  withCodesBlock,
  CODES_BLOCK_END,
  CODES_BLOCK_START,
} from "./codes-table";

const CODES = Object.keys(FINDING_CODES) as FindingCode[];

describe("check codes table", () => {
  it("has one row per code with its severity, in both languages", () => {
    for (const lang of ["en", "ru"] as const) {
      const rows = checkCodesMarkdown(lang).trim().split("\n").slice(2);
      expect(rows).toHaveLength(CODES.length);
      CODES.forEach((code, i) => {
        expect(rows[i]).toContain(`\`${code}\``);
        expect(rows[i]).toContain(FINDING_CODES[code].meaning[lang]);
      });
    }
    expect(checkCodesMarkdown("en")).toContain("| `DMU_ROLE_UNCOVERED` | info |");
    expect(checkCodesMarkdown("ru")).toContain("| `TEAM_NO_KAM` | ошибка |");
  });

  it("replaces only the block between the markers", () => {
    const readme = `# Title\n\n${CODES_BLOCK_START}\nold\n${CODES_BLOCK_END}\n\nafter\n`;
    const updated = withCodesBlock(readme, "| new |\n");
    expect(updated).toBe(`# Title\n\n${CODES_BLOCK_START}\n| new |\n${CODES_BLOCK_END}\n\nafter\n`);
    expect(codesBlockOf(updated ?? "")).toBe("| new |\n");
    expect(withCodesBlock("no markers", "x")).toBeNull();
    expect(codesBlockOf("no markers")).toBeNull();
  });
});
