import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Plain HTML tables in Fluent's look (tokens only). The pane uses semantic <table> markup instead of
 * Fluent's Table components: those pull in the DataGrid's selection cells (checkbox, radio, avatar),
 * which would break the pane's bundle budget (≤ 1.3 × a React + Fluent hello page) for no gain here.
 */
export const useTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
});
