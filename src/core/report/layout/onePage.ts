/**
 * The print setup of a page a client reads (rate card, proposal, letter): one portrait page, fitted
 * to one sheet of paper wide and tall, centred, with even margins; the consultant's own paper size
 * (Letter or A4) is left as it is.
 */
import type { SheetSpec } from "../sheetPlan";
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
