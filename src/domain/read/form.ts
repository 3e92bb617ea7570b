import type { FieldDef, SectionDef } from "../config/types";
import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { TypedValue } from "../plan";
import type { WorkbookSnapshot, SnapshotName } from "../snapshot";
import type { CellRef } from "../values";
import { parseA1, formatA1 } from "./a1";
import { readFieldValue, type ReadEnv } from "./field-value";
import { budgetMethodFindings } from "./method-required";

/** The form fields as read: values and where they are, by field key. */
export interface FormReading {
  readonly form: Record<string, TypedValue | null>;
  readonly formRefs: Record<string, CellRef>;
  readonly findings: Finding[];
}

/** Defined names by lower-cased name (Excel names are case-insensitive). */
export function namesByKey(snapshot: WorkbookSnapshot): ReadonlyMap<string, SnapshotName> {
  const map = new Map<string, SnapshotName>();
  for (const n of snapshot.names)
    if (!map.has(n.name.toLowerCase())) map.set(n.name.toLowerCase(), n);
  return map;
}

/**
 * Read every field of the form sections by its defined name (= key).
 * NAME_MISSING when the name is absent or broken (`#REF!`), also for computed
 * fields (their values are not read: the core computes them). Hidden fields
 * may have no name: then no finding and a null value. Fields of a section
 * whose sheet is missing get no NAME_MISSING (SHEET_MISSING says it) but are
 * still read when their name resolves elsewhere.
 */
export function readForms(
  snapshot: WorkbookSnapshot,
  env: ReadEnv,
  missingSheets: ReadonlySet<string>
): FormReading {
  const names = namesByKey(snapshot);
  const reading: FormReading = { form: {}, formRefs: {}, findings: [] };
  const sections = new Map<string, SectionDef>(
    env.config.sections.filter((s) => s.kind === "form").map((s) => [s.key, s])
  );
  for (const field of env.config.fields) {
    const section = sections.get(field.section);
    if (section)
      readFormField(
        field,
        section,
        names.get(field.key.toLowerCase()),
        env,
        missingSheets,
        reading
      );
  }
  budgetMethodFindings(env, reading);
  return reading;
}

function readFormField(
  field: FieldDef,
  section: SectionDef,
  name: SnapshotName | undefined,
  env: ReadEnv,
  missingSheets: ReadonlySet<string>,
  out: FormReading
): void {
  out.form[field.key] = null;
  const position = name?.address ? parseA1(name.address) : null;
  if (!name || !name.sheet || !position) {
    if (!field.hidden && !missingSheets.has(section.sheet)) {
      const broken = name ? "yes" : "no";
      out.findings.push(
        makeFinding(
          "NAME_MISSING",
          env.lang,
          { sheet: section.sheet, name: field.key },
          { name: field.key, field: field.label[env.lang], broken }
        )
      );
    }
    return;
  }
  const ref: CellRef = { sheet: name.sheet, cell: formatA1(position) };
  out.formRefs[field.key] = ref;
  if (field.type.kind === "computed") return;
  const place = { sheet: ref.sheet, cell: ref.cell, name: field.key };
  const { value, finding } = readFieldValue(name.value, field, env, place);
  out.form[field.key] = value;
  if (finding) out.findings.push(finding);
  else if (value === null && field.required && !field.hidden) {
    out.findings.push(
      makeFinding("REQUIRED_MISSING", env.lang, place, {
        scope: "form",
        field: field.label[env.lang],
        section: section.label[env.lang],
        cell: ref.cell,
      })
    );
  }
}
