/**
 * The Office.js shell (DESIGN.md): read the workbook into grids, carry out a SheetPlan, select a
 * problem's cell, and the What-if section's two writes. Each takes the Excel.RequestContext of an
 * Excel.run batch.
 *
 *   readWorkbook     2 requests up to ~5,000 clients (find, then the input tables' cells), one more per ~4 MB beyond
 *   applyPlan        1 request to update our sheets in place, 2 when a sheet is new; one more per ~3 MB of values
 *   writeSample      applyPlan of the engine's sample model
 *   selectCell       2 requests: activate the sheet, then select the cell
 *   saveScenario     at most 3 requests: find, read the Scenarios sheet, write it
 *   applyCellWrites  2 requests: check the target cells, then write them
 */
export { readWorkbook, type WorkbookRead } from "./readWorkbook";
export { applyPlan, type ApplyResult } from "./applyPlan";
export { writeSample } from "./writeSample";
export { selectCell, CellNotFoundError, HiddenSheetError } from "./selectCell";
export { saveScenario } from "./saveScenario";
export { applyCellWrites, CellsChangedError } from "./writeCells";
export { ForeignSheetError } from "../../core/report/outputs/foreignSheet";
export { runInExcel, CellEditModeError } from "./run";
export { ProtectedSheetError } from "./protection";
export { outputSheetStates, sheetState, type WorkbookState } from "./workbookState";
