import { fieldTypeText, sameFieldType } from "./field-types";
import { headerCell, type ConfigProblems } from "./config-table";
import type { ParsedRows } from "./consistency";
import { CORE_LIST_VALUES, DEFAULT_CONFIG } from "./defaults";

type DefaultField = (typeof DEFAULT_CONFIG.fields)[number];
const defaults = new Map(DEFAULT_CONFIG.fields.map((f) => [`${f.section}.${f.key}`, f]));
const CORE_FIELDS = DEFAULT_CONFIG.fields.filter((f) => f.core);
const coreSections = new Set(CORE_FIELDS.map((f) => f.section));
const coreByKey = new Map<string, DefaultField[]>();
for (const f of CORE_FIELDS) coreByKey.set(f.key, [...(coreByKey.get(f.key) ?? []), f]);

/**
 * What a SKAM may not change (spec section 3): a core field may be relabelled,
 * reordered or made required, but not deleted, retyped, moved to another
 * section, hidden or made optional; the core flag is the add-in's (built-in
 * fields keep theirs, custom fields are never core) and only core fields are
 * computed. Sections holding core fields keep their kind and may not be
 * deleted; list values the checks rely on (CORE_LIST_VALUES) may not be deleted.
 * A deleted row has no cell: the finding points at the table's header.
 */
export function checkCoreRules(p: ParsedRows, problems: ConfigProblems): void {
  for (const section of DEFAULT_CONFIG.sections.filter((s) => coreSections.has(s.key))) {
    const row = p.sections.rows.find((r) => r.value.key === section.key);
    if (!row)
      problems.add(p.sections.table, "Sections", "key", headerCell(p.sections.table), {
        problem: "core_section_deleted",
        value: section.key,
      });
    else if (row.value.kind !== section.kind)
      problems.add(p.sections.table, "Sections", "kind", row.cell("kind"), {
        problem: "core_section_kind",
        value: section.key,
        expected: section.kind,
      });
  }
  const present = new Set(p.fields.rows.map((r) => `${r.value.section}.${r.value.key}`));
  const movedRows = new Set<string>();
  for (const row of p.fields.rows) {
    const field = row.value;
    const builtIn = defaults.get(`${field.section}.${field.key}`);
    const add = (
      column: string,
      problem:
        | "core_field_moved"
        | "core_flag"
        | "computed_custom"
        | "core_field_retyped"
        | "core_field_optional"
        | "core_field_hidden",
      expected: string
    ): void =>
      problems.add(p.fields.table, "Fields", column, row.cell(column), {
        problem,
        value: field.key,
        expected,
      });
    if (!builtIn) {
      const moved = coreByKey
        .get(field.key)
        ?.find(
          (f) => !present.has(`${f.section}.${f.key}`) && !movedRows.has(`${f.section}.${f.key}`)
        );
      if (moved) {
        movedRows.add(`${moved.section}.${moved.key}`);
        add("section", "core_field_moved", moved.section);
      } else if (field.core) add("core", "core_flag", "FALSE");
      else if (field.type.kind === "computed") add("type", "computed_custom", "");
      continue;
    }
    if (field.core !== builtIn.core) add("core", "core_flag", builtIn.core ? "TRUE" : "FALSE");
    if (!builtIn.core) {
      if (field.type.kind === "computed" && builtIn.type.kind !== "computed")
        add("type", "computed_custom", "");
      continue;
    }
    if (!sameFieldType(field.type, builtIn.type)) {
      const column =
        field.type.kind === "list" &&
        builtIn.type.kind === "list" &&
        String(row.raw["list"] ?? "") !== ""
          ? "list"
          : "type";
      add(column, "core_field_retyped", fieldTypeText(builtIn.type));
    }
    if (builtIn.required && !field.required) add("required", "core_field_optional", "TRUE");
    if (field.hidden) add("hidden", "core_field_hidden", "FALSE");
  }
  for (const builtIn of CORE_FIELDS) {
    const id = `${builtIn.section}.${builtIn.key}`;
    if (!present.has(id) && !movedRows.has(id))
      problems.add(p.fields.table, "Fields", "key", headerCell(p.fields.table), {
        problem: "core_field_deleted",
        value: builtIn.key,
        section: builtIn.section,
      });
  }
  const listValues = new Set(p.lists.rows.map((r) => `${r.value.list}.${r.value.value.value}`));
  for (const [list, values] of Object.entries(CORE_LIST_VALUES)) {
    for (const value of values) {
      if (!listValues.has(`${list}.${value}`)) {
        problems.add(p.lists.table, "Lists", "value", headerCell(p.lists.table), {
          problem: "core_list_value_deleted",
          value,
          section: list,
        });
      }
    }
  }
}
