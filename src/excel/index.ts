/**
 * The Office.js shell (DESIGN.md): read the workbook into grids, carry out a SheetPlan, select a
 * problem's cell. Each takes the Excel.RequestContext of an Excel.run batch.
 *
 *   readWorkbook  2 requests: find sheets/tables/names, then load the input tables' cells
 *   applyPlan     1 request for models that fit Excel on the web's 5 MB, one more per ~3 MB beyond
 *   writeSample   applyPlan of the engine's sample model
 *   selectCell    1 request
 */
export { readWorkbook, type WorkbookRead } from "./readWorkbook";
export { applyPlan, checkPlan, type ApplyResult } from "./applyPlan";
export { writeSample } from "./writeSample";
export { selectCell, splitAddress, CellNotFoundError } from "./selectCell";
export { ForeignSheetError } from "./errors";
export { outputSheetStates, sheetState, type SheetState, type WorkbookState } from "./workbookState";
export { excelApiSupported } from "./requirements";
