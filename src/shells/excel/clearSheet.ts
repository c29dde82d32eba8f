/**
 * Empty one of our output sheets for its new plan, keeping the sheet itself (name, position, the
 * user's references into it, the undo stack) and, where Excel can resize them, our Excel tables,
 * so a user's structured reference (`=SUM(PricingClients[Revenue])`) keeps working.
 *
 * In two steps around the new values, so that a write cut short never leaves the sheet empty (a
 * Save scenario that fails part way keeps the saved scenarios: the new rows are written before the
 * old ones are removed):
 *   before: our charts and the tables the plan does not keep are removed, every cell's formats are
 *     cleared (Range.clear("Formats"), ExcelApi 1.1), rows go back to the standard height (1.7),
 *     hidden columns show again (1.2); values stay;
 *   after:  the cells outside the plan's blocks are emptied (Range.clear("All"): their formats are gone already).
 */
import { sameName } from "../../core/report/outputs/ownership";
import { a1 } from "../../core/workbook/address";
import type { BlockArea } from "./writeBlock";
import type { WorkbookState } from "./workbookState";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** `kept`: names of our tables on this sheet that the plan resizes rather than re-creates. */
export function prepareOurSheet(
  workbook: Excel.Workbook, sheet: Excel.Worksheet, sheetName: string, state: WorkbookState, kept: ReadonlySet<string>,
): void {
  // Everything on a sheet the add-in owns is the add-in's: it is rewritten whole on every run.
  for (const t of state.tables) if (sameName(t.sheet, sheetName) && !kept.has(t.name.toLocaleLowerCase())) workbook.tables.getItem(t.name).delete();
  for (const c of state.charts ?? []) if (sameName(c.sheet, sheetName)) sheet.charts.getItem(c.name).delete();
  const all = sheet.getRange(); // the whole sheet
  all.clear("Formats" as Excel.ClearApplyTo);
  all.format.useStandardHeight = true; // ExcelApi 1.7
  all.columnHidden = false; // ExcelApi 1.2: a column the last plan hid (Scenarios' data column) shows again unless hidden anew
}

/** Queued after the new values: every cell of the sheet outside `blocks` is emptied. */
export function clearOutside(sheet: Excel.Worksheet, blocks: readonly BlockArea[]): void {
  for (const r of outside(blocks)) sheet.getRange(`${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`).clear("All" as Excel.ClearApplyTo);
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet less the blocks, as a few rectangles: bands of rows between block edges, then everything below. */
export function outside(blocks: readonly BlockArea[]): Rect[] {
  const areas = blocks.filter((b) => b.rows > 0 && b.width > 0).map((b) => ({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.width - 1 }));
  if (areas.length === 0) return [{ top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL }];
  const bottom = Math.max(...areas.map((a) => a.bottom));
  const edges = [...new Set([0, ...areas.flatMap((a) => [a.top, a.bottom + 1]), bottom + 1])].filter((e) => e <= bottom + 1).sort((x, y) => x - y);
  const out: Rect[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const top = edges[i]!;
    const end = edges[i + 1]! - 1;
    const covered = areas.filter((a) => a.top <= top && a.bottom >= end).map((a) => [a.left, a.right] as const).sort((x, y) => x[0] - y[0]);
    let col = 0;
    for (const [left, right] of covered) {
      if (left > col) out.push({ top, left: col, bottom: end, right: left - 1 });
      col = Math.max(col, right + 1);
    }
    if (col <= LAST_COL) out.push({ top, left: col, bottom: end, right: LAST_COL });
  }
  if (bottom < LAST_ROW) out.push({ top: bottom + 1, left: 0, bottom: LAST_ROW, right: LAST_COL });
  return out;
}
