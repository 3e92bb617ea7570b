import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { WorkbookActions } from "../excel/types";
import { paneLangFromDisplayLanguage } from "../i18n/translate";
import { App, type PaneView } from "./components/App";
import { loadTheme, type PaneThemeName } from "./theme";
import { localToday } from "./today";

/** What the pane needs from its host (Office, or the preview). */
export interface MountOptions {
  readonly actions: WorkbookActions;
  /** Office's display language (`Office.context.displayLanguage`), e.g. `ru-RU`. */
  readonly displayLanguage: string | undefined;
  readonly theme: PaneThemeName;
  /** Today as `YYYY-MM-DD`; default: the local date of this machine. */
  readonly today?: () => string;
  readonly initialView?: PaneView;
}

/**
 * Render (or re-render with a new theme) the task pane into `root` inside a FluentProvider. A theme
 * chunk that fails to load leaves the pane in the light theme rather than not showing it.
 */
export async function renderTaskPane(root: Root, options: MountOptions): Promise<void> {
  let theme: Theme = webLightTheme;
  try {
    theme = await loadTheme(options.theme);
  } catch (error: unknown) {
    console.error("[kam] theme not loaded, using the light theme", error);
  }
  root.render(
    <FluentProvider theme={theme}>
      <App
        actions={options.actions}
        initialLang={paneLangFromDisplayLanguage(options.displayLanguage)}
        today={options.today ?? localToday}
        {...(options.initialView ? { initialView: options.initialView } : {})}
      />
    </FluentProvider>
  );
}

/** Create a React root in `container` and render the task pane into it. */
export function mountTaskPane(container: HTMLElement, options: MountOptions): Root {
  const root = createRoot(container);
  void renderTaskPane(root, options);
  return root;
}
