import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactElement } from "react";
import type { CheckReport } from "../../domain/report";
import { differenceText, leafText, valueLabel } from "../../domain/text/whatif";
import { cellWritesOf, whatIfFromInput, type CellWrite } from "../../domain/whatif";
import type { Finding } from "../../domain/findings";
import { usePane } from "../hooks/paneContext";
import { paneAmount, paneCurrency, paneMonth, panePercent } from "../paneFormat";
import {
  errorsByField,
  initialForm,
  itemChoices,
  monthChoices,
  tierChoices,
  whatIfInputOf,
  type WhatIfForm,
} from "../whatIfForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  head: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  results: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontVariantNumeric: "tabular-nums",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  after: { fontWeight: tokens.fontWeightSemibold },
  difference: { color: tokens.colorBrandForeground1 },
  findings: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  danger: { color: tokens.colorStatusDangerForeground1 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Two inputs side by side at 320 px: Fluent's inputs keep a minimum width unless told otherwise.
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  inner: { minWidth: 0, width: "100%" },
});

/** Props of the What-if view. */
export interface WhatIfViewProps {
  /** The last check's report: the what-if starts from its plan; null before the numbers were computed. */
  readonly report: CheckReport | null;
  readonly onCalculate: () => void;
  /** Write the changed inputs into the workbook (all or nothing). */
  readonly onApply: (writes: readonly CellWrite[]) => void;
  /** Back to the Numbers view. */
  readonly onBack: () => void;
}

/**
 * What-if (spec §10): the KAM changes the deferral, the budget rate, a tier's threshold or rate, a
 * month's or an item's volume, or all volumes, and sees each computed value before → after with
 * the difference at once (the pure core, nothing is written); *Apply to plan* writes the changed
 * inputs in one all-or-nothing action.
 */
export function WhatIfView({
  report,
  onCalculate,
  onApply,
  onBack,
}: WhatIfViewProps): ReactElement {
  const { t, runner } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="whatif-view">
      <div className={styles.head}>
        <Button appearance="transparent" size="small" onClick={onBack}>
          {t("whatif.back")}
        </Button>
        <Subtitle2 as="h2">{t("whatif.heading")}</Subtitle2>
        <Caption1>{t("whatif.intro")}</Caption1>
      </div>
      {report === null ? (
        <>
          <Text>{t("whatif.notRun")}</Text>
          <div>
            <Button appearance="primary" disabled={runner.busy} onClick={onCalculate}>
              {t("numbers.calculate")}
            </Button>
          </div>
        </>
      ) : (
        // A new report (after Apply, or a new check) starts the form again from the workbook's values.
        <WhatIfBody key={reportKey(report)} report={report} onApply={onApply} />
      )}
    </div>
  );
}

const reportIds = new WeakMap<CheckReport, number>();
let nextReportId = 0;
function reportKey(report: CheckReport): number {
  const known = reportIds.get(report);
  if (known !== undefined) return known;
  nextReportId += 1;
  reportIds.set(report, nextReportId);
  return nextReportId;
}

