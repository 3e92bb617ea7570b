import type { PaneThemeName } from "../taskpane/theme";

/** Office's body background per look, as `Office.context.officeTheme` reports it in Excel's themes. */
const BODY_BACKGROUND: Readonly<Record<PaneThemeName, string>> = {
  light: "#FFFFFF",
  dark: "#262626",
  highContrast: "#000000",
};

/**
 * The few `Office` members the pane reads, installed as a global by the preview only (never in the
 * add-in: there Office.js comes from Microsoft's CDN): `onReady`, `context.displayLanguage`,
 * `context.officeTheme`, `context.requirements.isSetSupported`.
 */
export function installOfficeGlobals(displayLanguage: string, theme: PaneThemeName): void {
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      officeTheme: {
        bodyBackgroundColor: BODY_BACKGROUND[theme],
        bodyForegroundColor: theme === "light" ? "#000000" : "#FFFFFF",
      },
      requirements: { isSetSupported: (): boolean => true },
    },
    onReady: (
      callback?: (info: { host: string; platform: string }) => void
    ): Promise<{ host: string; platform: string }> => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  Object.assign(globalThis, { Office: office });
}
