/** Workbooks for the preview's tests: the sample as an .xlsx file, and the in-memory Excel made from it. */
import ExcelJS from "exceljs";
import { createFakeExcel, installFakeExcel, type FakeExcel } from "../../../src/testing/fakeExcel";
import { applyPlan as applyXlsxPlan } from "../../../src/shells/xlsx/write/applyPlan";
import { loadWorkbookBytes, workbookBytes } from "../../../src/shells/xlsx/read/files";
import { planSampleModel } from "../../../src/core/report/sheets/planSample";
import { workbookInit } from "../../../src/apps/preview/server/workbookInit";
import { runFlow } from "../../../src/core/flow";
import { applyPlan, readWorkbook } from "../../../src/shells/excel";

export async function sampleFile(edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  applyXlsxPlan(workbook, planSampleModel());
  edit?.(workbook);
  return workbookBytes(workbook);
}

/** The in-memory Excel the preview makes from a file, installed as the globals the shell uses. */
export async function fakeFrom(bytes: Buffer): Promise<FakeExcel> {
  const fake = createFakeExcel(workbookInit(await loadWorkbookBytes(bytes)));
  installFakeExcel(fake);
  return fake;
}

/** What Analyze does in the pane: read through the Office.js shell, run the flow, write the results. */
export async function analyzeInPane(fake: FakeExcel, sheets: ("results" | "rateCard")[] = ["results"]): Promise<void> {
  const context = fake.context() as unknown as Excel.RequestContext;
  const read = await readWorkbook(context);
  const flow = runFlow(read.grids, { sheets });
  if (!flow.plan) throw new Error("the fixture has errors");
  await applyPlan(context, flow.plan, read.state);
}