function WhatIfBody({
  report,
  onApply,
}: {
  readonly report: CheckReport;
  readonly onApply: (writes: readonly CellWrite[]) => void;
}): ReactElement {
  const { t, lang, runner, today, actions } = usePane();
  const styles = useStyles();
  const plan = report.plan;
  const currency = report.config.settings.currency;
  const [form, setForm] = useState<WhatIfForm>(() => initialForm(plan, lang));
  const tiers = useMemo(() => tierChoices(plan), [plan]);
  const months = useMemo(() => monthChoices(plan), [plan]);
  const items = useMemo(() => itemChoices(plan), [plan]);
  const input = useMemo(() => whatIfInputOf(form), [form]);
  const todayIso = today();
  const outcome = useMemo(
    () => whatIfFromInput(plan, input, { today: todayIso, lang }),
    [plan, input, todayIso, lang]
  );
  const errors = outcome.ok ? {} : errorsByField(outcome.errors, lang);
  const result = outcome.ok ? outcome.result : null;
  const writes = result === null ? [] : cellWritesOf(result.inputs);
  const changedCount = Object.keys(input).length;

  const setValue = (key: string, value: string): void =>
    setForm((f) => ({ ...f, values: { ...f.values, [key]: value } }));
  const field = (key: string) =>
    errors[key] === undefined
      ? {}
      : { validationState: "error" as const, validationMessage: errors[key] };
  const sign = paneCurrency(lang, currency);
  const tierKey = form.tier === null ? null : `tier.${form.tier + 1}`;

  return (
    <>
      <section className={styles.section} aria-labelledby="whatif-terms">
        <Subtitle2 as="h3" id="whatif-terms">
          {t("whatif.terms")}
        </Subtitle2>
        <div className={styles.pair}>
          <Field label={t("whatif.deferral")} {...field("credit_depth_days")}>
            <Input
              className={styles.control}
              input={{ className: styles.inner }}
              inputMode="numeric"
              value={form.values["credit_depth_days"] ?? ""}
              onChange={(_, d) => setValue("credit_depth_days", d.value)}
              data-testid="whatif-deferral"
            />
          </Field>
          <Field label={t("whatif.budgetRate")} {...field("budget_rate")}>
            <Input
              className={styles.control}
              input={{ className: styles.inner }}
              inputMode="decimal"
              contentAfter="%"
              value={form.values["budget_rate"] ?? ""}
              onChange={(_, d) => setValue("budget_rate", d.value)}
            />
          </Field>
        </div>
        {tiers.length === 0 || tierKey === null ? (
          <Caption1>{t("whatif.tierNone")}</Caption1>
        ) : (
          <>
            <Field label={t("whatif.tier")}>
              <Select
                className={styles.control}
                select={{ className: styles.inner }}
                value={String(form.tier)}
                onChange={(_, d) => setForm((f) => ({ ...f, tier: Number(d.value) }))}
              >
                {tiers.map((tier) => (
                  <option key={tier.index} value={String(tier.index)}>
                    {t("whatif.tierOption", {
                      n: tier.index + 1,
                      name: tier.name ?? "",
                      threshold: paneAmount(tier.threshold, lang, currency) ?? "—",
                      rate: panePercent(tier.rate, lang) ?? "—",
                    })}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.pair}>
              <Field
                label={t("whatif.threshold", { currency: sign })}
                {...field(`${tierKey}.threshold`)}
              >
                <Input
                  className={styles.control}
                  input={{ className: styles.inner }}
                  inputMode="decimal"
                  value={form.values[`${tierKey}.threshold`] ?? ""}
                  onChange={(_, d) => setValue(`${tierKey}.threshold`, d.value)}
                />
              </Field>
              <Field label={t("whatif.rate")} {...field(`${tierKey}.rate`)}>
                <Input
                  className={styles.control}
                  input={{ className: styles.inner }}
                  inputMode="decimal"
                  contentAfter="%"
                  value={form.values[`${tierKey}.rate`] ?? ""}
                  onChange={(_, d) => setValue(`${tierKey}.rate`, d.value)}
                />
              </Field>
            </div>
          </>
        )}
      </section>
      <section className={styles.section} aria-labelledby="whatif-volumes">
        <Subtitle2 as="h3" id="whatif-volumes">
          {t("whatif.volumes")}
        </Subtitle2>
        <Field label={t("whatif.scale")} hint={t("whatif.scaleHint")} {...field("scale")}>
          <Input
            className={styles.control}
            input={{ className: styles.inner }}
            inputMode="decimal"
            contentAfter="%"
            value={form.scale}
            onChange={(_, d) => setForm((f) => ({ ...f, scale: d.value }))}
            data-testid="whatif-scale"
          />
        </Field>
        {months.length > 0 ? (
          <div className={styles.pair}>
            <Field label={t("whatif.month")}>
              <Select
                className={styles.control}
                select={{ className: styles.inner }}
                value={form.month ?? ""}
                onChange={(_, d) =>
                  setForm((f) => ({ ...f, month: months.find((m) => m === d.value) ?? null }))
                }
              >
                {months.map((m) => (
                  <option key={m} value={m}>
                    {paneMonth(m, lang)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("whatif.change")} {...field("month")}>
              <Input
                className={styles.control}
                input={{ className: styles.inner }}
                placeholder={t("whatif.changeHint")}
                value={form.monthChange}
                onChange={(_, d) => setForm((f) => ({ ...f, monthChange: d.value }))}
              />
            </Field>
          </div>
        ) : null}
        {items.length > 0 ? (
          <div className={styles.pair}>
            <Field label={t("whatif.item")}>
              <Select
                className={styles.control}
                select={{ className: styles.inner }}
                value={form.item ?? ""}
                onChange={(_, d) => setForm((f) => ({ ...f, item: d.value }))}
              >
                {items.map((item) => (
                  <option key={item} value={item}>
                    {item}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("whatif.change")} {...field("item")}>
              <Input
                className={styles.control}
                input={{ className: styles.inner }}
                placeholder={t("whatif.changeHint")}
                value={form.itemChange}
                onChange={(_, d) => setForm((f) => ({ ...f, itemChange: d.value }))}
              />
            </Field>
          </div>
        ) : null}
        <Caption1>{t("whatif.changeNote")}</Caption1>
      </section>
      <section className={styles.section} aria-labelledby="whatif-results" aria-live="polite">
        <Subtitle2 as="h3" id="whatif-results">
          {t("whatif.results")}
        </Subtitle2>
        {result === null ? (
          <Text className={styles.danger}>{t("whatif.fixInput")}</Text>
        ) : changedCount === 0 ? (
          <Text>{t("whatif.noChange")}</Text>
        ) : (
          <WhatIfResults report={report} result={result} />
        )}
      </section>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={runner.busy || writes.length === 0 || actions.applyInputs === undefined}
          onClick={() => onApply(writes)}
          data-testid="whatif-apply"
        >
          {t("whatif.apply")}
        </Button>
        <Button disabled={changedCount === 0} onClick={() => setForm(initialForm(plan, lang))}>
          {t("whatif.reset")}
        </Button>
      </div>
      {writes.length > 0 ? (
        <Caption1 data-testid="whatif-cells-count">
          {t("whatif.cells", { n: writes.length })}
        </Caption1>
      ) : null}
    </>
  );
}

/** The next tier's threshold, gap and rate of a discount group: what a KAM negotiates with (spec §10). */
const NEXT_TIER_FIELDS: ReadonlySet<string> = new Set(["threshold", "gap", "rate"]);

/** Values the view lists one by one: the plan's totals, and the next tier of each group. */
function isHeadline(path: readonly (string | number)[]): boolean {
  if (path.length === 1) return true;
  return path[0] === "nextTier" && path.length === 3 && NEXT_TIER_FIELDS.has(String(path[2]));
}

function WhatIfResults({
  report,
  result,
}: {
  readonly report: CheckReport;
  readonly result: NonNullable<ReturnType<typeof whatIfFromInput> & { ok: true }>["result"];
}): ReactElement {
  const { t, lang } = usePane();
  const styles = useStyles();
  const currency = report.config.settings.currency;
  const headline = result.values.filter((v) => v.changed && isHeadline(v.path));
  const nested = result.values.filter((v) => v.changed && !isHeadline(v.path)).length;
  const findingList = (findings: readonly Finding[], className: string, label: string) =>
    findings.length === 0 ? null : (
      <>
        <Text weight="semibold">{label}</Text>
        <ul className={mergeClasses(styles.findings, className)}>
          {findings.map((f, i) => (
            <li key={`${f.code}-${String(i)}`} title={f.code}>
              {f.message}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      {headline.length === 0 ? (
        <Text>{t("whatif.noValueChange")}</Text>
      ) : (
        <dl className={styles.results} data-testid="whatif-results">
          {headline.map((v) => {
            const difference = differenceText(v.unit, v.difference, lang, currency);
            return (
              <div key={v.key} data-key={v.key}>
                <dt className={styles.term}>{valueLabel(v, report.plan, lang, result.before)}</dt>
                <dd className={styles.value}>
                  <span>{leafText(v.unit, v.before, lang, currency)}</span>
                  <span aria-hidden="true">→</span>
                  <span className={styles.after} data-testid={`whatif-after-${v.key}`}>
                    {leafText(v.unit, v.after, lang, currency)}
                  </span>
                  {difference === null ? null : (
                    <span className={styles.difference}>({difference})</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {nested > 0 ? <Caption1>{t("whatif.moreChanged", { n: nested })}</Caption1> : null}
      {findingList(result.findings?.appeared ?? [], styles.danger, t("whatif.appeared"))}
      {findingList(result.findings?.resolved ?? [], styles.success, t("whatif.resolved"))}
    </>
  );
}
