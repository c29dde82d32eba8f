/**
 * Served in place of Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js): a
 * classic script that runs before the task pane's bundle and defines `Office` and `Excel` over the
 * strict in-memory workbook. Inside the preview page it takes the workbook from the host page and
 * tells it after every Excel.run batch; opened on its own, it asks the server for the workbook.
 */
import { createFakeExcel, type FakeExcelOptions, type FakeExcelRequestContext, type FakeWorkbookInit } from "../../../testing/fakeExcel";
import { snapshotWorkbook } from "../../../testing/fakeExcel/snapshot";
import { parseA1 } from "../../../core/workbook/address";
import { HOST_GLOBAL, PANE_GLOBAL, WORKBOOK_API, type PaneWorkbook, type PreviewHost, type PreviewWorkbook } from "../protocol";

type Globals = Record<string, unknown>;

function previewHost(): PreviewHost | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as Globals)[HOST_GLOBAL] as PreviewHost | undefined;
  } catch {
    return undefined; // a parent on another origin
  }
}

/** Standalone (taskpane.html opened directly): Office.js is synchronous too, so a blocking read is fair. */
function serverWorkbook(): { init: FakeWorkbookInit; options: FakeExcelOptions } {
  const options: FakeExcelOptions = {};
  const excelApi = new URLSearchParams(location.search).get("excelApi");
  if (excelApi) options.excelApi = excelApi;
  try {
    const request = new XMLHttpRequest();
    request.open("GET", WORKBOOK_API, false);
    request.send();
    if (request.status === 200) return { init: (JSON.parse(request.responseText) as PreviewWorkbook).init, options };
  } catch {
    // no preview server behind this page: an empty workbook
  }
  return { init: { sheets: [{ name: "Sheet1" }] }, options };
}

const host = previewHost();
const { init, options } = host ?? serverWorkbook();
const fake = createFakeExcel(init, options);

const pane: PaneWorkbook = {
  snapshot: () => snapshotWorkbook(fake.workbook),
  addFormulaSheet: (name, formulas) => {
    const sheet = fake.workbook.addSheet(name);
    for (const [address, formula] of formulas) {
      const { row, col } = parseA1(address);
      sheet.touch(row, col).formula = formula;
    }
    host?.changed();
  },
  failRequest: (request, afterOps) => fake.workbook.failRequest(request, afterOps),
};
const Excel = {
  ...fake.Excel,
  run<T>(batch: (context: FakeExcelRequestContext) => Promise<T>): Promise<T> {
    return fake.Excel.run(batch).finally(() => host?.changed());
  },
};

const globals = window as unknown as Globals;
globals.Office = fake.Office;
globals.Excel = Excel;
globals[PANE_GLOBAL] = pane;
host?.attach(pane);
