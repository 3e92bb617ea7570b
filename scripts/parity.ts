/**
 * `npm run parity -- --plans 200 [--seed 1]`: formula parity with LibreOffice on many random plans
 * (plus the edge cases): every computed cell recalculated by LibreOffice must equal the core's value
 * to the cent. Prints the mismatches and merges `parity_plans_checked` and `parity_mismatches` into
 * bench/latest.json (other rows are kept). Exit 1 when anything differs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { edgeCases, randomCase, type ParityCase } from "../src/xlsx/parity/random-plan";
import { runParity, type Mismatch } from "../src/xlsx/parity/run-parity";

const LATEST = join(resolve(__dirname, ".."), "bench", "latest.json");
/** Plans per LibreOffice call: one batched convert per chunk keeps temp space and memory bounded. */
const BATCH = 50;

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const raw = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got ${raw ?? ""}`);
  return n;
}

async function main(args: readonly string[]): Promise<number> {
  const plans = option(args, "plans", 200);
  const seed = option(args, "seed", 1);
  const cases: ParityCase[] = [
    ...edgeCases(),
    ...Array.from({ length: plans }, (_, i) => randomCase(seed + i)),
  ];
  const started = Date.now();
  const mismatches: Mismatch[] = [];
  let cells = 0;
  for (let i = 0; i < cases.length; i += BATCH) {
    const result = await runParity(cases.slice(i, i + BATCH));
    cells += result.cells;
    mismatches.push(...result.mismatches);
    console.log(
      `${Math.min(i + BATCH, cases.length)}/${cases.length} plans, ${mismatches.length} mismatch(es)`
    );
  }
  for (const m of mismatches.slice(0, 50))
    console.log(
      `MISMATCH ${m.plan} ${m.what} ${m.cell}: expected ${JSON.stringify(m.expected)}, LibreOffice ${JSON.stringify(m.observed)}`
    );
  const previous = existsSync(LATEST)
    ? (JSON.parse(readFileSync(LATEST, "utf8")) as Record<string, number>)
    : {};
  const merged: Record<string, number> = {
    ...previous,
    parity_plans_checked: cases.length,
    parity_mismatches: mismatches.length,
  };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]])
  );
  writeFileSync(LATEST, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(
    `${cases.length} plans, ${cells} cells, ${mismatches.length} mismatch(es) in ${((Date.now() - started) / 1000).toFixed(1)} s; merged into ${LATEST}`
  );
  return mismatches.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
    }
  );
}
