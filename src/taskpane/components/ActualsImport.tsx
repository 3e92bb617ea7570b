import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ReactElement } from "react";
import type { ActualsColumns, ImportActualsResult } from "../../excel/types";
import { usePane } from "../hooks/paneContext";
import {
  ACTUALS_COLUMNS,
  completeColumns,
  previewRows,
  readPasted,
  type PastedRange,
} from "../pastedActuals";
import { ActualsReportMessage } from "./ActualsReportMessage";
import { useTableStyles } from "./tableStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  preview: { overflowX: "auto" },
  nowrap: { whiteSpace: "nowrap", maxWidth: "12em", overflow: "hidden", textOverflow: "ellipsis" },
});

const PREVIEW_ROWS = 5;

/** Props of the Actuals section. */
export interface ActualsImportProps {
  /** The plan's currency, for the amounts in the report. */
  readonly currency: string;
  /** Called after an import wrote the workbook (the pane recomputes its numbers). */
  readonly onImported: () => void;
}

interface Pasted {
  readonly text: string;
  readonly range: PastedRange;
  readonly chosen: Partial<ActualsColumns>;
}

const EMPTY: Pasted = { text: "", range: readPasted(""), chosen: {} };

/**
 * "Факт продаж / Actual sales": paste a range copied from an ERP / 1C export,
 * see its first rows, map the item / month / amount columns (pre-selected
 * from the headers) and import it into SalesActual through the adapter. The
 * report names every row that was not imported with its pasted line.
 */
export function ActualsImport({ currency, onImported }: ActualsImportProps): ReactElement {
  const { actions, t, lang, runner } = usePane();
  const styles = useStyles();
  const table = useTableStyles();
  const headingId = useId();
  const [pasted, setPasted] = useState<Pasted>(EMPTY);
  const [result, setResult] = useState<ImportActualsResult | null>(null);
  const [running, setRunning] = useState(false);
  const importActuals = actions.importActuals?.bind(actions);
  const { range, chosen } = pasted;
  const columns = completeColumns(chosen);
  const rows = previewRows(range, PREVIEW_ROWS);

  const onText = (text: string): void => {
    const next = readPasted(text);
    setPasted({ text, range: next, chosen: next.suggested });
    setResult(null);
  };
  const choose = (role: keyof ActualsColumns, value: string): void => {
    const rest = Object.fromEntries(
      Object.entries(chosen).filter(([k]) => k !== role)
    ) as Partial<ActualsColumns>;
    setPasted({ ...pasted, chosen: value === "" ? rest : { ...rest, [role]: Number(value) } });
  };
  const start = (): void =>
    void (async () => {
      if (!importActuals || !columns || range.headerRow === null) return;
      const headerRow = range.headerRow;
      setRunning(true);
      const done = await runner.run("importActuals", "reading", (onProgress) =>
        importActuals(range.grid, columns, { headerRow, onProgress, uiLang: lang })
      );
      setRunning(false);
      if (done === undefined) return;
      setResult(done);
      if (done.ok && done.written) onImported();
    })();

  const fieldState = (
    role: keyof ActualsColumns
  ): { validationState?: "warning" | "error"; validationMessage?: string } => {
    const index = chosen[role];
    if (range.headerRow === null) return {};
    if (index === undefined)
      return { validationState: "warning", validationMessage: t("actuals.columnMissing") };
    const same = ACTUALS_COLUMNS.some((other) => other !== role && chosen[other] === index);
    return same ? { validationState: "error", validationMessage: t("actuals.columnsSame") } : {};
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="actuals-section">
      <Subtitle2 as="h2" id={headingId}>
        {t("actuals.heading")}
      </Subtitle2>
      <Caption1>{t("actuals.intro")}</Caption1>
      {importActuals ? null : <Text>{t("actuals.unavailable")}</Text>}
      <Field label={t("actuals.paste")} hint={t("actuals.pasteHint")}>
        <Textarea
          value={pasted.text}
          onChange={(_e, data) => onText(data.value)}
          resize="vertical"
          rows={4}
          disabled={!importActuals}
        />
      </Field>
      {pasted.text.trim() !== "" && range.headerRow === null ? (
        <Text>{t("actuals.empty")}</Text>
      ) : null}
      {range.headerRow !== null ? (
        <div className={styles.preview}>
          <Caption1>{t("actuals.previewCaption", { line: range.headerRow + 1 })}</Caption1>
          <table
            className={table.table}
            aria-label={t("actuals.previewLabel")}
            data-testid="actuals-preview"
          >
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(table.th, table.num)}>
                  {t("actuals.line")}
                </th>
                {range.headers.map((h, i) => (
                  <th key={i} scope="col" className={mergeClasses(table.th, styles.nowrap)}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line}>
                  <th scope="row" className={mergeClasses(table.td, table.num)}>
                    {row.line}
                  </th>
                  {row.cells.map((c, i) => (
                    <td key={i} className={mergeClasses(table.td, styles.nowrap)}>
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {range.headerRow !== null
        ? ACTUALS_COLUMNS.map((role) => (
            <Field key={role} label={t(`actuals.column.${role}`)} {...fieldState(role)}>
              <Select
                value={chosen[role] === undefined ? "" : String(chosen[role])}
                onChange={(_e, data) => choose(role, data.value)}
              >
                <option value="">{t("actuals.choose")}</option>
                {range.headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          ))
        : null}
      <div>
        <Button
          appearance="primary"
          disabled={runner.busy || !importActuals || columns === null || range.headerRow === null}
          onClick={start}
        >
          {t("actuals.import")}
        </Button>
      </div>
      {running && runner.progress ? (
        <Field
          label={t("actuals.import")}
          validationMessage={runner.progress.text}
          validationState="none"
        >
          <ProgressBar
            {...(runner.progress.fraction === undefined ? {} : { value: runner.progress.fraction })}
          />
        </Field>
      ) : null}
      {result ? (
        <ActualsReportMessage result={result} t={t} lang={lang} currency={currency} />
      ) : null}
    </section>
  );
}
