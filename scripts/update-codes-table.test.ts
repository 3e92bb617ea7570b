import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { FINDING_CODES } from "../src/domain/codes";
import { checkCodesMarkdown, codesBlockOf } from "../src/domain/codes-table";
import { README_PATH } from "./update-codes-table";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) && name !== "codes-table.test.ts" ? [path] : [];
  });
}

describe("README check codes", () => {
  it("README.md lists every check code exactly as FINDING_CODES says (run npx tsx scripts/update-codes-table.ts)", () => {
    expect(codesBlockOf(readFileSync(README_PATH, "utf8"))).toBe(checkCodesMarkdown("en"));
  });

  it("every check code is asserted by some test of src/domain", () => {
    const sources = testFiles(resolve(__dirname, "..", "src", "domain"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // A code counts when a test names it as a string ('CODE') outside the message dictionary test.
    const untested = Object.keys(FINDING_CODES).filter(
      (code) => !new RegExp(`['"\`]${code}['"\`]`).test(sources)
    );
    expect(untested).toEqual([]);
  });
});
