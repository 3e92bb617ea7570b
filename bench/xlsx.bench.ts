/**
 * `template_build_ms`: building the layout of the default template and writing it to an .xlsx
 * buffer (median of several runs after a warm-up).
 */
import { DEFAULT_CONFIG } from "../src/domain/config/defaults";
import { buildLayout } from "../src/layout/build";
import { writeWorkbook } from "../src/xlsx/write";

export async function run(): Promise<Record<string, number>> {
  const once = async (): Promise<number> => {
    const started = performance.now();
    await writeWorkbook(
      buildLayout(DEFAULT_CONFIG, { lang: "ru", start: "2027-01", period: "year" })
    );
    return performance.now() - started;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return { template_build_ms: Math.round((times[3] ?? 0) * 10) / 10 };
}
