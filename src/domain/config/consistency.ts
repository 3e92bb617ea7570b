import type { SnapshotTable } from "../snapshot";
import { looksLikeCellReference } from "../read/a1";
import { normalizeText } from "../read/text";
import type { ConfigProblems, ConfigRow } from "./config-table";
import type { FieldDef, ListValue, SectionDef } from "./types";

/** The parsed rows of the three structural Config tables, with their tables. */
export interface ParsedRows {
  readonly sections: {
    readonly table: SnapshotTable;
    readonly rows: readonly ConfigRow<SectionDef>[];
  };
  readonly fields: { readonly table: SnapshotTable; readonly rows: readonly ConfigRow<FieldDef>[] };
  readonly lists: {
    readonly table: SnapshotTable;
    readonly rows: readonly ConfigRow<{ list: string; value: ListValue }>[];
  };
}

/**
 * Rules across rows: unique keys (sections; fields within a section; form
 * field keys and section keys share Excel's one name space), keys that look
 * like cell addresses, unknown sections and lists, duplicate labels within a
 * section or list (they become headers and dropdown entries).
 */
export function checkConsistency(p: ParsedRows, problems: ConfigProblems): void {
  const sectionKeys = new Map<string, SectionDef>();
  const workbookNames = new Set<string>();
  for (const row of p.sections.rows) {
    const key = row.value.key.toLowerCase();
    if (sectionKeys.has(key))
      problems.add(p.sections.table, "Sections", "key", row.cell("key"), {
        problem: "duplicate_key",
        value: row.value.key,
      });
    else if (looksLikeCellReference(row.value.key))
      problems.add(p.sections.table, "Sections", "key", row.cell("key"), {
        problem: "key_like_cell",
        value: row.value.key,
      });
    else sectionKeys.set(key, row.value);
    if (row.value.kind === "table") workbookNames.add(key);
  }
  const listValues = new Map<string, Set<string>>();
  const listLabels = new Map<string, Set<string>>();
  for (const row of p.lists.rows) {
    const values = listValues.get(row.value.list) ?? new Set<string>();
    listValues.set(row.value.list, values);
    if (values.has(row.value.value.value.toLowerCase()))
      problems.add(p.lists.table, "Lists", "value", row.cell("value"), {
        problem: "duplicate_key",
        value: row.value.value.value,
      });
    values.add(row.value.value.value.toLowerCase());
    const labels = listLabels.get(row.value.list) ?? new Set<string>();
    listLabels.set(row.value.list, labels);
    for (const [column, label] of [
      ["label_ru", row.value.value.label.ru],
      ["label_en", row.value.value.label.en],
    ] as const) {
      const spelled = `${column}:${normalizeText(label)}`;
      if (labels.has(spelled))
        problems.add(p.lists.table, "Lists", column, row.cell(column), {
          problem: "duplicate_label",
          value: label,
        });
      labels.add(spelled);
    }
  }
  const fieldKeys = new Set<string>();
  const formKeys = new Set<string>();
  const fieldLabels = new Set<string>();
  for (const row of p.fields.rows) {
    const field = row.value;
    const section = sectionKeys.get(field.section.toLowerCase());
    if (!section) {
      problems.add(p.fields.table, "Fields", "section", row.cell("section"), {
        problem: "unknown_section",
        value: field.section,
      });
      continue;
    }
    const scoped = `${section.key}.${field.key.toLowerCase()}`;
    const isForm = section.kind === "form";
    if (fieldKeys.has(scoped) || (isForm && formKeys.has(field.key.toLowerCase()))) {
      problems.add(p.fields.table, "Fields", "key", row.cell("key"), {
        problem: "duplicate_key",
        value: field.key,
      });
    } else if (isForm && looksLikeCellReference(field.key)) {
      problems.add(p.fields.table, "Fields", "key", row.cell("key"), {
        problem: "key_like_cell",
        value: field.key,
      });
    } else if (isForm && workbookNames.has(field.key.toLowerCase())) {
      problems.add(p.fields.table, "Fields", "key", row.cell("key"), {
        problem: "name_clash",
        value: field.key,
      });
    }
    fieldKeys.add(scoped);
    if (isForm) formKeys.add(field.key.toLowerCase());
    if (field.type.kind === "list" && !listValues.has(field.type.list)) {
      const column = String(row.raw["type"] ?? "")
        .toLowerCase()
        .startsWith("list:")
        ? "type"
        : "list";
      problems.add(p.fields.table, "Fields", column, row.cell(column), {
        problem: "unknown_list",
        value: field.type.list,
      });
    }
    for (const [column, label] of [
      ["label_ru", field.label.ru],
      ["label_en", field.label.en],
    ] as const) {
      const spelled = `${section.key}.${column}:${normalizeText(label)}`;
      if (fieldLabels.has(spelled))
        problems.add(p.fields.table, "Fields", column, row.cell(column), {
          problem: "duplicate_label",
          value: label,
        });
      fieldLabels.add(spelled);
    }
  }
}
