import { Button, Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Lang } from "../../domain/values";
import type { WorkbookState } from "../../excel/types";
import { formatIsoDate } from "../../i18n/format";
import { usePane } from "../hooks/paneContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  top: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  langField: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  langSelect: {
    minWidth: "120px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineColor: tokens.colorStrokeFocus2,
  },
  outdated: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Props of the header. */
export interface HeaderProps {
  readonly state: WorkbookState | null;
  readonly onPaneLangChange: (lang: Lang) => void;
  readonly onRefresh: () => void;
}

/** The pane's header: the workbook's client, plan period, template version, workbook language; and the pane language switch. */
export function Header({ state, onPaneLangChange, onRefresh }: HeaderProps): ReactElement {
  const { t, lang, runner } = usePane();
  const styles = useStyles();
  const empty = t("header.empty");
  const start = formatIsoDate(state?.planStart ?? null, lang);
  const end = formatIsoDate(state?.planEnd ?? null, lang);
  const period = start !== null && end !== null ? `${start} – ${end}` : (start ?? empty);
  return (
    <header className={styles.root}>
      <div className={styles.top}>
        <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
        {/* A native select: Fluent's Field + Select would put ~8 KB gzip into the pane's first load for one control. */}
        <div className={styles.langField}>
          <label htmlFor="pane-language">{t("app.paneLanguage")}</label>
          <select
            id="pane-language"
            className={styles.langSelect}
            value={lang}
            onChange={(event) => onPaneLangChange(event.target.value === "en" ? "en" : "ru")}
          >
            <option value="ru">{t("lang.ru")}</option>
            <option value="en">{t("lang.en")}</option>
          </select>
        </div>
      </div>
      {state && !state.hasPlan ? (
        <Caption1>{t("header.noPlan")}</Caption1>
      ) : (
        <dl className={styles.facts} aria-busy={state === null}>
          <dt className={styles.term}>{t("header.client")}</dt>
          <dd className={styles.value} data-testid="header-client">
            {state?.clientName ?? empty}
          </dd>
          <dt className={styles.term}>{t("header.period")}</dt>
          <dd className={styles.value} data-testid="header-period">
            {period}
          </dd>
          <dt className={styles.term}>{t("header.template")}</dt>
          <dd className={styles.value}>
            {state?.templateVersion ?? empty}
            {state?.outdated ? (
              <span className={styles.outdated}>({t("header.outdated")})</span>
            ) : null}
          </dd>
          <dt className={styles.term}>{t("header.language")}</dt>
          <dd className={styles.value}>{state?.language ? t(`lang.${state.language}`) : empty}</dd>
        </dl>
      )}
      {state?.missingFeatures?.map((feature) => (
        <Caption1 key={feature} role="note" className={styles.outdated}>
          {t(`header.missing.${feature}`)}
        </Caption1>
      ))}
      <div>
        <Button size="small" appearance="subtle" disabled={runner.busy} onClick={onRefresh}>
          {t("header.refresh")}
        </Button>
      </div>
    </header>
  );
}
