import { Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import type { WorkbookModel } from "../testing/excel-double/model";
import { sheetPicture } from "./sheetPicture";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, rowGap: tokens.spacingVerticalS },
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 120px)",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: "0 4px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "220px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  formula: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** Props of the sheets view: the double's workbook and a counter that changes after every workbook action. */
export interface SheetsViewProps {
  /** The double's workbook, read afresh on each render. */
  readonly model: () => WorkbookModel;
  readonly version: number;
}

/**
 * A plain read-only picture of the double's workbook: a tab per visible sheet, the cells as an HTML
 * table, the selected cell highlighted. It follows the workbook's active sheet after each action.
 */
export function SheetsView({ model: currentModel, version }: SheetsViewProps): ReactElement {
  const styles = useStyles();
  const model = currentModel();
  // A tab the person picked holds until the next workbook action; then the view follows the active sheet.
  const [picked, setPicked] = useState<{ readonly id: string; readonly atVersion: number } | null>(
    null
  );
  const shown = picked !== null && picked.atVersion === version ? picked.id : model.activeSheetId;
  const sheets = model.sheets.filter((s) => s.visibility === "Visible");
  const current = sheets.some((s) => s.id === shown) ? shown : (sheets[0]?.id ?? "");
  const picture = sheetPicture(model, current);
  return (
    <section
      className={styles.root}
      aria-label="Workbook (read-only preview)"
      data-testid="sheets-view"
      data-version={version}
    >
      <TabList
        size="small"
        selectedValue={current}
        onTabSelect={(_e, data) => setPicked({ id: String(data.value), atVersion: version })}
        aria-label="Sheets"
      >
        {sheets.map((s) => (
          <Tab key={s.id} value={s.id} data-sheet={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {picture ? (
        <div
          className={styles.scroller}
          tabIndex={0}
          role="region"
          aria-label={`Sheet ${picture.name}`}
        >
          <table className={styles.table} data-sheet={picture.name}>
            <thead>
              <tr>
                <th className={styles.head} scope="col" aria-label="Row" />
                {picture.columns.map((c) => (
                  <th key={c} className={styles.head} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {picture.rows.map((row) => (
                <tr key={row.number}>
                  <th className={styles.rowHead} scope="row">
                    {row.number}
                  </th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.address}
                      data-address={cell.address}
                      {...(cell.selected
                        ? { "data-selected": "true", "aria-current": "location" as const }
                        : {})}
                      className={[
                        styles.cell,
                        cell.isFormula ? styles.formula : "",
                        cell.selected ? styles.selected : "",
                      ].join(" ")}
                      title={cell.text}
                    >
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {picture?.clipped ? <Caption1>Only the first rows and columns are shown.</Caption1> : null}
    </section>
  );
}
