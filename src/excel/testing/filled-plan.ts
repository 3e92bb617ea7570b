import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { serialOfDate } from "../../domain/periods";
import { buildLayout } from "../../layout/build";
import { syncInChunks } from "../chunks";
import { layoutSteps } from "../render";

/**
 * Write, through the adapter's own writer, a yearly plan with `items` sales items (12 months each, half of
 * them with actuals) into the workbook behind the installed `Excel` global. For tests and benchmarks.
 */
export async function writeFilledPlan(items: number): Promise<void> {
  const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
  const sales = Array.from({ length: items }, (_, i) =>
    Object.fromEntries<string | number>([
      ["item", `Товар ${i + 1}`],
      ...months.map((m, j): [string, number] => [m, 1000 + i + j]),
    ])
  );
  const layout = buildLayout(DEFAULT_CONFIG, {
    lang: "ru",
    start: "2027-01",
    period: "year",
    values: {
      form: {
        plan_start: serialOfDate(2027, 1, 1),
        plan_period: "Год",
        client_name: "ООО «Ромашка»",
      },
      tables: { SalesPlan: sales, SalesActual: sales.slice(0, Math.floor(items / 2)) },
      archive: [],
    },
  });
  await Excel.run(async (context) => {
    const written = await syncInChunks(context, layoutSteps(context, layout));
    if (!written.ok) throw written.error;
  });
}
