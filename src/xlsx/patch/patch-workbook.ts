import JSZip from "jszip";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { parseA1 } from "../../domain/read/a1";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import type { CellValue } from "../../domain/values";
import { SHEET } from "../../layout/sheets";
import type { ArchiveRow, WorkbookLayout } from "../../layout/types";
import { openXlsxPackage } from "../guard/package";
import { readSharedStrings, readSheetCells } from "../read/cells";
import { decodeEntities } from "../read/xml";
import { writeWorkbook } from "../write";
import { archiveValueCells, cellMover, tableMove, type SheetMoves } from "./cell-mover";
import { rewriteFormulaRefs, sheetCellRef, type CellMover } from "./formula-refs";
import {
  CONTENT_TYPE,
  PackageParts,
  REL_TYPE,
  freePartName,
  relativeTarget,
  targetPart,
  updateContentTypes,
} from "./package-parts";
import { keyOf, placeUserCells, type At, type Block } from "./placement";
import {
  layoutContent,
  layoutOccupied,
  managedRegions,
  spanOf,
  type SheetContent,
} from "./regions";
import {
  cellFormula,
  cellHasContent,
  escapeText,
  parseSheetXml,
  serializeSheetXml,
  type SheetCell,
  type SheetXml,
} from "./sheet-xml";
import { mergeSharedStrings, mergeStyles } from "./styles-merge";

/** Sheets the layout owns. */
const MANAGED: ReadonlySet<string> = new Set(Object.values(SHEET));
/** The relationships namespace of `r:id`. */
const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Managed sheets whose user cells (outside the managed regions) are kept. */
const PATCHED: ReadonlySet<string> = new Set([SHEET.actionPlan, SHEET.dossier, SHEET.config]);
const PLAN_SHEETS: ReadonlySet<string> = new Set([SHEET.actionPlan, SHEET.dossier]);
const DEFAULT_KEYS: ReadonlySet<string> = new Set(DEFAULT_CONFIG.fields.map((f) => f.key));

/** What a restructuring of a file needs besides the file. */
export interface PatchInput {
  /** The workbook as it is on disk. */
  readonly original: Uint8Array;
  readonly fileName: string;
  /** Its snapshot (already read, so already guarded). */
  readonly snapshot: WorkbookSnapshot;
  /** The new layout, with `extraArchive` appended to the Archive (user cells the layout displaced). */
  readonly layoutFor: (extraArchive: readonly ArchiveRow[]) => WorkbookLayout;
  /** How many Archive rows the workbook had before this run (references never follow older rows). */
  readonly archiveBefore: number;
  /** The Archive's reason for a user cell the layout now needs, in the workbook language. */
  readonly displacedReason: string;
  /** The writer of the fresh package (default: the .xlsx writer); tests pass a memoised one. */
  readonly render?: (layout: WorkbookLayout) => Promise<Buffer>;
  /** Zip compression of the result (default DEFLATE; tests that only read it back use STORE). */
  readonly compression?: "DEFLATE" | "STORE";
}

/** A reference of the user that could not follow its cell: where the formula is, and the reference. */
export interface UnresolvedReference {
  readonly cell: string;
  readonly reference: string;
}

/** What the patch did, for the command's report. */
export interface PatchReport {
  /** User cells on the plan and Config sheets kept in place or moved with their block. */
  readonly userCellsKept: number;
  /** Of those, the ones that moved: old and new `Sheet!A1`. */
  readonly userCellsMoved: readonly { readonly from: string; readonly to: string }[];
  /** User cells moved to the Archive (the layout needs their place). */
  readonly userCellsArchived: readonly ArchiveRow[];
  /** Formulas, names and chart series whose A1 references were rewritten. */
  readonly formulasRewritten: number;
  readonly unresolved: readonly UnresolvedReference[];
}

// Defined beside the reference rewriter (pure): the Office.js adapter imports it without this module's zip code.
export { sheetCellRef } from "./formula-refs";

