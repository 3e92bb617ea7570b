import { visibleSectionsOf } from "../config/hidden-sections";
import type { KamConfig, SectionDef } from "../config/types";
import type { Finding } from "../findings";
import { makeFinding } from "../text/messages";
import type { Plan, PlanTable } from "../plan";
import type { SnapshotTable, WorkbookSnapshot } from "../snapshot";
import type { Lang } from "../values";
import { readEnv } from "./field-value";
import { readForms } from "./form";
import { readTable } from "./table";
import { templateVersionOf } from "./template-version";

/** The typed plan and the structural and type findings of a workbook. */
export interface PlanReading {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

/**
 * Turn a workbook snapshot into the typed plan of `config`, with the
 * structural and type findings: SHEET_MISSING, NAME_MISSING, TABLE_MISSING,
 * COLUMN_MISSING, COLUMN_UNKNOWN, REQUIRED_MISSING, TYPE_INVALID,
 * OUT_OF_RANGE, NOT_IN_LIST and TEMPLATE_OUTDATED; messages in `lang`.
 * Sheets, names and tables are matched case-insensitively as Excel does.
 * A missing sheet gets one SHEET_MISSING; its tables and names are not
 * reported again one by one. A hidden section (spec §11) is not read: its
 * tables are empty and its form fields null, without findings. Never throws
 * for anything a workbook holds.
 */
export function readPlan(snapshot: WorkbookSnapshot, config: KamConfig, lang: Lang): PlanReading {
  // Hidden sections (spec §11) are not read: their values stay in the workbook, the plan sees them empty.
  const visible = visibleSectionsOf(config);
  const env = readEnv(visible, lang);
  const findings: Finding[] = [];
  const sheets = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  const missingSheets = new Set<string>();
  for (const sheet of new Set(visible.sections.map((s) => s.sheet))) {
    if (sheets.has(sheet.toLowerCase())) continue;
    missingSheets.add(sheet);
    findings.push(makeFinding("SHEET_MISSING", lang, { sheet }, { sheet }));
  }
  const forms = readForms(snapshot, env, missingSheets);
  findings.push(...forms.findings);
  const tablesByName = new Map<string, SnapshotTable>();
  for (const t of snapshot.tables)
    if (!tablesByName.has(t.name.toLowerCase())) tablesByName.set(t.name.toLowerCase(), t);
  const tables: Record<string, PlanTable> = {};
  for (const section of config.sections) {
    if (section.kind !== "table") continue;
    if (section.hidden) {
      tables[section.key] = { ...missingTable(section), present: true };
      continue;
    }
    const found = tablesByName.get(section.key.toLowerCase());
    if (found) {
      const read = readTable(found, section, env);
      tables[section.key] = read.table;
      findings.push(...read.findings);
    } else {
      tables[section.key] = missingTable(section);
      if (!missingSheets.has(section.sheet)) findings.push(tableMissing(section, lang));
    }
  }
  const version = templateVersionOf(snapshot, lang);
  findings.push(...version.findings);
  const formSections = new Set(config.sections.filter((s) => s.kind === "form").map((s) => s.key));
  const hiddenForm = config.fields.filter(
    (f) => formSections.has(f.section) && !visible.fields.includes(f)
  );
  const plan: Plan = {
    config,
    form: { ...Object.fromEntries(hiddenForm.map((f) => [f.key, null])), ...forms.form },
    formRefs: forms.formRefs,
    tables,
    workbookTemplateVersion: version.version,
  };
  return { plan, findings };
}

function missingTable(section: SectionDef): PlanTable {
  return { key: section.key, present: false, ref: null, rows: [], monthColumns: [] };
}

function tableMissing(section: SectionDef, lang: Lang): Finding {
  return makeFinding(
    "TABLE_MISSING",
    lang,
    { sheet: section.sheet, name: section.key },
    { table: section.key, label: section.label[lang], sheet: section.sheet }
  );
}
