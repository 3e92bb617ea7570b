import type { WorkbookActions } from "../excel/types";
import { mountTaskPane, renderTaskPane, type MountOptions } from "./mount";
import { themeNameFor, type OfficeThemeColors } from "./theme";

const FORCED_COLORS = "(forced-colors: active)";

function officeTheme(): OfficeThemeColors | undefined {
  // `officeTheme` is absent in some hosts (older Excel on the web): the pane falls back to the light theme.
  const context = Office.context as Office.Context | undefined;
  return context?.officeTheme;
}

/** Host-independent extras for the boot (the preview passes a fixed today). */
export type BootExtras = Partial<Pick<MountOptions, "today" | "initialView">>;

/**
 * Start the pane after `Office.onReady`: pane language from Office's display language, theme from
 * Office's theme (high contrast when the system forces colours, followed live).
 * Used by the real task pane (index.tsx) and by the preview, which installs its Office globals first.
 */
export function bootTaskPane(
  container: HTMLElement,
  actions: WorkbookActions,
  extras: BootExtras = {}
): void {
  const media = window.matchMedia(FORCED_COLORS);
  const options = (): MountOptions => ({
    actions,
    displayLanguage: Office.context.displayLanguage,
    theme: themeNameFor(officeTheme(), media.matches),
    ...extras,
  });
  const root = mountTaskPane(container, options());
  media.addEventListener("change", () => {
    void renderTaskPane(root, options());
  });
}
