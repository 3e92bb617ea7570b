import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { calculatePlan } from "../../domain/calc";
import { completenessOf } from "../../domain/completeness";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { KamConfig } from "../../domain/config/types";
import { readPlan } from "../../domain/read";
import { buildLayout } from "../../layout/build";
import { writeWorkbook } from "../write";
import { snapshotOfLayout } from "./layout-snapshot";
import { recalcWithLibreOffice } from "./libreoffice";
import { matches, observedOf, probesOf, type Expected, type Observed, type Probe } from "./probes";
import type { ParityCase } from "./random-plan";

/** One computed cell where LibreOffice and the TypeScript calculators disagree. */
export interface Mismatch {
  readonly plan: string;
  readonly what: string;
  readonly cell: string;
  readonly expected: Expected;
  readonly observed: Observed;
}

/** What a parity run checked and found. */
export interface ParityResult {
  readonly plans: number;
  readonly cells: number;
  readonly mismatches: readonly Mismatch[];
}

/**
 * Formula parity with a real engine: build each plan's workbook (values only),
 * compute the expected numbers with the core (snapshot → readPlan →
 * calculatePlan), recalculate all workbooks in one LibreOffice call, read the
 * computed cells back with exceljs and compare to the cent.
 */
export async function runParity(
  cases: readonly ParityCase[],
  baseConfig: KamConfig = DEFAULT_CONFIG
): Promise<ParityResult> {
  const dir = mkdtempSync(join(tmpdir(), "kam-parity-"));
  try {
    const prepared: { file: string; probes: readonly Probe[]; name: string }[] = [];
    for (const [i, c] of cases.entries()) {
      const config = c.settings
        ? { ...baseConfig, settings: { ...baseConfig.settings, ...c.settings } }
        : baseConfig;
      const layout = buildLayout(config, {
        lang: c.lang,
        start: c.start,
        period: c.period,
        values: c.values,
      });
      const { plan, findings } = readPlan(snapshotOfLayout(layout), config, c.lang);
      const probes = probesOf(layout, calculatePlan(plan), completenessOf(plan, findings));
      const file = join(dir, `plan-${i}.xlsx`);
      writeFileSync(file, await writeWorkbook(layout));
      prepared.push({ file, probes, name: c.name });
    }
    const out = join(dir, "out");
    await recalcWithLibreOffice(
      prepared.map((p) => p.file),
      out
    );
    const mismatches: Mismatch[] = [];
    let cells = 0;
    for (const p of prepared) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, p.file.slice(dir.length + 1)));
      for (const probe of p.probes) {
        cells += 1;
        const observed = observedOf(wb.getWorksheet(probe.sheet)?.getCell(probe.address));
        if (!matches(probe.expected, observed)) {
          mismatches.push({
            plan: p.name,
            what: probe.what,
            cell: `${probe.sheet}!${probe.address}`,
            expected: probe.expected,
            observed,
          });
        }
      }
    }
    return { plans: cases.length, cells, mismatches };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
