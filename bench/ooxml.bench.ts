/**
 * `ooxml_validate_ms`: validating one written template (every part against its ISO/IEC 29500
 * schema with xmllint, after the markup-compatibility step, plus Excel's unstated rules), median of
 * several runs after a warm-up; `ooxml_validate_16_files_ms`: the same for 16 templates in one call
 * (one xmllint call per schema for all of them), what `npm test` does.
 */
import { DEFAULT_CONFIG } from "../src/domain/config/defaults";
import { buildLayout } from "../src/layout/build";
import { validatePackages } from "../src/testing/ooxml";
import { writeWorkbook } from "../src/xlsx/write";

async function median(times: number, once: () => Promise<number>): Promise<number> {
  await once();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  runs.sort((a, b) => a - b);
  return Math.round((runs[Math.floor(times / 2)] ?? 0) * 10) / 10;
}

export async function run(): Promise<Record<string, number>> {
  const bytes = await writeWorkbook(
    buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year" })
  );
  const timed = (count: number) => async (): Promise<number> => {
    const started = performance.now();
    const problems = await validatePackages(
      Array.from({ length: count }, (_, i) => ({ label: `t${i}.xlsx`, bytes }))
    );
    if (problems.length > 0) throw new Error(`the template is not valid: ${problems.length}`);
    return performance.now() - started;
  };
  return {
    ooxml_validate_ms: await median(5, timed(1)),
    ooxml_validate_16_files_ms: await median(3, timed(16)),
  };
}
