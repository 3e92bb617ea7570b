import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Month } from "../../domain/values";
import { usePane } from "../hooks/paneContext";
import { paneAmount, paneMonth } from "../paneFormat";

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  plan: { fill: tokens.colorBrandBackground },
  actual: { fill: tokens.colorPaletteGreenBackground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "9px",
    fontFamily: tokens.fontFamilyBase,
  },
  legend: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "10px",
    fontFamily: tokens.fontFamilyBase,
  },
});

/** Props of the chart: amounts in minor units by month. */
export interface PlanActualChartProps {
  readonly months: readonly Month[];
  readonly plan: Readonly<Record<Month, number>>;
  readonly actual: Readonly<Record<Month, number>>;
  readonly currency: string;
  /** Today (`YYYY-MM-DD`): months after it have no actual bar (nothing, rather than a zero). */
  readonly today?: string;
}

const WIDTH = 300;
const HEIGHT = 150;
const TOP = 18;
const BOTTOM = 22;
/** Average advance of a label character at the chart's 9px font, in viewBox units. */
const LABEL_CHAR_WIDTH = 5;

/**
 * Planned vs actual sales by month as an inline SVG drawn in the pane: no workbook change just to
 * look, the same picture in the preview and every Excel host, colours from Fluent tokens. Each bar
 * has a `<title>` with its amount; the whole picture is an image with a label and a description.
 */
export function PlanActualChart({
  months,
  plan,
  actual,
  currency,
  today,
}: PlanActualChartProps): ReactElement {
  const { t, lang } = usePane();
  const styles = useStyles();
  const max = Math.max(1, ...months.map((m) => Math.max(plan[m] ?? 0, actual[m] ?? 0)));
  const slot = (WIDTH - 8) / Math.max(1, months.length);
  const bar = Math.max(2, slot * 0.36);
  const scale = (v: number): number => (Math.max(0, v) / max) * (HEIGHT - TOP - BOTTOM);
  const baseline = HEIGHT - BOTTOM;
  const labels = months.map((m) => paneMonth(m, lang));
  // Month labels as the formatter writes them; every n-th one so that they never overlap.
  const labelWidth = Math.max(...labels.map((l) => l.length), 1) * LABEL_CHAR_WIDTH;
  const every = Math.max(1, Math.ceil(labelWidth / slot));
  const started = (month: string): boolean => today === undefined || month <= today.slice(0, 7);
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-labelledby="chart-title"
      aria-describedby="chart-desc"
      data-testid="plan-actual-chart"
    >
      <title id="chart-title">{t("numbers.chartTitle")}</title>
      <desc id="chart-desc">{t("numbers.chartDesc")}</desc>
      <rect className={styles.plan} x={4} y={4} width={8} height={8} />
      <text className={styles.legend} x={15} y={12}>
        {t("numbers.chartLegendPlan")}
      </text>
      <rect className={styles.actual} x={70} y={4} width={8} height={8} />
      <text className={styles.legend} x={81} y={12}>
        {t("numbers.chartLegendActual")}
      </text>
      <line className={styles.axis} x1={4} x2={WIDTH - 4} y1={baseline} y2={baseline} />
      {months.map((month, i) => {
        const x = 4 + i * slot + (slot - 2 * bar) / 2;
        const p = plan[month] ?? 0;
        const a = actual[month] ?? 0;
        return (
          <g key={month}>
            <rect
              className={styles.plan}
              x={x}
              y={baseline - scale(p)}
              width={bar}
              height={scale(p)}
            >
              <title>{`${labels[i] ?? month} · ${t("numbers.plan")}: ${paneAmount(p, lang, currency) ?? ""}`}</title>
            </rect>
            {started(month) ? (
              <rect
                className={styles.actual}
                x={x + bar}
                y={baseline - scale(a)}
                width={bar}
                height={scale(a)}
              >
                <title>{`${labels[i] ?? month} · ${t("numbers.actual")}: ${paneAmount(a, lang, currency) ?? ""}`}</title>
              </rect>
            ) : null}
            {i % every === 0 ? (
              <text
                className={styles.label}
                x={4 + i * slot + slot / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {labels[i]}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
