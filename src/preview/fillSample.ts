import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import type { Lang } from "../domain/values";
import type { SamplePlan } from "./samplePlan";

/** Header text → field key of a table section, in the workbook language (month columns are their own key). */
function headerKeys(config: KamConfig, section: string, lang: Lang): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const field of config.fields)
    if (field.section === section && field.type.kind !== "computed")
      map.set(field.label[lang].trim().toLowerCase(), field.key);
  return map;
}

/**
 * Type a sample plan into the open workbook through the Office.js API, as a person would: each form
 * field into the cell of its defined name, each table's rows appended under its headers (matched by
 * label in the workbook language, or `YYYY-MM` for a month) into the template's spare rows. Three phases: queue the look-ups, one
 * sync, queue every write, one sync. A missing name or table is skipped (the check will report it).
 */
export async function fillSample(
  plan: SamplePlan,
  lang: Lang,
  config: KamConfig = DEFAULT_CONFIG
): Promise<void> {
  await Excel.run(async (context) => {
    const names = Object.keys(plan.form).map((key) => ({
      key,
      item: context.workbook.names.getItemOrNullObject(key),
    }));
    const tables = Object.keys(plan.tables).map((key) => {
      const table = context.workbook.tables.getItemOrNullObject(key);
      return {
        key,
        table,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values"),
      };
    });
    for (const n of names) n.item.load("name");
    await context.sync();

    for (const { key, item } of names) {
      if (item.isNullObject) continue;
      item.getRange().values = [[plan.form[key] ?? null]];
    }
    for (const { key, table, header, body } of tables) {
      if (table.isNullObject) continue;
      const keys = headerKeys(config, key, lang);
      const columnKeys = (header.values[0] ?? []).map((h) => {
        const text = String(h).trim();
        return /^\d{4}-\d{2}$/.test(text) ? text : keys.get(text.toLowerCase());
      });
      const rows = plan.tables[key] ?? [];
      // The template leaves spare empty rows in each table; a person types into them, column by column
      // (computed columns are locked on the protected sheet and are never written).
      if (rows.length > body.values.length)
        throw new Error(
          `The sample has ${String(rows.length)} rows for ${key}, the template ${String(body.values.length)}`
        );
      columnKeys.forEach((fieldKey, j) => {
        if (fieldKey === undefined || rows.every((r) => r[fieldKey] === undefined)) return;
        body.getCell(0, j).getResizedRange(rows.length - 1, 0).values = rows.map((r) => [
          r[fieldKey] ?? "",
        ]);
      });
    }
    await context.sync();
  });
}
