/** The dark and high-contrast Fluent themes, loaded on demand by `loadTheme`. */
export { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
