import type { WorkbookLayout } from "./types";

/**
 * A layout as reviewable text, one line per fact (sheet, cell, table, column,
 * validation, conditional format, name): the golden file of the default layout is this text, so
 * a change of the layout shows up as a readable diff.
 */
export function layoutText(layout: WorkbookLayout): string {
  const lines: string[] = [
    `layout ${layout.templateVersion} ${layout.lang} ${layout.start} ${layout.period} months=${layout.months.join(",")}`,
  ];
  for (const s of layout.sheets) {
    const p = s.protection;
    const prot = p
      ? `protected(${Object.entries(p)
          .filter(([, v]) => v)
          .map(([k]) => k)
          .join(",")})`
      : "unprotected";
    lines.push(
      `sheet ${s.name} ${s.visibility} ${prot} freeze=${s.freeze.rows},${s.freeze.columns} widths=${s.columnWidths.map((w) => `${w.column}:${w.width}`).join(",")}`
    );
    for (const c of s.cells) {
      const content =
        c.content.kind === "formula" ? `=${c.content.formula}` : JSON.stringify(c.content.value);
      lines.push(
        `  ${s.name}!${c.address} [${c.style} ${c.numberFormat}${c.locked ? "" : " unlocked"}] ${content}`
      );
    }
    for (const t of s.tables) {
      lines.push(
        `  table ${t.name} at ${t.topLeft} rows=${t.rows.length} style=${t.style}${t.totalsRow ? " totals" : ""}`
      );
      for (const c of t.columns) {
        lines.push(
          `    column ${c.key} "${c.header}" [${c.style} ${c.numberFormat}${c.locked ? "" : " unlocked"}]${c.formula ? ` =${c.formula}` : ""}`
        );
      }
      t.rows.forEach((r, i) => {
        if (r.some((v) => v !== null)) lines.push(`    row ${i + 1} ${JSON.stringify(r)}`);
      });
    }
    for (const c of s.charts ?? []) {
      lines.push(
        `  chart ${c.name} ${c.kind} "${c.title}" source=${c.source.sheet}!${c.source.range} by=${c.seriesBy} at ${c.from}:${c.to}`
      );
    }
    for (const f of s.conditionalFormats ?? []) {
      lines.push(
        `  ${f.rule.kind} ${s.name}!${f.range} color=${f.rule.color} max=${f.rule.max === null ? "range" : `=${f.rule.max}`}`
      );
    }
    if (s.hiddenRows && s.hiddenRows.length > 0)
      lines.push(`  hidden rows ${s.hiddenRows.map((h) => `${h.first}:${h.last}`).join(",")}`);
    if (s.rowHeights && s.rowHeights.length > 0)
      lines.push(`  heights ${s.rowHeights.map((h) => `${h.row}:${h.height}`).join(",")}`);
    if (s.print) {
      const p = s.print;
      lines.push(
        `  print ${p.paper} ${p.orientation} fit=${p.fitWidth}x${p.fitHeight ?? "auto"} titles=${p.titleRows ? `${p.titleRows.first}:${p.titleRows.last}` : "none"} breaks=${p.rowBreaks.join(",")}`
      );
    }
    for (const v of s.validations) {
      const rule =
        v.rule.kind === "list"
          ? `list ${v.rule.sheet}!${v.rule.range}`
          : v.rule.kind === "any"
            ? "any"
            : `${v.rule.kind} ${v.rule.min ?? ""}..${v.rule.max ?? ""}`;
      lines.push(
        `  validation ${s.name}!${v.range} ${rule}${v.prompt ? ` prompt="${v.prompt.title}: ${v.prompt.message}"` : ""}${v.error ? ` error=${v.error.style}:"${v.error.message}"` : ""}`
      );
    }
  }
  for (const n of layout.names) lines.push(`name ${n.name} = ${n.sheet}!${n.address}`);
  return `${lines.join("\n")}\n`;
}
