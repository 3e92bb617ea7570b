import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Where the ISO/IEC 29500 Transitional schemas are and which one validates a
 * part (the table of `../shared/ooxml-xsd/README.txt`).
 */

/** The repository root (this file is src/testing/ooxml/schemas.ts). */
const ROOT = resolve(__dirname, "..", "..", "..");

/** Files the validator needs, relative to the schema folder. */
export const SCHEMA_FILES = {
  contentTypes: "ecma/fouth-edition/opc-contentTypes.xsd",
  relationships: "ecma/fouth-edition/opc-relationships.xsd",
  coreProperties: "ecma/fouth-edition/opc-coreProperties.xsd",
  extendedProperties: "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd",
  customProperties: "ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd",
  theme: "ISO-IEC29500-4_2016/dml-main.xsd",
  drawing: "ISO-IEC29500-4_2016/dml-spreadsheetDrawing.xsd",
  chart: "ISO-IEC29500-4_2016/dml-chart.xsd",
  spreadsheet: "sml-plus-x14.xsd",
} as const;

export type SchemaKey = keyof typeof SCHEMA_FILES;

/**
 * The schema folder: `KAM_OOXML_XSD_DIR` or `../shared/ooxml-xsd` beside the
 * repository. Throws, naming the folder it looked in, when a schema is
 * missing: the validation is part of `npm test` and never skips silently.
 */
export function schemaDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.KAM_OOXML_XSD_DIR ?? resolve(ROOT, "..", "shared", "ooxml-xsd");
  const missing = Object.values(SCHEMA_FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0)
    throw new Error(
      `The ISO/IEC 29500 schemas were not found: looked in ${dir} for ${missing.join(", ")}. ` +
        `Put the ooxml-xsd folder there (see its README.txt) or set KAM_OOXML_XSD_DIR to it.`
    );
  return dir;
}

const SPREADSHEET_TYPES = /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\./;

/**
 * XML parts no published schema covers, which a package may legitimately
 * hold (a user's file kept by a writer that patches it): Microsoft's own
 * extension parts (threaded comments, persons, chart styles: [MS-XLSX] /
 * [MS-ODRAWXML] define them, ooxml-xsd has no schema for them) and custom XML
 * data items, whose content is the user's own.
 */
const NO_SCHEMA = /^application\/vnd\.ms-(excel|office)\./;

/**
 * The schema of a package part by its path and content type; "none" for an
 * XML part that no schema covers by nature (see NO_SCHEMA); null for a part
 * nothing here knows (the validator reports it, so a new kind of part is a
 * decision, not a silent pass).
 */
export function schemaFor(
  part: string,
  contentType: string | undefined
): SchemaKey | "none" | null {
  if (part === "[Content_Types].xml") return "contentTypes";
  if (part.endsWith(".rels")) return "relationships";
  const type = contentType ?? "";
  if (type === "application/vnd.openxmlformats-package.core-properties+xml")
    return "coreProperties";
  if (type === "application/vnd.openxmlformats-officedocument.extended-properties+xml")
    return "extendedProperties";
  if (type === "application/vnd.openxmlformats-officedocument.theme+xml") return "theme";
  if (type === "application/vnd.openxmlformats-officedocument.drawing+xml") return "drawing";
  if (type === "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") return "chart";
  if (type === "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    return "customProperties";
  if (SPREADSHEET_TYPES.test(type)) return "spreadsheet";
  if (NO_SCHEMA.test(type) || part.startsWith("customXml/")) return "none";
  return null;
}
