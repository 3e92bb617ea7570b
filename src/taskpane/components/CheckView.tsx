import {
  Button,
  Caption1,
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
import { completenessColor } from "../figureStatus";
import { usePane } from "../hooks/paneContext";
import { panePercent, paneTime } from "../paneFormat";
import { FindingsTable } from "./FindingsTable";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
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
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorNeutralForeground1,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}`,
  },
  zero: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke2}`,
  },
  stamp: { color: tokens.colorNeutralForeground3 },
  stale: { color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** When the check ran, and whether the workbook changed since. */
export interface CheckStampValue {
  readonly at: Date;
  readonly stale: boolean;
}

/** "Checked at 14:05", or, after the workbook changed, a warning to check again. */
export function CheckStamp({
  stamp,
}: {
  readonly stamp: CheckStampValue | null;
}): ReactElement | null {
  const { t, lang } = usePane();
  const styles = useStyles();
  if (stamp === null) return null;
  const time = paneTime(stamp.at, lang);
  return (
    <Caption1
      className={stamp.stale ? styles.stale : styles.stamp}
      data-testid="check-stamp"
      data-stale={stamp.stale}
      role={stamp.stale ? "status" : undefined}
    >
      {stamp.stale ? t("check.stale", { time }) : t("check.ranAt", { time })}
    </Caption1>
  );
}

/** Props of the check's toolbar. */
export interface CheckToolbarProps {
  readonly report: CheckReport | null;
  readonly stamp: CheckStampValue | null;
  readonly onCheck: () => void;
  readonly onWriteSheet: () => void;
}

/**
 * The pinned top of the Check view: the primary action, the counts by severity, the completeness
 * and when the check ran. It stays in view while the findings scroll under it.
 */
export function CheckToolbar({
  report,
  stamp,
  onCheck,
  onWriteSheet,
}: CheckToolbarProps): ReactElement {
  const { t, lang, runner } = usePane();
  const styles = useStyles();
  const counts = report?.summary.counts;
  return (
    <div className={styles.toolbar} role="group" aria-label={t("check.toolbarLabel")}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={runner.busy} onClick={onCheck}>
          {t("check.run")}
        </Button>
        <Button disabled={runner.busy || report === null} onClick={onWriteSheet}>
          {t("check.writeSheet")}
        </Button>
      </div>
      {report === null || counts === undefined ? null : (
        <>
          <ul
            className={styles.counts}
            aria-label={t("check.countsLabel")}
            data-testid="check-counts"
          >
            {(["error", "warning", "info"] as const).map((severity) => (
              <li
                key={severity}
                className={mergeClasses(
                  styles.count,
                  counts[severity] > 0 ? styles[severity] : styles.zero
                )}
              >
                {`${t(`severity.${severity}`)}: ${String(counts[severity])}`}
              </li>
            ))}
          </ul>
          <Field
            label={`${t("check.completeness")}: ${panePercent(report.summary.completeness, lang) ?? ""}`}
          >
            <ProgressBar
              value={report.summary.completeness}
              max={1}
              thickness="large"
              color={completenessColor(report)}
              data-testid="check-completeness"
              data-color={completenessColor(report)}
            />
          </Field>
          <CheckStamp stamp={stamp} />
        </>
      )}
    </div>
  );
}

/** Props of the Check view's findings. */
export interface CheckViewProps {
  readonly report: CheckReport | null;
  readonly onSelect: (ref: CellRef) => void;
}

/** The Check view below its pinned toolbar: what to do first, or the findings by severity and sheet. */
export function CheckView({ report, onSelect }: CheckViewProps): ReactElement {
  const { t } = usePane();
  const styles = useStyles();
  if (report === null) return <Text>{t("check.notRun")}</Text>;
  return (
    <div className={styles.body}>
      {report.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("check.noFindings")}</MessageBarBody>
        </MessageBar>
      ) : (
        <FindingsTable
          findings={report.findings}
          plan={report.plan}
          onSelect={onSelect}
          idPrefix="check"
        />
      )}
    </div>
  );
}
