import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { CheckReport } from "../../domain/report";
import type { CellRef } from "../../domain/values";
import { formatPercent } from "../../i18n/format";
import { usePane } from "../hooks/paneContext";
import { FindingsTable } from "./FindingsTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  count: {
    display: "inline-block",
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}`,
  },
});

/** Props of the Check view. */
export interface CheckViewProps {
  readonly report: CheckReport | null;
  readonly onCheck: () => void;
  readonly onWriteSheet: () => void;
  readonly onSelect: (ref: CellRef) => void;
}

/** Check: run the check, see counts and completeness, the findings by severity and sheet, write them to a sheet. */
export function CheckView({
  report,
  onCheck,
  onWriteSheet,
  onSelect,
}: CheckViewProps): ReactElement {
  const { t, lang, runner } = usePane();
  const styles = useStyles();
  const counts = report?.summary.counts;
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={runner.busy} onClick={onCheck}>
          {t("check.run")}
        </Button>
        <Button disabled={runner.busy || report === null} onClick={onWriteSheet}>
          {t("check.writeSheet")}
        </Button>
      </div>
      {report === null || counts === undefined ? (
        <Text>{t("check.notRun")}</Text>
      ) : (
        <>
          <ul
            className={styles.counts}
            aria-label={t("check.countsLabel")}
            data-testid="check-counts"
          >
            {(["error", "warning", "info"] as const).map((severity) => (
              <li key={severity} className={mergeClasses(styles.count, styles[severity])}>
                {`${t(`severity.${severity}`)}: ${String(counts[severity])}`}
              </li>
            ))}
          </ul>
          <Field
            label={`${t("check.completeness")}: ${formatPercent(report.summary.completeness, lang) ?? ""}`}
          >
            <ProgressBar
              value={report.summary.completeness}
              max={1}
              thickness="large"
              color={report.summary.completeness >= 1 ? "success" : "brand"}
            />
          </Field>
          {report.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("check.noFindings")}</MessageBarBody>
            </MessageBar>
          ) : (
            <FindingsTable findings={report.findings} onSelect={onSelect} idPrefix="check" />
          )}
        </>
      )}
    </div>
  );
}
