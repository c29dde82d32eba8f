/**
 * Excel.run for the pane's actions, and what happens while the user is editing a cell: Excel
 * refuses every request then ("When false, if the user is in cell edit when the batch request is
 * processed by the host, the batch automatically fails": Excel JavaScript API reference,
 * Excel.RunOptions.delayForCellEdit; error code InvalidOperationInCellEditMode, "Error handling
 * with the application-specific JavaScript APIs"). Where the requirement set has it (ExcelApi
 * 1.11) the batch asks Excel to wait until the user leaves the cell; elsewhere the refusal becomes
 * CellEditModeError, whose message tells the user what to do. A refused request writes nothing,
 * and every write of ours starts with a request that would be refused first.
 */
import { excelApiSupported } from "./requirements";

/** RunOptions.delayForCellEdit. */
export const CELL_EDIT_API = "1.11";

export class CellEditModeError extends Error {
  constructor(readonly action: string) {
    super(`Finish editing the cell (Enter or Esc), then choose ${action} again.`);
    this.name = "CellEditModeError";
  }
}

export function isCellEditRefusal(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "InvalidOperationInCellEditMode";
}

/** RunOptions.mergeUndoGroup: one action is one undo step. */
export const UNDO_GROUP_API = "1.20";

/**
 * `action` is the button the user chose ("Analyze"), named in the message. Where Excel has it
 * (ExcelApi 1.20), the batch's requests are one undo group ("When true, all context.sync() calls
 * within one Excel.run are merged into a single undo group": Excel.RunOptions.mergeUndoGroup), so
 * one Ctrl+Z takes back one Analyze rather than its last request.
 */
export async function runInExcel<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    if (!excelApiSupported(CELL_EDIT_API)) return await Excel.run(batch);
    return await Excel.run({ delayForCellEdit: true, ...(excelApiSupported(UNDO_GROUP_API) ? { mergeUndoGroup: true } : {}) }, batch);
  } catch (error) {
    if (isCellEditRefusal(error)) throw new CellEditModeError(action);
    throw error;
  }
}
