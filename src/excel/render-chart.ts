import type { ChartLayout } from "../layout/types";
import { dataStep, type WriteStep } from "./chunks";

const CHART_TYPE = { columnClustered: "ColumnClustered", line: "Line" } as const satisfies Record<
  ChartLayout["kind"],
  string
>;
const SERIES_BY = { columns: "Columns", rows: "Rows" } as const satisfies Record<
  ChartLayout["seriesBy"],
  string
>;

/**
 * Steps that draw a sheet's native charts: `worksheet.charts.add(type,
 * sourceRange, seriesBy)`, then name, title and position over the cells
 * `from`…`to` (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts;
 * `Chart.setPosition`: https://learn.microsoft.com/javascript/api/excel/excel.chart).
 * The source is a range of formulas, so the chart follows the data without the add-in.
 * Queued before the sheet is protected (a protected sheet refuses new objects).
 */
export function chartSteps(
  sheetOf: () => Excel.Worksheet,
  charts: readonly ChartLayout[],
  sheetNamed: (name: string) => Excel.Worksheet
): WriteStep[] {
  return charts.map((c) =>
    dataStep(
      c,
      (chart) => {
        const source = sheetNamed(chart.source.sheet).getRange(chart.source.range);
        const added = sheetOf().charts.add(
          CHART_TYPE[chart.kind],
          source,
          SERIES_BY[chart.seriesBy]
        );
        added.name = chart.name;
        added.title.text = chart.title;
        added.setPosition(chart.from, chart.to);
      },
      5
    )
  );
}
