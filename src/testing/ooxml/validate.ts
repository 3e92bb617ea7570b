import { join } from "node:path";
import { applyMarkupCompatibility, MarkupCompatibilityError } from "./markup-compatibility";
import { openPackage, type OpenedPackage } from "./package";
import type { OoxmlProblem } from "./rules/problem";
import { tableProblems } from "./rules/tables";
import { workbookProblems } from "./rules/workbook";
import { SCHEMA_FILES, schemaDir, schemaFor, type SchemaKey } from "./schemas";
import { validateWithSchema, type XmlDocument } from "./xmllint";

export type { OoxmlProblem } from "./rules/problem";

/** One written .xlsx to validate: a label for the report (what wrote it) and its bytes. */
export interface WrittenPackage {
  readonly label: string;
  readonly bytes: Uint8Array;
}

/** Excel's rules no schema states, over one opened package. */
export function excelRuleProblems(pkg: OpenedPackage): OoxmlProblem[] {
  const workbook = workbookProblems(pkg);
  return [...workbook.problems, ...tableProblems(pkg, workbook.definedNames)];
}

/**
 * Validate written packages the way Excel would meet them: every XML part
 * against its ISO/IEC 29500 Transitional schema (after the markup-compatibility
 * step), with one xmllint call per schema for all packages together, and
 * every package against Excel's rules no schema states. Returns every
 * problem with the package label and the part; empty when all is valid.
 * Throws when the schemas are not found (see schemaDir).
 */
export async function validatePackages(
  packages: readonly WrittenPackage[],
  dir: string = schemaDir()
): Promise<OoxmlProblem[]> {
  const problems: OoxmlProblem[] = [];
  const bySchema = new Map<SchemaKey, XmlDocument[]>();
  for (const written of packages) {
    let pkg: OpenedPackage;
    try {
      pkg = await openPackage(written.label, written.bytes);
    } catch (error) {
      problems.push({
        file: written.label,
        part: "",
        rule: "package",
        message: `not a ZIP package: ${(error as Error).message}`,
      });
      continue;
    }
    if (pkg.workbookPart === null)
      problems.push({
        file: written.label,
        part: "_rels/.rels",
        rule: "package",
        message: "no officeDocument relationship to a workbook",
      });
    for (const part of pkg.parts.values()) {
      if (part.text === null) continue;
      const schema = schemaFor(part.path, part.contentType);
      if (schema === "none") continue;
      if (schema === null) {
        problems.push({
          file: written.label,
          part: part.path,
          rule: "schema",
          message: `no schema for this part (content type ${part.contentType ?? "none"})`,
        });
        continue;
      }
      let xml: string;
      try {
        xml = applyMarkupCompatibility(part.text);
      } catch (error) {
        if (!(error instanceof MarkupCompatibilityError)) throw error;
        problems.push({
          file: written.label,
          part: part.path,
          rule: "schema",
          message: error.message,
        });
        continue;
      }
      const list = bySchema.get(schema) ?? [];
      list.push({ file: written.label, part: part.path, xml });
      bySchema.set(schema, list);
    }
    problems.push(...excelRuleProblems(pkg));
  }
  const schemaMessages = await Promise.all(
    [...bySchema].map(([schema, documents]) =>
      validateWithSchema(join(dir, SCHEMA_FILES[schema]), documents)
    )
  );
  for (const messages of schemaMessages)
    for (const m of messages) problems.push({ ...m, rule: "schema" });
  return problems;
}

/** Problems as lines `label part [rule] message`, for a test failure message. */
export function formatProblems(problems: readonly OoxmlProblem[]): string {
  return problems.map((p) => `${p.file} ${p.part} [${p.rule}] ${p.message}`).join("\n");
}
