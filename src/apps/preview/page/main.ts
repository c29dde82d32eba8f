/**
 * The preview page: the real task pane (dist/taskpane.html, unchanged) in a frame as wide as a
 * task pane, over an in-memory Excel made from the server's workbook; beside it, the workbook as
 * the pane left it; above, the pane width and a download of the result as .xlsx.
 */
import type { FakeExcelOptions } from "../../../testing/fakeExcel";
import { HOST_GLOBAL, WORKBOOK_API, XLSX_API, downloadName, type PaneWorkbook, type PreviewHost, type PreviewWorkbook } from "../protocol";
import { WorkbookView } from "./workbookView";

const PANE_WIDTHS = ["320", "350", "450"];

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The preview page has no #${id}`);
  return node as T;
}

function setPaneWidth(width: string): void {
  document.documentElement.style.setProperty("--pane-width", `${width}px`);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pane-width"]')) radio.checked = radio.value === width;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const width = params.get("width");
  if (width && PANE_WIDTHS.includes(width)) setPaneWidth(width);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pane-width"]')) {
    radio.addEventListener("change", () => setPaneWidth(radio.value));
  }

  const response = await fetch(WORKBOOK_API);
  if (!response.ok) throw new Error(`The preview server could not load the workbook: ${await response.text()}`);
  const workbook = (await response.json()) as PreviewWorkbook;
  byId("file").textContent = workbook.file ?? "New workbook";

  const options: FakeExcelOptions = {};
  const excelApi = params.get("excelApi");
  if (excelApi) options.excelApi = excelApi;

  const view = new WorkbookView(byId("workbook"));
  let pane: PaneWorkbook | null = null;
  let pending = false;
  const refresh = () => {
    pending = false;
    if (pane) view.update(pane.snapshot());
  };

  const host: PreviewHost = {
    init: workbook.init,
    options,
    attach(p) {
      pane = p;
      refresh();
    },
    changed() {
      if (pending) return;
      pending = true;
      setTimeout(refresh, 0);
    },
    snapshot: () => (pane ? pane.snapshot() : null),
  };
  (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = host;

  const frame = document.createElement("iframe");
  frame.title = "Service agreement pricer task pane";
  frame.src = "/taskpane.html";
  byId("pane").append(frame);

  const status = byId("download-status");
  byId<HTMLButtonElement>("download").addEventListener("click", () => {
    if (!pane) return;
    status.textContent = "Writing the workbook…";
    void download(pane, downloadName(workbook.file)).then(
      (name) => (status.textContent = `Downloaded ${name}.`),
      (error: unknown) => (status.textContent = `Download failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}

async function download(pane: PaneWorkbook, name: string): Promise<string> {
  const response = await fetch(XLSX_API, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(pane.snapshot()),
  });
  if (!response.ok) throw new Error(await response.text());
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

void start().catch((error: unknown) => {
  byId("workbook").textContent = error instanceof Error ? error.message : String(error);
});
