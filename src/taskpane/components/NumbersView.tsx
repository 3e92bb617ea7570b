import {
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import { reviewEconomics, reviewedPromos } from "../../domain/calc/review-economics";
import type { CheckReport } from "../../domain/report";
import type { MessageKey } from "../../i18n/translate";
import {
  blockNotStarted,
  figureStatus,
  type FigureStatus,
  type StatusFigure,
} from "../figureStatus";
import { usePane } from "../hooks/paneContext";
import { paneAmount, paneCurrency, paneMoneyNumber, paneMonth, panePercent } from "../paneFormat";
import { ActualsImport } from "./ActualsImport";
import { CheckStamp, type CheckStampValue } from "./CheckView";
import { PlanActualChart } from "./PlanActualChart";
import { PromoResults } from "./PromoResults";
import { useTableStyles } from "./tableStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: {
    display: "grid",
    // The value column takes what it needs and wraps a long value at its spaces in a narrow pane.
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  pair: { display: "contents" },
  danger: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Props of the Numbers view. */
export interface NumbersViewProps {
  readonly report: CheckReport | null;
  /** When the numbers were computed, and whether the workbook changed since. */
  readonly stamp?: CheckStampValue | null;
  readonly onCalculate: () => void;
  /** After actuals were imported into the workbook (default: compute the numbers again). */
  readonly onImported?: () => void;
  /** Open the What-if view (absent: no What-if button). */
  readonly onWhatIf?: () => void;
}

const BLOCK_KEYS: readonly string[] = ["q1", "q2", "q3", "q4", "h1", "h2", "total"];

/**
 * The computed values of the plan with their meaning, planned vs actual sales by month, and the
 * Actual sales section (paste a range, import it). The section keeps its place (and its state)
 * whether or not the numbers were computed.
 */
export function NumbersView({
  report,
  stamp = null,
  onCalculate,
  onImported = onCalculate,
  onWhatIf,
}: NumbersViewProps): ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {report === null ? (
        <NotComputed onCalculate={onCalculate} />
      ) : (
        <>
          <CheckStamp stamp={stamp} />
          {onWhatIf ? <WhatIfEntry onWhatIf={onWhatIf} /> : null}
          <NumbersBody report={report} />
        </>
      )}
      <ActualsImport currency={report?.config.settings.currency ?? "RUB"} onImported={onImported} />
    </div>
  );
}

function WhatIfEntry({ onWhatIf }: { readonly onWhatIf: () => void }): ReactElement {
  const { t, runner } = usePane();
  return (
    <div>
      <Button disabled={runner.busy} onClick={onWhatIf} title={t("numbers.whatIfHint")}>
        {t("numbers.whatIf")}
      </Button>
    </div>
  );
}

function NotComputed({ onCalculate }: { readonly onCalculate: () => void }): ReactElement {
  const { t, runner } = usePane();
  return (
    <>
      <Text>{t("numbers.notRun")}</Text>
      <div>
        <Button appearance="primary" disabled={runner.busy} onClick={onCalculate}>
          {t("numbers.calculate")}
        </Button>
      </div>
    </>
  );
}

/** A figure of a facts list: its label, its text, and the status colour a finding gives it. */
type Fact =
  readonly [MessageKey, string] | readonly [MessageKey, string, StatusFigure, MessageKey?];

