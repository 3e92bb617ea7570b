import { webLightTheme, type Theme } from "@fluentui/react-components";

/** The three looks of the pane; each is a Fluent theme, so every colour comes from its tokens. */
export type PaneThemeName = "light" | "dark" | "highContrast";

/**
 * The Fluent theme of a look. Light (the common case) is in the first bundle; dark and high contrast
 * are a small chunk fetched before the first render when Office asks for them.
 */
export async function loadTheme(name: PaneThemeName): Promise<Theme> {
  if (name === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./darkThemes");
  return name === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}

/** The part of `Office.context.officeTheme` the pane looks at. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of a `#rgb` / `#rrggbb` colour, or null when it is not one. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const digits = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const channel = (i: number): number => {
    const v = parseInt(digits.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * The pane's look from Office's theme: high contrast when the system forces colours
 * (Windows high contrast), dark when Office's body background is dark, light otherwise
 * (also when the host does not tell its theme).
 */
export function themeNameFor(
  officeTheme: OfficeThemeColors | null | undefined,
  forcedColors: boolean
): PaneThemeName {
  if (forcedColors) return "highContrast";
  const background = officeTheme?.bodyBackgroundColor;
  const lum = background ? luminance(background) : null;
  return lum !== null && lum < 0.4 ? "dark" : "light";
}
