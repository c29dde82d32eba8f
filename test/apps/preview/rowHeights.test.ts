/** The preview's download keeps the row heights the add-in set, so wrapped text does not overlap there either. */
import { snapshotWorkbook } from "../../../src/testing/fakeExcel/snapshot";
import { writePreviewWorkbook } from "../../../src/apps/preview/server/writeWorkbook";
import { loadWorkbookBytes } from "../../../src/shells/xlsx/read/files";
import { readGrids } from "../../../src/shells/xlsx/read/readGrids";
import { runFlow } from "../../../src/core/flow";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { analyzeInPane, fakeFrom, sampleFile } from "./helpers";

it("writes each row height of the results sheet into the downloaded file", async () => {
  const original = await sampleFile();
  const fake = await fakeFrom(original);
  const before = snapshotWorkbook(fake.workbook);
  await analyzeInPane(fake);
  const saved = await loadWorkbookBytes(await writePreviewWorkbook(original, before, snapshotWorkbook(fake.workbook)));

  const planned = runFlow(readGrids(await loadWorkbookBytes(original)).grids, { sheets: ["results"] }).plan!.sheets[0]!.rowHeights!;
  expect(planned.length).toBeGreaterThan(0);
  const ws = saved.getWorksheet(RESULTS_SHEET)!;
  expect(planned.map(({ row }) => ({ row, height: ws.getRow(row).height }))).toEqual(planned);
});
