import { blockKeyOfHeader } from "../blocks";
import type { FieldDef, KamConfig } from "../config/types";
import type { Finding } from "../findings";
import type { WorkbookSnapshot } from "../snapshot";
import { makeFinding } from "../text/messages";
import type { CellValue, Lang } from "../values";
import { cellAddress } from "./a1";
import { isEmptyCell, normalizeText, shortText } from "./text";

/** A computed cell that holds a typed value instead of its formula (spec §8). */
export interface OverwrittenCell {
  readonly sheet: string;
  /** A1 on `sheet`. */
  readonly cell: string;
  readonly section: string;
  /** The field key, or the rollup block key (`q1`, `total`) of a SalesPlan / SalesActual column. */
  readonly field: string;
  /** The header or label the cell is under, for the message. */
  readonly label: string;
  /** 0-based body row of a table cell, null for a form field. */
  readonly row: number | null;
  readonly value: CellValue;
}

function hidden(config: KamConfig, field: FieldDef): boolean {
  return field.hidden || config.sections.some((s) => s.key === field.section && s.hidden);
}

/**
 * Every computed cell of the plan sheets that holds a value but no formula:
 * a computed form field's cell (by its defined name) and a calculated-column
 * cell (a computed table field, or a rollup column of SalesPlan / SalesActual).
 * Only where the reader read formulas (`SnapshotName.formula`,
 * `SnapshotTable.formulas` present); an emptied cell is not listed (nothing
 * was typed; the next restructuring writes the formula back). Pure.
 */
export function overwrittenCells(
  snapshot: WorkbookSnapshot,
  config: KamConfig,
  lang: Lang
): readonly OverwrittenCell[] {
  const out: OverwrittenCell[] = [];
  const computed = config.fields.filter((f) => f.type.kind === "computed" && !hidden(config, f));
  const isForm = (section: string): boolean =>
    config.sections.some((s) => s.key === section && s.kind === "form");
  for (const field of computed.filter((f) => isForm(f.section))) {
    const name = snapshot.names.find((n) => n.name === field.key);
    if (!name || name.formula !== null || name.sheet === null || name.address === null) continue;
    if (isEmptyCell(name.value)) continue;
    out.push({
      sheet: name.sheet,
      cell: name.address,
      section: field.section,
      field: field.key,
      label: field.label[lang],
      row: null,
      value: name.value,
    });
  }
  for (const section of config.sections.filter((s) => s.kind === "table" && !s.hidden)) {
    const table = snapshot.tables.find((t) => t.name === section.key);
    if (!table?.formulas) continue;
    const fields = computed
      .filter((f) => f.section === section.key)
      .map((f) => ({ key: f.key, ru: normalizeText(f.label.ru), en: normalizeText(f.label.en) }));
    const columns = table.headers.map((header) => {
      const wanted = normalizeText(header);
      const field = fields.find((f) => f.ru === wanted || f.en === wanted);
      if (field) return { key: field.key, label: header };
      const block = blockKeyOfHeader(header);
      return block === null ? null : { key: block, label: header };
    });
    table.rows.forEach((cells, r) => {
      columns.forEach((column, c) => {
        if (column === null) return;
        const value = cells[c] ?? null;
        if (isEmptyCell(value) || (table.formulas?.[r]?.[c] ?? null) !== null) return;
        const cell = cellAddress(table.address, 1 + r, c);
        if (cell === null) return;
        out.push({
          sheet: table.sheet,
          cell,
          section: section.key,
          field: column.key,
          label: column.label,
          row: r,
          value,
        });
      });
    });
  }
  return out;
}

/** FORMULA_OVERWRITTEN (error) for every cell of `overwrittenCells`, in `lang`. */
export function overwrittenFormulaFindings(
  snapshot: WorkbookSnapshot,
  config: KamConfig,
  lang: Lang
): readonly Finding[] {
  return overwrittenCells(snapshot, config, lang).map((o) =>
    makeFinding(
      "FORMULA_OVERWRITTEN",
      lang,
      { sheet: o.sheet, cell: o.cell, name: o.row === null ? o.field : null },
      { cell: `${o.sheet}!${o.cell}`, field: o.label, value: shortText(o.value) }
    )
  );
}
