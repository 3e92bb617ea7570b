import {
  Caption1,
  FluentProvider,
  Subtitle2,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactElement } from "react";
import type { Lang } from "../domain/values";
import type { WorkbookActions } from "../excel/types";
import { bootTaskPane } from "../taskpane/boot";
import type { PaneThemeName } from "../taskpane/theme";
import type { WorkbookModel } from "../testing/excel-double/model";
import { SheetsView } from "./SheetsView";

const useStyles = makeStyles({
  page: {
    display: "grid",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  pane: {
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    maxHeight: "100vh",
  },
  sheets: {
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
});

const THEMES: Readonly<Record<PaneThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const TEXTS: Readonly<Record<Lang, { readonly title: string; readonly note: string }>> = {
  ru: {
    title: "Книга Excel (тестовый двойник, только просмотр)",
    note: "Слева — настоящая панель надстройки; справа — листы книги, выбранная ячейка выделена.",
  },
  en: {
    title: "Excel workbook (test double, read-only)",
    note: "Left: the real add-in task pane; right: the workbook’s sheets, the selected cell highlighted.",
  },
};

/** Run `task` when the browser is idle (or soon, where `requestIdleCallback` is missing). */
function afterIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === "function")
    window.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 50);
}

/** Props of the preview page. */
export interface PreviewPageProps {
  readonly model: () => WorkbookModel;
  readonly actions: WorkbookActions;
  readonly theme: PaneThemeName;
  readonly lang: Lang;
  readonly today: string;
  /** The task pane's width in px. */
  readonly paneWidth: number;
  /** Subscribe to "the workbook changed"; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** The preview: the real task pane (booted as in Excel, through the Office globals) beside the double's sheets. */
export function PreviewPage({
  model,
  actions,
  theme,
  lang,
  today,
  paneWidth,
  subscribe,
}: PreviewPageProps): ReactElement {
  const styles = useStyles();
  const paneRef = useRef<HTMLDivElement>(null);
  const [version, setVersion] = useState(0);
  // The sheets' picture is a large table: drawn once the pane has read the workbook and the browser is
  // idle, so it never delays the pane's own first render (which is what a person waits for).
  const [sheetsShown, setSheetsShown] = useState(false);
  useEffect(
    () =>
      subscribe(() => {
        setVersion((v) => v + 1);
        afterIdle(() => setSheetsShown(true));
      }),
    [subscribe]
  );
  useEffect(() => {
    if (paneRef.current) bootTaskPane(paneRef.current, actions, { today: () => today });
  }, [actions, today]);
  return (
    <div className={styles.page} style={{ gridTemplateColumns: `${String(paneWidth)}px 1fr` }}>
      <aside className={styles.pane} ref={paneRef} data-testid="task-pane" />
      <FluentProvider theme={THEMES[theme]} className={styles.sheets}>
        <Subtitle2 as="h2">{TEXTS[lang].title}</Subtitle2>
        <Caption1>{TEXTS[lang].note}</Caption1>
        {sheetsShown ? <SheetsView model={model} version={version} /> : null}
      </FluentProvider>
    </div>
  );
}
