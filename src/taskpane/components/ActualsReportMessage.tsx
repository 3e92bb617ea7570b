import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { ImportActualsResult } from "../../excel/types";
import { formatAmount } from "../../i18n/format";
import type { MessageKey, Translate } from "../../i18n/translate";
import type { ImportGroup } from "../../domain/portfolio/actuals";
import type { Lang } from "../../domain/values";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    maxHeight: "12em",
    overflowY: "auto",
  },
  para: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
});

/** Props of the report of an actuals import. */
export interface ActualsReportMessageProps {
  readonly result: ImportActualsResult;
  readonly t: Translate;
  readonly lang: Lang;
  readonly currency: string;
}

/** Lines as `3, 5, 9` (the first 20, then `…`). */
function linesText(lines: readonly number[]): string {
  return lines.length > 20 ? `${lines.slice(0, 20).join(", ")}, …` : lines.join(", ");
}

/**
 * The MessageBar after an import: what was written, items and months the plan
 * does not have (with their lines), and every row that was not imported with
 * its pasted line; or the refusal, which changed nothing.
 */
export function ActualsReportMessage({
  result,
  t,
  lang,
  currency,
}: ActualsReportMessageProps): ReactElement {
  const styles = useStyles();
  if (!result.ok) {
    const text = t(`failure.${result.reason}`);
    const detail = result.message.trim();
    return (
      <MessageBar intent="error" layout="multiline" data-testid="actuals-report">
        <MessageBarBody>
          <MessageBarTitle>{t("failure.title")}</MessageBarTitle>
          {detail === "" || text.includes(detail) ? text : `${text} (${detail})`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { report } = result;
  const money = (minor: number): string => formatAmount(minor, lang, currency) ?? "";
  const groups = (list: readonly ImportGroup[]): string =>
    list
      .map((g) =>
        t("actuals.group", { key: g.key, amount: money(g.amount), lines: linesText(g.lines) })
      )
      .join("; ");
  const clean =
    report.badRows.length === 0 &&
    report.monthsOutsidePlan.length === 0 &&
    report.unknownItems.length === 0;
  const intent = !result.written ? "warning" : clean ? "success" : "warning";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="actuals-report">
      <MessageBarBody>
        <MessageBarTitle>
          {t(result.written ? "actuals.doneTitle" : "actuals.nothingTitle")}
        </MessageBarTitle>
        <p className={styles.para}>
          {result.written
            ? t("actuals.summary", {
                records: report.records,
                total: money(report.total),
                cells: report.cellsWritten,
                replaced: report.cellsReplaced,
              })
            : t("actuals.nothing")}
        </p>
        {report.rowsAdded.length > 0 ? (
          <p className={styles.para}>
            {t("actuals.rowsAdded", { items: report.rowsAdded.join(", ") })}
          </p>
        ) : null}
        {report.unknownItems.length > 0 ? (
          <p className={styles.para}>
            {t("actuals.unknownItems", { items: groups(report.unknownItems) })}
          </p>
        ) : null}
        {report.monthsOutsidePlan.length > 0 ? (
          <p className={styles.para}>
            {t("actuals.outside", { months: groups(report.monthsOutsidePlan) })}
          </p>
        ) : null}
        {result.archived > 0 ? (
          <p className={styles.para}>{t("actuals.archived", { count: result.archived })}</p>
        ) : null}
        {report.badRows.length > 0 ? (
          <>
            <p className={styles.para}>{t("actuals.badRows", { count: report.badRows.length })}</p>
            <ul className={styles.list} data-testid="actuals-bad-rows">
              {report.badRows.map((b) => (
                <li key={`${b.line}-${b.reason}`}>
                  {t(`actuals.bad.${b.reason}` as MessageKey, { line: b.line, text: b.text ?? "" })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
