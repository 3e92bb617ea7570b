import { Subtitle2, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import type { Finding } from "../../domain/findings";
import type { Plan } from "../../domain/plan";
import type { CellRef } from "../../domain/values";
import { findingPlace, groupFindings } from "../findingGroups";
import { findingTarget } from "../findingTarget";
import { usePane } from "../hooks/paneContext";
import { useTableStyles } from "./tableStyles";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  sheetTitle: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  message: { whiteSpace: "normal" },
  cellCol: { width: "96px" },
  marked: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorCompoundBrandStroke}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  link: {
    appearance: "none",
    border: "none",
    padding: 0,
    margin: 0,
    backgroundColor: "transparent",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    textAlign: "start",
    overflowWrap: "anywhere",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
    "&[aria-disabled='true']": { cursor: "default" },
  },
});

/** Props of the findings list. */
export interface FindingsTableProps {
  readonly findings: readonly Finding[];
  /** The plan the findings are about: a finding about a computed value goes to the input to change. */
  readonly plan?: Plan | null;
  /** Select a finding's cell (or the input to change) in the workbook. */
  readonly onSelect: (ref: CellRef) => void;
  /** A prefix for heading ids, unique per list on the page. */
  readonly idPrefix: string;
}

/** A key of a finding that survives a re-check in another language (the message is not part of it). */
function findingKey(finding: Finding, index: number): string {
  return `${finding.code}|${findingPlace(finding)}|${String(index)}`;
}

/**
 * Findings grouped by severity and sheet: the message, and the cell as a link. A click on the row,
 * or Enter/Space on its link, selects the cell in the workbook (for a finding about a computed value,
 * the input its message tells the user to change) and marks the row. The internal code is the row's
 * tooltip. The link is never disabled while the selection runs, so the keyboard focus stays on it.
 */
export function FindingsTable({
  findings,
  plan = null,
  onSelect,
  idPrefix,
}: FindingsTableProps): ReactElement {
  const { t, runner } = usePane();
  const styles = useStyles();
  const table = useTableStyles();
  const [marked, setMarked] = useState<string | null>(null);
  return (
    <div data-testid={`${idPrefix}-findings`}>
      {groupFindings(findings).map((group) => {
        const headingId = `${idPrefix}-${group.severity}`;
        return (
          <section key={group.severity} className={styles.group} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId}>
              {t(`severity.${group.severity}`)} ({group.count})
            </Subtitle2>
            {group.sheets.map((sheetGroup) => {
              const sheetTitle =
                sheetGroup.sheet === null
                  ? t("check.workbookLevel")
                  : t("check.sheet", { sheet: sheetGroup.sheet });
              return (
                <div key={sheetGroup.sheet ?? ""}>
                  <Text as="h4" weight="semibold" size={200} className={styles.sheetTitle}>
                    {sheetTitle}
                  </Text>
                  <table
                    className={table.table}
                    aria-label={`${t(`severity.${group.severity}`)}: ${sheetTitle}`}
                  >
                    <thead>
                      <tr>
                        <th scope="col" className={table.th}>
                          {t("check.colMessage")}
                        </th>
                        <th scope="col" className={mergeClasses(table.th, styles.cellCol)}>
                          {t("check.colCell")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {sheetGroup.findings.map((finding) => {
                        const key = findingKey(finding, findings.indexOf(finding));
                        const ref = findingTarget(finding, plan);
                        const place = ref ? `${ref.sheet}!${ref.cell}` : findingPlace(finding);
                        const isMarked = key === marked;
                        const go = (): void => {
                          if (!ref || runner.busy) return;
                          setMarked(key);
                          onSelect(ref);
                        };
                        return (
                          <tr
                            key={key}
                            className={mergeClasses(
                              ref ? table.clickable : undefined,
                              isMarked ? styles.marked : undefined
                            )}
                            title={t("check.code", { code: finding.code })}
                            data-code={finding.code}
                            data-testid="finding"
                            {...(isMarked ? { "aria-current": true, "data-marked": "true" } : {})}
                            onClick={ref ? go : undefined}
                          >
                            <td className={mergeClasses(table.td, styles.message)}>
                              {finding.message}
                            </td>
                            <td className={table.td}>
                              {ref ? (
                                <button
                                  type="button"
                                  className={styles.link}
                                  aria-disabled={runner.busy}
                                  aria-label={t("check.goTo", { ref: place })}
                                  onClick={(event) => {
                                    event.stopPropagation();
                                    go();
                                  }}
                                >
                                  {ref.cell}
                                </button>
                              ) : (
                                <Text size={200}>{place}</Text>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
