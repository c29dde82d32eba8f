/**
 * The print setup of a page a client reads (rate card, proposal, letter): one portrait page, fitted
 * to one sheet of paper wide and tall, centred, with even margins; the consultant's own paper size
 * (Letter or A4) is left as it is.
 */
import type { Block, SheetSpec } from "../sheetPlan";
import { wrappedRowHeights } from "./wrappedRowHeights";
import { columnLetter } from "../../workbook/address";

export function onePortraitPage(lastColumn: number, lastRow: number, marginInches: number): NonNullable<SheetSpec["print"]> {
  const m = marginInches;
  return {
    orientation: "portrait",
    fitToPages: { wide: 1, tall: 1 },
    printArea: `A1:${columnLetter(lastColumn)}${Math.max(lastRow, 1)}`,
    centerHorizontally: true,
    margins: { top: m, bottom: m, left: m, right: m },
  };
}

/**
 * A one-page sheet a client reads (a proposal, a letter): its blocks at these column widths, rows
 * as tall as their wrapped text, no gridlines, shown when written, printed on one portrait page.
 */
export function clientPage(name: string, blocks: Block[], columnWidths: readonly number[], lastRow: number, marginInches: number): SheetSpec {
  return {
    name,
    blocks,
    charts: [],
    columnWidths: [...columnWidths],
    rowHeights: wrappedRowHeights(blocks, columnWidths),
    showGridlines: false,
    activate: true,
    print: onePortraitPage(columnWidths.length - 1, lastRow, marginInches),
  };
}
