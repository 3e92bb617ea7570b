import type { CellStyle } from "./types";

/**
 * How each cell style looks: the only colours of the workbook (a tiny palette,
 * hex RGB without `#`). Both writers render `CellLayout.style` /
 * `TableColumnLayout.style` from this table; tables add their own built-in
 * table style on top.
 */
export interface CellStyleLook {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Font size in points. */
  readonly size: number;
  /** Font colour, hex RGB (`1F3864`). */
  readonly color: string;
  /** Fill colour, hex RGB, or null for none. */
  readonly fill: string | null;
  readonly wrap: boolean;
}

/** The palette: navy titles, grey help, a pale yellow for inputs, a pale grey for computed cells, bar colours. */
export const PALETTE = {
  navy: "1F3864",
  text: "000000",
  grey: "595959",
  input: "FFF9E5",
  computed: "EDEDED",
  header: "D9E1F2",
  /** Data bars of the plan-vs-actual block: plan blue, actual green. */
  planBar: "4472C4",
  actualBar: "70AD47",
} as const;

/** The look of every cell style. */
export const CELL_STYLES: Readonly<Record<CellStyle, CellStyleLook>> = {
  title: { bold: true, italic: false, size: 14, color: PALETTE.navy, fill: null, wrap: false },
  section: { bold: true, italic: false, size: 12, color: PALETTE.navy, fill: null, wrap: false },
  label: { bold: false, italic: false, size: 11, color: PALETTE.text, fill: null, wrap: false },
  header: {
    bold: true,
    italic: false,
    size: 11,
    color: PALETTE.text,
    fill: PALETTE.header,
    wrap: true,
  },
  input: {
    bold: false,
    italic: false,
    size: 11,
    color: PALETTE.text,
    fill: PALETTE.input,
    wrap: false,
  },
  /** An input of long text (long_text fields and columns): wrapped, so it prints whole. */
  longInput: {
    bold: false,
    italic: false,
    size: 11,
    color: PALETTE.text,
    fill: PALETTE.input,
    wrap: true,
  },
  computed: {
    bold: false,
    italic: false,
    size: 11,
    color: PALETTE.text,
    fill: PALETTE.computed,
    wrap: false,
  },
  /** A computed text that may run long (the Summary's risks, measures, activities): wrapped. */
  longComputed: {
    bold: false,
    italic: false,
    size: 11,
    color: PALETTE.text,
    fill: PALETTE.computed,
    wrap: true,
  },
  help: { bold: false, italic: true, size: 9, color: PALETTE.grey, fill: null, wrap: false },
  plain: { bold: false, italic: false, size: 11, color: PALETTE.text, fill: null, wrap: false },
};