function NumbersBody({ report }: { readonly report: CheckReport }): ReactElement {
  const { t, lang, today } = usePane();
  const todayIso = today();
  const styles = useStyles();
  const table = useTableStyles();
  const n = report.numbers;
  const currency = report.config.settings.currency;
  const empty = t("numbers.empty");
  const money = (v: number | null): string => paneAmount(v, lang, currency) ?? empty;
  const pct = (v: number | null | undefined): string => panePercent(v ?? null, lang) ?? empty;
  // The blocks table names the currency in its headers once; its cells carry the numbers only.
  const cash = (v: number | null): string => paneMoneyNumber(v, lang) ?? empty;
  const sign = paneCurrency(lang, currency);
  const statusClass = (status: FigureStatus): string | undefined =>
    status === null ? undefined : styles[status];
  const creditLimit = report.plan.form["credit_limit"];
  const limit = typeof creditLimit === "number" ? creditLimit : null;
  const planTotal = n.rollups["total"] ?? {};
  const actualTotal = n.actualRollups["total"] ?? {};
  // As of the reporting month (spec §9): a block counts only its months through T.
  const fulfillment = n.fulfillmentToDate["total"] ?? {};
  const blocks = BLOCK_KEYS.filter((key) => key === "total" || n.blocks.some((b) => b.key === key));
  const facts = (rows: readonly Fact[], label: MessageKey): ReactElement => (
    <dl className={styles.facts} aria-label={t(label)}>
      {rows.map(([key, value, figure, term]) => {
        const status = figure === undefined ? null : figureStatus(report, figure);
        return (
          <div key={key} className={styles.pair}>
            <dt className={mergeClasses(styles.term, statusClass(status))}>{t(term ?? key)}</dt>
            <dd
              className={mergeClasses(styles.value, statusClass(status))}
              data-testid={key}
              {...(status === null ? {} : { "data-status": status })}
            >
              {value}
            </dd>
          </div>
        );
      })}
    </dl>
  );
  // The group closest to its next tier: what a KAM negotiates with (spec §10), as the Summary sheet shows it.
  const nextTier = reviewEconomics(n, report.config).nearestTier;
  const budgetLeft = n.budgetAmount === null ? null : n.budgetAmount - n.spending;
  const over = budgetLeft !== null && budgetLeft < 0;
  const utilizationStatus = figureStatus(report, "numbers.creditUtilization");
  return (
    <>
      <section className={styles.section} aria-labelledby="numbers-sales">
        <Subtitle2 as="h2" id="numbers-sales">
          {t("numbers.sales")}
        </Subtitle2>
        <Caption1>{t("numbers.salesHint")}</Caption1>
        <table className={table.table} aria-labelledby="numbers-sales" data-testid="numbers-blocks">
          <thead>
            <tr>
              <th scope="col" className={table.th}>
                {t("numbers.block")}
              </th>
              <th scope="col" className={mergeClasses(table.th, table.num)}>
                {`${t("numbers.plan")}, ${sign}`}
              </th>
              <th scope="col" className={mergeClasses(table.th, table.num)}>
                {`${t("numbers.actual")}, ${sign}`}
              </th>
              <th scope="col" className={mergeClasses(table.th, table.num)}>
                {t("numbers.fulfillment")}
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((key) => {
              const first =
                key === "total" ? n.months[0] : n.blocks.find((b) => b.key === key)?.months[0];
              // A period that has not started has no actual and no fulfillment: nothing, not «0,00 ₽ / 0 %».
              const future = blockNotStarted(first, todayIso);
              const notStarted = t("numbers.notStarted");
              return (
                <tr key={key} data-block={key} {...(future ? { "data-future": "true" } : {})}>
                  <th scope="row" className={mergeClasses(table.td, table.th)}>
                    {t(`block.${key}` as MessageKey)}
                  </th>
                  <td className={mergeClasses(table.td, table.num)}>
                    {cash(key === "total" ? n.salesPlanTotal : (planTotal[key] ?? null))}
                  </td>
                  <td
                    className={mergeClasses(table.td, table.num)}
                    {...(future ? { title: notStarted, "aria-label": notStarted } : {})}
                  >
                    {future ? "" : cash(actualTotal[key] ?? null)}
                  </td>
                  <td
                    className={mergeClasses(table.td, table.num)}
                    {...(future ? { title: notStarted, "aria-label": notStarted } : {})}
                  >
                    {future ? "" : pct(fulfillment[key])}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {n.months.length > 0 ? (
          <PlanActualChart
            months={n.months}
            plan={n.monthlyPlan}
            actual={n.monthlyActual}
            currency={currency}
            today={todayIso}
          />
        ) : (
          <Caption1>{t("numbers.noMonths")}</Caption1>
        )}
      </section>
      <section className={styles.section} aria-labelledby="numbers-to-date">
        <Subtitle2 as="h2" id="numbers-to-date">
          {t("numbers.toDate")}
        </Subtitle2>
        {n.actualsThrough === null ? (
          <Caption1>{t("numbers.noActuals")}</Caption1>
        ) : (
          <>
            <Caption1>{t("numbers.toDateHint")}</Caption1>
            {facts(
              [
                ["numbers.actualsThrough", paneMonth(n.actualsThrough, lang)],
                ["numbers.planToDate", money(n.planToDate)],
                ["numbers.actualToDate", money(n.actualToDate)],
                ["numbers.fulfillmentToDate", pct(n.totalFulfillmentToDate)],
                ["numbers.forecast", money(n.forecastTotal)],
                ["numbers.forecastGap", money(n.forecastGap)],
              ],
              "numbers.toDate"
            )}
          </>
        )}
      </section>
      <section className={styles.section} aria-labelledby="numbers-discounts">
        <Subtitle2 as="h2" id="numbers-discounts">
          {t("numbers.discounts")}
        </Subtitle2>
        {facts(
          [
            ["numbers.discountTotal", money(n.discountTotal), "numbers.discountTotal"],
            ["numbers.netSales", money(n.netSalesTotal)],
            ...(n.discountEarned === null
              ? []
              : [["numbers.discountEarned", money(n.discountEarned)] as const]),
            ...(nextTier === null
              ? []
              : [
                  [
                    "numbers.nextTierGap",
                    `${money(nextTier.gap)} → ${pct(nextTier.rate)}`,
                  ] as const,
                ]),
          ],
          "numbers.discounts"
        )}
      </section>
      <section className={styles.section} aria-labelledby="numbers-budget">
        <Subtitle2 as="h2" id="numbers-budget">
          {t("numbers.budget")}
        </Subtitle2>
        {facts(
          [
            ["numbers.budgetAmount", money(n.budgetAmount)],
            ["numbers.spending", money(n.spending), "numbers.spending"],
            // Overspent: say so in words (and the amount over), not as a "remainder" with a minus.
            over
              ? [
                  "numbers.budgetLeft",
                  money(-budgetLeft),
                  "numbers.budgetLeft",
                  "numbers.budgetOver",
                ]
              : ["numbers.budgetLeft", money(budgetLeft), "numbers.budgetLeft"],
          ],
          "numbers.budget"
        )}
      </section>
      <PromoResults
        promos={reviewedPromos(report.plan, n.promos)}
        currency={currency}
        marginSet={report.config.settings.grossMargin !== null}
      />
      <section className={styles.section} aria-labelledby="numbers-credit">
        <Subtitle2 as="h2" id="numbers-credit">
          {t("numbers.credit")}
        </Subtitle2>
        {facts(
          [
            ["numbers.creditRequired", money(n.creditRequired), "numbers.creditRequired"],
            ["numbers.creditLimit", money(limit)],
            [
              "numbers.creditUtilization",
              utilizationStatus === "danger"
                ? `${pct(n.creditUtilization)} · ${t("numbers.aboveLimit")}`
                : pct(n.creditUtilization),
              "numbers.creditUtilization",
            ],
          ],
          "numbers.credit"
        )}
      </section>
      <section className={styles.section} aria-labelledby="numbers-kpi">
        <Subtitle2 as="h2" id="numbers-kpi">
          {t("numbers.kpi")}
        </Subtitle2>
        {facts([["numbers.kpiScore", pct(n.kpiScore), "numbers.kpiScore"]], "numbers.kpi")}
      </section>
    </>
  );
}
