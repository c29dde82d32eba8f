/**
 * How each block style of a SheetPlan looks, the same in both shells: Excel font settings, with
 * colours as #RRGGBB. A table block keeps its table style's fonts instead.
 */
import type { BlockStyle } from "../sheetPlan";

export interface BlockFont {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

/** A row's own look on a page for clients (the rate card): a font, and optionally a fill and a thin rule under the cells. */
export interface CellLook extends BlockFont {
  /** #RRGGBB background. */
  fill?: string;
  /** #RRGGBB of a thin line under each cell. */
  rule?: string;
}

export const BLOCK_FONTS: Readonly<Record<BlockStyle, BlockFont | null>> = {
  title: { size: 16, bold: true },
  subtitle: { italic: true, color: "#595959" },
  heading: { size: 12, bold: true },
  kpiLabel: { bold: true },
  kpiValue: { size: 12, bold: true },
  note: { italic: true, size: 9, color: "#595959" },
  body: null,
};
