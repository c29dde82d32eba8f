/**
 * The Office.js shell (DESIGN.md): read the workbook into grids, carry out a SheetPlan, select a
 * problem's cell, and the What-if section's two writes. Each takes the Excel.RequestContext of an
 * Excel.run batch.
 *
 *   readWorkbook     2 requests: find sheets/tables/names, then load the input tables' cells
 *   applyPlan        1 request for models that fit Excel on the web's 5 MB, one more per ~3 MB beyond
 *   writeSample      applyPlan of the engine's sample model
 *   selectCell       1 request
 *   saveScenario     at most 3 requests: find, read the Scenarios sheet, write it
 *   applyCellWrites  2 requests: check the target cells, then write them
 */
export { readWorkbook, type WorkbookRead } from "./readWorkbook";
export { applyPlan, type ApplyResult } from "./applyPlan";
export { writeSample } from "./writeSample";
export { selectCell, CellNotFoundError } from "./selectCell";
export { saveScenario } from "./saveScenario";
export { applyCellWrites, CellsChangedError } from "./writeCells";
export { ForeignSheetError } from "../report/foreignSheet";
export { outputSheetStates, sheetState, type WorkbookState } from "./workbookState";