interface OldSheet {
  readonly name: string;
  readonly part: string | null;
  readonly tag: string;
}

interface UserCell {
  readonly sheet: string;
  readonly cell: SheetCell;
}

/** The workbook part's `<sheet>` tags with their parts. */
async function workbookSheets(
  parts: PackageParts,
  workbookPart: string,
  xml: string
): Promise<OldSheet[]> {
  const rels = await parts.relationships(workbookPart);
  return [...xml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => {
    const tag = m[0];
    const name = decodeEntities(/\bname="([^"]*)"/.exec(tag)?.[1] ?? "");
    const id = /\br:id="([^"]*)"/.exec(tag)?.[1];
    const rel = rels.find((r) => r.id === id);
    return { name, part: rel ? targetPart(workbookPart, rel) : null, tag };
  });
}

/** Decoded cached values of a parsed sheet, plus a marker for formula cells without one. */
function sheetValues(
  xml: string,
  sharedStrings: readonly string[],
  parsed: SheetXml
): Map<number, CellValue> {
  const values = new Map<number, CellValue>(
    readSheetCells(xml, { sharedStrings, shiftDates1904: null })
  );
  for (const row of parsed.rows)
    for (const cell of row.cells) {
      const key = keyOf(cell.row, cell.col);
      if (!values.has(key) && cellHasContent(cell)) values.set(key, "=");
    }
  return values;
}

/** Rewrite the formulas (`<f>`, validation and conditional-format formulas, `<xm:f>`, `<c:f>`) of a part. */
function rewritePartFormulas(
  xml: string,
  ownSheet: string | null,
  move: CellMover,
  where: string,
  unresolved: UnresolvedReference[]
): { xml: string; count: number } {
  let count = 0;
  const out = xml.replace(
    /<((?:c:|xm:)?f|formula1?|formula2)\b([^>]*?)>([^<]*)<\/\1>/g,
    (whole, tag: string, attrs: string, body: string) => {
      if (body === "") return whole;
      const shared = /\bt="shared"/.test(attrs);
      const result = rewriteFormulaRefs(decodeEntities(body), ownSheet, move);
      for (const reference of result.unresolved) unresolved.push({ cell: where, reference });
      if (!result.changed) return whole;
      if (shared) {
        unresolved.push({ cell: where, reference: body });
        return whole;
      }
      count += 1;
      return `<${tag}${attrs}>${escapeText(result.text)}</${tag}>`;
    }
  );
  return { xml: out, count };
}

/**
 * Restructure a workbook file in place (spec §8): render the new layout with
 * the .xlsx writer into a fresh package, then merge: the managed sheets'
 * parts (cells, tables) come from the fresh package, everything else —
 * user sheets with their relationships, drawings, charts, comments, custom
 * parts, docProps, the user's defined names — stays as it was, byte for
 * byte unless a reference in it had to follow a moved cell. On ActionPlan,
 * Dossier and Config the user's cells outside the managed regions are kept,
 * moved with the block beside or above them, or put on the Archive with their
 * old `Sheet!A1` when the layout needs their place. Styles and shared strings
 * of the fresh package are merged into the user's (indexes remapped), so the
 * user's cells keep theirs.
 */
