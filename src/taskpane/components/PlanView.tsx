import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import { monthAfterDate, PLAN_PERIODS, type PlanPeriod } from "../../domain/periods";
import type { Lang } from "../../domain/values";
import { TEMPLATE_VERSION } from "../../domain/version";
import type { BuildOptions, WorkbookState } from "../../excel/types";
import { usePane } from "../hooks/paneContext";
import { monthOfDate, startMonthOf } from "../planForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
});

/** Props of the Plan view. */
export interface PlanViewProps {
  readonly state: WorkbookState | null;
  readonly onBuild: (options: Omit<BuildOptions, "onProgress">) => void;
  readonly onRebuildMonths: () => void;
  readonly onUpgrade: () => void;
  /** *Add rows* (shown when the plan sheets are protected); absent when the host cannot. */
  readonly onAddRows?: () => void;
}

/**
 * Plan: build the template (workbook language, plan start month, plan period), rebuild months, upgrade.
 * The form starts from the workbook's state; App gives it a `key` of that state so it starts afresh when the state changes.
 */
export function PlanView({
  state,
  onBuild,
  onRebuildMonths,
  onUpgrade,
  onAddRows,
}: PlanViewProps): ReactElement {
  const { t, lang, runner, today } = usePane();
  const styles = useStyles();
  const [workbookLang, setWorkbookLang] = useState<Lang>(state?.language ?? lang);
  const [start, setStart] = useState<string>(
    monthOfDate(state?.planStart ?? null) ?? monthAfterDate(today())
  );
  const [period, setPeriod] = useState<PlanPeriod>(state?.planPeriod ?? "year");
  const [touched, setTouched] = useState(false);

  const startMonth = startMonthOf(start);
  const startValid = startMonth !== null;
  const hasPlan = state?.hasPlan === true;
  const build = (overwrite: boolean): void => {
    setTouched(true);
    if (startMonth === null) return;
    onBuild({
      lang: workbookLang,
      start: startMonth,
      period,
      ...(overwrite ? { overwrite: true } : {}),
    });
  };
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t("plan.heading")}</Subtitle2>
      <Text>{t("plan.intro")}</Text>
      <Field label={t("plan.language")}>
        <Select
          value={workbookLang}
          onChange={(_e, data) => setWorkbookLang(data.value === "en" ? "en" : "ru")}
        >
          <option value="ru">{t("lang.ru")}</option>
          <option value="en">{t("lang.en")}</option>
        </Select>
      </Field>
      <Field
        label={t("plan.start")}
        hint={t("plan.startHint")}
        validationState={touched && !startValid ? "error" : "none"}
        {...(touched && !startValid ? { validationMessage: t("plan.startInvalid") } : {})}
      >
        <Input
          type="month"
          value={start}
          placeholder="2027-01"
          onChange={(_e, data) => setStart(data.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>
      <Field label={t("plan.period")}>
        <Select
          value={period}
          onChange={(_e, data) => setPeriod(PLAN_PERIODS.find((p) => p === data.value) ?? "year")}
        >
          {PLAN_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`period.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        {hasPlan ? (
          <Button disabled={runner.busy} onClick={() => build(true)}>
            {t("plan.rebuild")}
          </Button>
        ) : (
          <Button appearance="primary" disabled={runner.busy} onClick={() => build(false)}>
            {t("plan.build")}
          </Button>
        )}
      </div>
      {hasPlan ? (
        <div className={styles.buttons}>
          <Caption1>{t("plan.rebuildMonthsHint")}</Caption1>
          <Button disabled={runner.busy} onClick={onRebuildMonths}>
            {t("plan.rebuildMonths")}
          </Button>
        </div>
      ) : null}
      {hasPlan && state.sheetsProtected === true && onAddRows ? (
        <div className={styles.buttons}>
          <Caption1>{t("plan.addRowsHint")}</Caption1>
          <Button disabled={runner.busy} onClick={onAddRows}>
            {t("plan.addRows")}
          </Button>
        </div>
      ) : null}
      {state?.outdated ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("plan.upgradeHint", { version: state.templateVersion ?? "?" })}
            <div>
              <Button appearance="primary" disabled={runner.busy} onClick={onUpgrade}>
                {t("plan.upgrade", { version: TEMPLATE_VERSION })}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
