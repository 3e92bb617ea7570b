import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent, type ReactElement } from "react";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "nowrap",
    columnGap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    appearance: "none",
    border: "none",
    backgroundColor: "transparent",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalSNudge}`,
    // One line at 350 px: a tab label never wraps (the tabs shrink their padding first).
    whiteSpace: "nowrap",
    flexShrink: 1,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    // A pane narrower than 380 px (Excel opens it at 320–350): the labels keep one line in a smaller size.
    "@media (max-width: 379px)": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    },
    ":hover": {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/** Props of the tab bar. */
export interface PaneTabsProps<V extends string> {
  readonly views: readonly V[];
  /** The open view; null while none is open yet (the pane is reading the workbook). */
  readonly selected: V | null;
  readonly label: string;
  readonly labelOf: (view: V) => string;
  readonly onSelect: (view: V) => void;
}

/**
 * The pane's tab bar: WAI-ARIA tabs (role tablist/tab, one tab stop, arrow keys, Home/End) in
 * Fluent's look through tokens. Fluent's TabList would cost ~23 KB gzip (its animated indicator),
 * a third of the pane's whole budget; this does the same job for a few hundred bytes.
 */
export function PaneTabs<V extends string>({
  views,
  selected,
  label,
  labelOf,
  onSelect,
}: PaneTabsProps<V>): ReactElement {
  const styles = useStyles();
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number): void => {
    const last = views.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const view = views[(next + views.length) % views.length];
    if (view === undefined) return;
    onSelect(view);
    refs.current.get(view)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {views.map((view, index) => {
        const isSelected = view === selected;
        const tabStop = isSelected || (selected === null && index === 0);
        return (
          <button
            key={view}
            ref={(element) => {
              if (element) refs.current.set(view, element);
              else refs.current.delete(view);
            }}
            type="button"
            role="tab"
            id={`tab-${view}`}
            aria-selected={isSelected}
            {...(isSelected ? { "aria-controls": `panel-${view}` } : {})}
            tabIndex={tabStop ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(view)}
            onKeyDown={(event) => move(event, index)}
          >
            {labelOf(view)}
          </button>
        );
      })}
    </div>
  );
}