export async function patchWorkbook(input: PatchInput): Promise<{
  readonly bytes: Buffer;
  readonly layout: WorkbookLayout;
  readonly report: PatchReport;
}> {
  const pkg = openXlsxPackage(input.original, input.fileName);
  const parts = new PackageParts(await JSZip.loadAsync(input.original));
  const workbookPart = pkg.workbookPart;
  const workbookXml = (await parts.text(workbookPart)) ?? "";
  const oldSheets = await workbookSheets(parts, workbookPart, workbookXml);
  const workbookRels = await parts.relationships(workbookPart);
  const sstRel = workbookRels.find((r) => r.type === "sharedStrings");
  const stylesRel = workbookRels.find((r) => r.type === "styles");
  const sstPart = sstRel ? targetPart(workbookPart, sstRel) : null;
  const sharedStrings = readSharedStrings(sstPart ? await parts.text(sstPart) : null);

  // 1. The workbook as it was: managed regions and the user's cells of the patched sheets.
  const layout0 = input.layoutFor([]);
  const layoutNames = new Set(layout0.names.map((n) => n.name));
  const oldParsed = new Map<string, { xml: string; parsed: SheetXml; content: SheetContent }>();
  const isLayoutName = new Map<string, boolean>();
  for (const sheet of oldSheets) {
    if (!PATCHED.has(sheet.name) || sheet.part === null) continue;
    const xml = await parts.text(sheet.part);
    if (xml === null) continue;
    const parsed = parseSheetXml(xml);
    const values = sheetValues(xml, sharedStrings, parsed);
    const tables = input.snapshot.tables
      .filter((t) => t.sheet === sheet.name)
      .flatMap((t) => spanOf(t.name, t.address) ?? []);
    // A form field's name: one the layout or the default configuration knows, or (a removed
    // custom field) a lower-case key at a B cell with a label beside it that no known name holds.
    const known = new Set(
      input.snapshot.names
        .filter(
          (n) => n.sheet === sheet.name && (layoutNames.has(n.name) || DEFAULT_KEYS.has(n.name))
        )
        .map((n) => n.address)
    );
    const names = input.snapshot.names.flatMap((n) => {
      if (n.sheet !== sheet.name || n.address === null || n.address.includes(":")) return [];
      const at = parseA1(n.address);
      if (!at) return [];
      const inTable = tables.some(
        (t) => at.row >= t.top && at.row <= t.bottom && at.col >= t.left && at.col <= t.right
      );
      const layout =
        PLAN_SHEETS.has(sheet.name) &&
        !inTable &&
        (layoutNames.has(n.name) ||
          DEFAULT_KEYS.has(n.name) ||
          (at.col === 1 &&
            /^[a-z][a-z0-9_]*$/.test(n.name) &&
            values.has(keyOf(at.row, 0)) &&
            !known.has(n.address)));
      isLayoutName.set(n.name, layout);
      return layout ? [{ name: n.name, row: at.row, col: at.col }] : [];
    });
    oldParsed.set(sheet.name, {
      xml,
      parsed,
      content: { sheet: sheet.name, values, names, tables },
    });
  }

  // 2. Where the user's cells go in the new layout; displaced ones go to the Archive.
  const placements = new Map<string, Map<number, At | null>>();
  const userCells: UserCell[] = [];
  const extraArchive: ArchiveRow[] = [];
  const oldRegionsOf = new Map<string, readonly Block[]>();
  for (const [name, old] of oldParsed) {
    const next = layout0.sheets.find((s) => s.name === name);
    const regions = managedRegions(old.content);
    oldRegionsOf.set(name, regions.blocks);
    const nextContent = next ? layoutContent(layout0, next) : null;
    const nextRegions = nextContent ? managedRegions(nextContent) : null;
    const mine: SheetCell[] = [];
    for (const row of old.parsed.rows)
      for (const cell of row.cells) {
        const key = keyOf(cell.row, cell.col);
        if (!cellHasContent(cell) || regions.cells.has(key)) continue;
        const same = nextContent?.values.get(key);
        if (same !== undefined && same === old.content.values.get(key)) continue;
        mine.push(cell);
      }
    const placed = placeUserCells(
      {
        oldBlocks: regions.blocks,
        newBlocks: new Map((nextRegions?.blocks ?? []).map((b) => [b.key, b])),
        occupied: nextContent && nextRegions ? layoutOccupied(nextContent, nextRegions) : new Set(),
      },
      mine
    );
    placements.set(name, placed);
    for (const cell of mine) {
      userCells.push({ sheet: name, cell });
      if (placed.get(keyOf(cell.row, cell.col)) !== null) continue;
      const formula = cellFormula(cell);
      const cached = old.content.values.get(keyOf(cell.row, cell.col)) ?? null;
      extraArchive.push({
        section: name,
        rowKey: null,
        field: "",
        address: sheetCellRef(name, cell.row, cell.col),
        value: formula && formula.text !== "" ? `=${formula.text}` : cached === "=" ? null : cached,
        reason: input.displacedReason,
      });
    }
  }
  const layout = extraArchive.length > 0 ? input.layoutFor(extraArchive) : layout0;
  const fresh = new PackageParts(
    await JSZip.loadAsync(await (input.render ?? writeWorkbook)(layout))
  );

  // 3. Where every moved cell went, for the references of the user.
  const moves = new Map<string, SheetMoves>();
  for (const [name, old] of oldParsed) {
    const next = layout.sheets.find((s) => s.name === name);
    const newNames = new Map(
      layout.names.filter((n) => n.sheet === name).map((n) => [n.name, parseA1(n.address)])
    );
    const nameRows = new Map<number, number | null>();
    for (const n of old.content.names) nameRows.set(n.row, newNames.get(n.name)?.row ?? null);
    const oldSummary = oldRegionsOf.get(name)?.find((b) => b.key === "summary");
    const newSummary = next
      ? managedRegions(layoutContent(layout, next)).blocks.find((b) => b.key === "summary")
      : undefined;
    moves.set(name, {
      sheet: name,
      nameRows,
      userCells: placements.get(name) ?? new Map(),
      summary: oldSummary
        ? { top: oldSummary.top, shift: newSummary ? newSummary.top - oldSummary.top : null }
        : null,
      tables: input.snapshot.tables
        .filter((t) => t.sheet === name)
        .flatMap(
          (t) =>
            tableMove(
              t,
              next?.tables.find((x) => x.name === t.name)
            ) ?? []
        ),
    });
  }
  const move = cellMover(moves, archiveValueCells(layout, input.archiveBefore), sheetCellRef);
  const unresolved: UnresolvedReference[] = [];
  let formulasRewritten = 0;

  // 4. Styles and shared strings: the fresh package's merged into the user's.
  const freshWorkbookRels = await fresh.relationships("xl/workbook.xml");
  const freshStylesRel = freshWorkbookRels.find((r) => r.type === "styles");
  const freshSstRel = freshWorkbookRels.find((r) => r.type === "sharedStrings");
  const freshStyles = freshStylesRel
    ? await fresh.text(targetPart("xl/workbook.xml", freshStylesRel))
    : null;
  const stylesPart = stylesRel ? targetPart(workbookPart, stylesRel) : null;
  const baseStyles = stylesPart ? await parts.text(stylesPart) : null;
  const styles =
    baseStyles !== null && freshStyles !== null ? mergeStyles(baseStyles, freshStyles) : null;
  if (styles && stylesPart) parts.set(stylesPart, styles.xml);
  const strings = mergeSharedStrings(
    sstPart ? await parts.text(sstPart) : null,
    freshSstRel ? await fresh.text(targetPart("xl/workbook.xml", freshSstRel)) : null
  );
  const newSstPart = sstPart ?? "xl/sharedStrings.xml";
  parts.set(newSstPart, strings.xml);
  const xfOf = (s: string): string => String(styles?.xf[Number(s)] ?? s);

  // 5. The managed sheets: fresh XML, the user's cells and drawings merged in.
  const freshSheets = await workbookSheets(
    fresh,
    "xl/workbook.xml",
    (await fresh.text("xl/workbook.xml")) ?? ""
  );
  const removed = new Set<string>();
  const added = new Map<string, string>();
  const usedNames = new Set<string>();
  let tableId = 0;
  const keptSheets = oldSheets.filter((s) => !MANAGED.has(s.name));
  for (const sheet of keptSheets) {
    if (sheet.part === null) continue;
    for (const rel of await parts.relationships(sheet.part)) {
      if (rel.type !== "table") continue;
      const xml = await parts.text(targetPart(sheet.part, rel));
      tableId = Math.max(tableId, Number(/<table\b[^>]*?\bid="(\d+)"/.exec(xml ?? "")?.[1] ?? 0));
    }
  }
  const sheetPartOf = new Map<string, string>();
  for (const old of oldSheets) {
    if (!MANAGED.has(old.name) || old.part === null) continue;
    const keep = freshSheets.some((s) => s.name === old.name);
    for (const rel of await parts.relationships(old.part)) {
      if (rel.external) continue;
      if (rel.type === "table" || !keep || !PATCHED.has(old.name)) {
        const target = targetPart(old.part, rel);
        parts.remove(target);
        removed.add(target);
      }
    }
    if (keep) sheetPartOf.set(old.name, old.part);
    else {
      parts.remove(old.part);
      removed.add(old.part);
      parts.setRelationships(old.part, []);
    }
  }
  const movedReport: { from: string; to: string }[] = [];
  for (const freshSheet of freshSheets) {
    if (freshSheet.part === null) continue;
    const freshXml = (await fresh.text(freshSheet.part)) ?? "";
    const sheet = parseSheetXml(freshXml);
    for (const row of sheet.rows) {
      (row as { attrs: string }).attrs = row.attrs.replace(
        /\bs="(\d+)"/,
        (_w, s: string) => `s="${xfOf(s)}"`
      );
      row.cells = row.cells.map((cell) => {
        let attrs = cell.attrs.replace(/\bs="(\d+)"/, (_w, s: string) => `s="${xfOf(s)}"`);
        let inner = cell.inner;
        if (/\bt="s"/.test(attrs))
          inner = inner.replace(
            /<v>(\d+)<\/v>/,
            (_w, i: string) => `<v>${strings.index[Number(i)] ?? i}</v>`
          );
        attrs = attrs.replace(/\s+$/, "");
        return { ...cell, attrs, inner };
      });
    }
    let head = sheet.head.replace(
      /(<col\b[^>]*?\bstyle=")(\d+)"/g,
      (_w, a: string, s: string) => `${a}${xfOf(s)}"`
    );
    const freshRels = await fresh.relationships(freshSheet.part);
    const ids = new Map<string, string>();
    freshRels.forEach((rel, i) => {
      ids.set(rel.id, `rIdKam${i + 1}`);
    });
    let tail = sheet.tail.replace(/\br:id="([^"]*)"/g, (whole, id: string) =>
      ids.has(id) ? `r:id="${ids.get(id) ?? id}"` : whole
    );
    const oldPart = sheetPartOf.get(freshSheet.name) ?? null;
    const old = oldParsed.get(freshSheet.name);
    const keptRels: string[] = [];
    if (old && oldPart !== null) {
      const placed = placements.get(freshSheet.name) ?? new Map<number, At | null>();
      const byRow = new Map(sheet.rows.map((r) => [r.r, r]));
      for (const { sheet: owner, cell } of userCells) {
        if (owner !== freshSheet.name) continue;
        const at = placed.get(keyOf(cell.row, cell.col));
        if (!at) continue;
        if (at.row !== cell.row || at.col !== cell.col)
          movedReport.push({
            from: sheetCellRef(owner, cell.row, cell.col),
            to: sheetCellRef(owner, at.row, at.col),
          });
        let inner = cell.inner;
        const formula = cellFormula(cell);
        const where = sheetCellRef(owner, at.row, at.col);
        if (formula) {
          const result = rewriteFormulaRefs(formula.text, owner, move);
          for (const reference of result.unresolved) unresolved.push({ cell: where, reference });
          if (result.changed) {
            formulasRewritten += 1;
          }
          if (formula.shared !== null && formula.text === "")
            unresolved.push({ cell: where, reference: `shared formula ${formula.shared}` });
          const attrs = formula.attrs.replace(/\s*\b(t="shared"|ref="[^"]*"|si="\d+")/g, "");
          inner = inner.replace(
            /<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/,
            formula.text === "" ? "" : `<f${attrs}>${escapeText(result.text)}</f>`
          );
        }
        const r = at.row + 1;
        let target = byRow.get(r);
        if (!target) {
          target = { r, attrs: "", cells: [] };
          byRow.set(r, target);
          sheet.rows.push(target);
        }
        target.cells = target.cells.filter((c) => c.col !== at.col);
        target.cells.push({ row: at.row, col: at.col, attrs: cell.attrs, inner });
      }
      // The user's drawings, comments and pictures on the sheet stay with it.
      const oldHead = old.parsed.head;
      const oldTail = old.parsed.tail;
      const freshMaxCol = Math.max(
        0,
        ...[...head.matchAll(/<col\b[^>]*?\bmax="(\d+)"/g)].map((m) => Number(m[1]))
      );
      const userCols = [...oldHead.matchAll(/<col\b[^>]*?\/>/g)]
        .map((m) => m[0])
        .filter((c) => Number(/\bmin="(\d+)"/.exec(c)?.[1] ?? 0) > freshMaxCol);
      if (userCols.length > 0)
        head = /<\/cols>/.test(head)
          ? head.replace(/<\/cols>/, `${userCols.join("")}</cols>`)
          : head.replace(/(<sheetFormatPr\b[^>]*?\/>)/, `$1<cols>${userCols.join("")}</cols>`);
      const carried = [
        ...oldTail.matchAll(/<(drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*?\/>/g),
      ].map((m) => m[0]);
      if (carried.length > 0) {
        const at =
          ["<tableParts", "<extLst", "</worksheet>"]
            .map((t) => tail.indexOf(t))
            .find((i) => i >= 0) ?? tail.length;
        tail = `${tail.slice(0, at)}${carried.join("")}${tail.slice(at)}`;
      }
      for (const rel of await parts.relationships(oldPart))
        if (rel.type !== "table") keptRels.push(rel.tag);
    }
    // The fresh sheet's tables, under part names and ids free in the user's package.
    const part = oldPart ?? freePartName(parts, "xl/worksheets", "sheet", usedNames);
    const relTags: string[] = [...keptRels];
    for (const rel of freshRels) {
      const id = ids.get(rel.id) ?? rel.id;
      if (rel.type !== "table" || rel.external) {
        relTags.push(rel.tag.replace(/\bId="[^"]*"/, `Id="${id}"`));
        continue;
      }
      const tableXml = (await fresh.text(targetPart(freshSheet.part, rel))) ?? "";
      const tablePart = freePartName(parts, "xl/tables", "table", usedNames);
      tableId += 1;
      parts.set(tablePart, tableXml.replace(/(<table\b[^>]*?\bid=")(\d+)"/, `$1${tableId}"`));
      added.set(tablePart, CONTENT_TYPE.table);
      relTags.push(
        `<Relationship Id="${id}" Type="${REL_TYPE.table}" Target="${relativeTarget(part, tablePart)}"/>`
      );
    }
    const xml = serializeSheetXml({ head, rows: sheet.rows, tail });
    parts.set(part, xml);
    parts.setRelationships(part, relTags);
    if (oldPart === null) {
      added.set(part, CONTENT_TYPE.worksheet);
      sheetPartOf.set(freshSheet.name, part);
    }
  }

  // 6. The user's sheets, names and charts: references into moved cells follow them.
  for (const sheet of keptSheets) {
    if (sheet.part === null) continue;
    const xml = await parts.text(sheet.part);
    if (xml === null || !/<f\b|<formula|<xm:f/.test(xml)) continue;
    const result = rewritePartFormulas(xml, null, move, sheet.name, unresolved);
    if (result.count > 0) {
      parts.set(sheet.part, result.xml);
      formulasRewritten += result.count;
    }
  }
  for (const name of parts.names().filter((p) => /^xl\/charts\/chart[^/]*\.xml$/i.test(p))) {
    const xml = (await parts.text(name)) ?? "";
    const result = rewritePartFormulas(xml, null, move, name, unresolved);
    if (result.count > 0) {
      parts.set(name, result.xml);
      formulasRewritten += result.count;
    }
  }

  // 7. The workbook part: sheets in the user's order, the layout's names and the user's.
  const order: { name: string; tag: string | null }[] = [];
  for (const old of oldSheets) {
    if (!MANAGED.has(old.name)) order.push({ name: old.name, tag: old.tag });
    else if (freshSheets.some((s) => s.name === old.name))
      order.push({ name: old.name, tag: old.tag });
  }
  freshSheets.forEach((s, i) => {
    if (order.some((o) => o.name === s.name)) return;
    const before = freshSheets
      .slice(0, i)
      .reverse()
      .find((p) => order.some((o) => o.name === p.name));
    const at = before ? order.findIndex((o) => o.name === before.name) + 1 : 0;
    order.splice(at, 0, { name: s.name, tag: null });
  });
  let nextSheetId = Math.max(
    0,
    ...oldSheets.map((s) => Number(/\bsheetId="(\d+)"/.exec(s.tag)?.[1] ?? 0))
  );
  const relTags = (await parts.relationships(workbookPart))
    .filter((r) => {
      if (r.type === "calcChain") {
        const target = targetPart(workbookPart, r);
        parts.remove(target);
        removed.add(target);
        return false;
      }
      if (r.type !== "worksheet") return true;
      const target = targetPart(workbookPart, r);
      return !removed.has(target);
    })
    .map((r) => r.tag);
  if (!sstRel) {
    relTags.push(
      `<Relationship Id="rIdKamSst" Type="${REL_TYPE.sharedStrings}" Target="${relativeTarget(workbookPart, newSstPart)}"/>`
    );
    added.set(newSstPart, CONTENT_TYPE.sharedStrings);
  }
  const sheetTags = order.map((o, i) => {
    const freshTag = freshSheets.find((s) => s.name === o.name)?.tag ?? null;
    const state = freshTag ? (/\bstate="([^"]*)"/.exec(freshTag)?.[1] ?? "visible") : null;
    if (o.tag !== null) {
      if (state === null) return o.tag;
      const withoutState = o.tag.replace(/\s*\bstate="[^"]*"/, "");
      return state === "visible"
        ? withoutState
        : withoutState.replace(/<sheet\b/, `<sheet state="${state}"`);
    }
    nextSheetId += 1;
    const id = `rIdKamSheet${i + 1}`;
    relTags.push(
      `<Relationship Id="${id}" Type="${REL_TYPE.worksheet}" Target="${relativeTarget(workbookPart, sheetPartOf.get(o.name) ?? "")}"/>`
    );
    // The tag declares its r: prefix: openpyxl declares it on each <sheet>, not on <workbook>.
    return `<sheet xmlns:r="${R_NAMESPACE}" name="${escapeText(o.name).replace(/"/g, "&quot;")}" sheetId="${nextSheetId}"${state && state !== "visible" ? ` state="${state}"` : ""} r:id="${id}"/>`;
  });
  parts.setRelationships(workbookPart, relTags);
  const indexOf = new Map(order.map((o, i) => [o.name, i]));
  const names: string[] = [];
  for (const m of workbookXml.matchAll(
    /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g
  )) {
    const attrs = m[1] ?? "";
    const name = decodeEntities(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const local = /\blocalSheetId="(\d+)"/.exec(attrs)?.[1];
    const localSheet = local !== undefined ? oldSheets[Number(local)]?.name : undefined;
    if (localSheet !== undefined && MANAGED.has(localSheet)) continue;
    if (local === undefined && (layoutNames.has(name) || isLayoutName.get(name) === true)) continue;
    const body = decodeEntities(m[2] ?? "");
    if (local === undefined && /^(?:'?(?:Lists|Calc|Archive)'?)!/.test(body)) continue;
    const rewritten = rewriteFormulaRefs(body, null, move);
    for (const reference of rewritten.unresolved) unresolved.push({ cell: name, reference });
    if (rewritten.changed) {
      formulasRewritten += 1;
    }
    const newAttrs =
      localSheet !== undefined
        ? attrs.replace(/\blocalSheetId="\d+"/, `localSheetId="${indexOf.get(localSheet) ?? 0}"`)
        : attrs;
    names.push(
      rewritten.changed
        ? `<definedName${newAttrs}>${escapeText(rewritten.text)}</definedName>`
        : m[0].replace(attrs, newAttrs)
    );
  }
  const freshWorkbook = (await fresh.text("xl/workbook.xml")) ?? "";
  for (const m of freshWorkbook.matchAll(/<definedName\b([^>]*?)>([\s\S]*?)<\/definedName>/g)) {
    const local = /\blocalSheetId="(\d+)"/.exec(m[1] ?? "")?.[1];
    if (local === undefined) {
      names.push(m[0]);
      continue;
    }
    // A managed sheet's own name (its print titles): the sheet's index in the new order.
    const owner = freshSheets[Number(local)]?.name;
    const at = owner === undefined ? undefined : indexOf.get(owner);
    if (at !== undefined) names.push(m[0].replace(/\blocalSheetId="\d+"/, `localSheetId="${at}"`));
  }
  let workbook = workbookXml.replace(
    /<sheets\b[^>]*?>[\s\S]*?<\/sheets>/,
    () => `<sheets>${sheetTags.join("")}</sheets>`
  );
  const definedNames = names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
  workbook = /<definedNames\b/.test(workbook)
    ? workbook.replace(/<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/, () => definedNames)
    : workbook.replace(/<\/sheets>/, () => `</sheets>${definedNames}`);
  if (/<calcPr\b/.test(workbook))
    workbook = workbook.replace(
      /<calcPr\b([^>]*?)(\/?)>/,
      (_w, attrs: string, close: string) =>
        `<calcPr${attrs.replace(/\s*\bfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`
    );
  else {
    const after = ["</definedNames>", "</externalReferences>", "</sheets>"].find((t) =>
      workbook.includes(t)
    );
    if (after !== undefined)
      workbook = workbook.replace(after, `${after}<calcPr fullCalcOnLoad="1"/>`);
  }
  workbook = workbook.replace(
    /(<workbookView\b[^>]*?\bactiveTab=")(\d+)"/,
    (whole, a: string, n: string) => (Number(n) >= order.length ? `${a}0"` : whole)
  );
  parts.set(workbookPart, workbook);

  // 8. The shared strings' count is the number of cells that use them (Excel's rule).
  let references = 0;
  for (const name of order.map((o) => o.name)) {
    const part = sheetPartOf.get(name) ?? oldSheets.find((s) => s.name === name)?.part ?? null;
    const xml = part === null ? null : await parts.text(part);
    if (xml !== null) references += (xml.match(/<c\b[^>]*?\bt="s"/g) ?? []).length;
  }
  parts.set(
    newSstPart,
    strings.xml.replace(
      /(<sst\b[^>]*?\bcount=")\d+"/,
      (_w, head: string) => `${head}${references}"`
    )
  );

  // 9. Content types.
  const types = (await parts.text("[Content_Types].xml")) ?? "";
  parts.set("[Content_Types].xml", updateContentTypes(types, removed, added));

  const kept = userCells.filter(
    (u) => placements.get(u.sheet)?.get(keyOf(u.cell.row, u.cell.col)) !== null
  );
  return {
    bytes: await parts.generate(input.compression),
    layout,
    report: {
      userCellsKept: kept.length,
      userCellsMoved: movedReport,
      userCellsArchived: extraArchive,
      formulasRewritten,
      unresolved,
    },
  };
}
