import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import type { Lang } from "../../domain/values";
import type { WorkbookState } from "../../excel/types";
import { usePane } from "../hooks/paneContext";
import { paneDate } from "../paneFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  sub: { color: tokens.colorNeutralForeground2 },
  loading: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  langField: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
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
    color: tokens.colorStatusWarningForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Props of the header. */
export interface HeaderProps {
  readonly state: WorkbookState | null;
  readonly onPaneLangChange: (lang: Lang) => void;
  readonly onRefresh: () => void;
}

/**
 * The pane's header in one or two lines: the client (or "no plan yet", or a loading state while the
 * workbook is read) and the plan period. The template version, the workbook language, the pane
 * language and the refresh are details on demand behind one button.
 */
export function Header({ state, onPaneLangChange, onRefresh }: HeaderProps): ReactElement {
  const { t, lang, runner } = usePane();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const empty = t("header.empty");
  const start = paneDate(state?.planStart ?? null, lang);
  const end = paneDate(state?.planEnd ?? null, lang);
  const period = start !== null && end !== null ? `${start} – ${end}` : (start ?? empty);
  return (
    <header className={styles.root} aria-busy={state === null}>
      <div className={styles.line}>
        <div className={styles.titles}>
          {state === null ? (
            <>
              <h1 className={styles.title}>{t("app.title")}</h1>
              <Caption1 className={styles.loading} role="status" data-testid="header-loading">
                {t("header.loading")}
              </Caption1>
            </>
          ) : state.hasPlan ? (
            <>
              <h1 className={styles.title} data-testid="header-client">
                {state.clientName ?? empty}
              </h1>
              <Caption1 className={styles.sub}>
                <span data-testid="header-period">{period}</span>
                {state.outdated ? (
                  <span className={styles.outdated}> · {t("header.outdated")}</span>
                ) : null}
              </Caption1>
            </>
          ) : (
            <>
              <h1 className={styles.title}>{t("app.title")}</h1>
              <Caption1 className={styles.sub} data-testid="header-noplan">
                {t("header.noPlanShort")}
              </Caption1>
            </>
          )}
        </div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls="header-details"
          onClick={() => setOpen((o) => !o)}
        >
          {t("header.details")}
        </Button>
      </div>
      {state?.missingFeatures?.map((feature) => (
        <Caption1 key={feature} role="note" className={styles.outdated}>
          {t(`header.missing.${feature}`)}
        </Caption1>
      ))}
      {open ? (
        <section
          id="header-details"
          className={styles.details}
          aria-label={t("header.detailsLabel")}
        >
          <dl className={styles.facts}>
            <dt className={styles.term}>{t("header.template")}</dt>
            <dd className={styles.value}>
              {state?.templateVersion ?? empty}
              {state?.outdated ? (
                <span className={styles.outdated}> ({t("header.outdated")})</span>
              ) : null}
            </dd>
            <dt className={styles.term}>{t("header.language")}</dt>
            <dd className={styles.value}>
              {state?.language ? t(`lang.${state.language}`) : empty}
            </dd>
          </dl>
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
          <div>
            <Button size="small" appearance="subtle" disabled={runner.busy} onClick={onRefresh}>
              {t("header.refresh")}
            </Button>
          </div>
        </section>
      ) : null}
    </header>
  );
}
