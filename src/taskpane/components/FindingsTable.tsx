import {
  Button,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Finding } from "../../domain/findings";
import type { CellRef } from "../../domain/values";
import { findingPlace, groupFindings } from "../findingGroups";
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
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    wordBreak: "break-all",
  },
  message: { whiteSpace: "normal" },
  cellCol: { width: "96px" },
});

/** Props of the findings list. */
export interface FindingsTableProps {
  readonly findings: readonly Finding[];
  /** Select a finding's cell in the workbook. */
  readonly onSelect: (ref: CellRef) => void;
  /** A prefix for heading ids, unique per list on the page. */
  readonly idPrefix: string;
}

/**
 * Findings grouped by severity and sheet: each with its code, message and cell. A click on the row,
 * or Enter/Space on its cell button, selects the cell in the workbook.
 */
export function FindingsTable({ findings, onSelect, idPrefix }: FindingsTableProps): ReactElement {
  const { t, runner } = usePane();
  const styles = useStyles();
  const table = useTableStyles();
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
                      {sheetGroup.findings.map((finding, i) => {
                        const ref =
                          finding.sheet !== null && finding.cell !== null
                            ? { sheet: finding.sheet, cell: finding.cell }
                            : null;
                        const place = findingPlace(finding);
                        return (
                          <tr
                            key={`${finding.code}-${place}-${String(i)}`}
                            className={ref ? table.clickable : undefined}
                            data-code={finding.code}
                            data-testid="finding"
                            onClick={ref && !runner.busy ? () => onSelect(ref) : undefined}
                          >
                            <td className={mergeClasses(table.td, styles.message)}>
                              <div className={styles.code}>{finding.code}</div>
                              {finding.message}
                            </td>
                            <td className={table.td}>
                              {ref ? (
                                <Button
                                  size="small"
                                  appearance="transparent"
                                  disabled={runner.busy}
                                  aria-label={t("check.goTo", { ref: place })}
                                  onClick={(event) => {
                                    event.stopPropagation();
                                    onSelect(ref);
                                  }}
                                >
                                  {finding.cell}
                                </Button>
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
