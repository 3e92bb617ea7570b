import { makeStyles, tokens } from "@fluentui/react-components";

/** A pane narrower than 360 px (Excel opens it at 320–350): cells give their padding to the numbers. */
const NARROW = "@media (max-width: 359px)";

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
    [NARROW]: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}` },
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    [NARROW]: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}` },
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
});
