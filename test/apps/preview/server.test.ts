import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPreviewServer, type PreviewServer } from "../../../src/apps/preview/server/server";
import { OFFICE_JS_CDN, SHIM_PATH, downloadName, type PreviewWorkbook } from "../../../src/apps/preview/protocol";
import { loadWorkbookBytes } from "../../../src/shells/xlsx/read/files";
import { sampleFile } from "./helpers";

describe("the preview server", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-server-"));
  const dist = path.join(dir, "dist");
  const distPreview = path.join(dir, "dist-preview");
  const taskpane = `<!doctype html><script src=${OFFICE_JS_CDN}></script><script defer src=taskpane.js></script>`;
  let servers: PreviewServer[] = [];

  beforeAll(() => {
    fs.mkdirSync(dist);
    fs.mkdirSync(distPreview);
    fs.writeFileSync(path.join(dist, "taskpane.html"), taskpane);
    fs.writeFileSync(path.join(dist, "taskpane.js"), "/* pane */");
    fs.writeFileSync(path.join(distPreview, "index.html"), "<title>preview</title>");
    fs.writeFileSync(path.join(distPreview, "office.js"), "/* shim */");
    fs.writeFileSync(path.join(dir, "secret.txt"), "not for the browser");
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function start(options: Partial<Parameters<typeof startPreviewServer>[0]> = {}): Promise<PreviewServer> {
    const server = await startPreviewServer({ workbook: null, dist, distPreview, ...options });
    servers.push(server);
    return server;
  }

  it("serves the workbook it was given as sheets of values", async () => {
    const server = await start({ workbook: { name: "Book.xlsx", bytes: await sampleFile() } });
    const body = (await (await fetch(`${server.url}api/workbook`)).json()) as PreviewWorkbook;
    expect(body.file).toBe("Book.xlsx");
    expect(body.init.sheets.map((s) => s.name)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log"]);
  });

  it("starts from one blank sheet without a file", async () => {
    const server = await start();
    const body = (await (await fetch(`${server.url}api/workbook`)).json()) as PreviewWorkbook;
    expect(body).toEqual({ file: null, init: { sheets: [{ name: "Sheet1" }] } });
  });

  it("points the pane's Office.js at the shim for browsers, and leaves the page untouched for the e2e suite", async () => {
    const browser = await start({ rewriteOfficeJs: true });
    expect(await (await fetch(`${browser.url}taskpane.html`)).text()).toBe(taskpane.replace(OFFICE_JS_CDN, SHIM_PATH));
    const e2e = await start({ rewriteOfficeJs: false });
    expect(await (await fetch(`${e2e.url}taskpane.html`)).text()).toBe(taskpane);
    expect(await (await fetch(`${e2e.url}preview/office.js`)).text()).toBe("/* shim */");
    expect(await (await fetch(`${e2e.url}taskpane.js`)).text()).toBe("/* pane */");
  });

  it("serves nothing outside its two folders", async () => {
    const server = await start();
    for (const url of ["..%2Fsecret.txt", "preview/..%2F..%2Fsecret.txt", "%2E%2E/secret.txt"]) {
      expect([url, (await fetch(`${server.url}${url}`)).status]).toEqual([url, 404]);
    }
  });

  it("answers a posted workbook snapshot with an .xlsx named after the file", async () => {
    const server = await start({ workbook: { name: "Book.xlsx", bytes: await sampleFile() } });
    const snapshot = { sheets: [], names: [], activeSheet: null, selection: null, syncs: 0 };
    const response = await fetch(`${server.url}api/xlsx`, { method: "POST", body: JSON.stringify(snapshot) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(encodeURIComponent(downloadName("Book.xlsx")));
    const saved = await loadWorkbookBytes(Buffer.from(await response.arrayBuffer()));
    // Nothing in the posted workbook changed the file's sheets (the add-in never deletes one): all are kept.
    expect(saved.worksheets.map((ws) => ws.name)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log"]);
  });

  it("refuses a file that is not a workbook with a sentence, before it listens", async () => {
    await expect(startPreviewServer({ workbook: { name: "notes.xlsx", bytes: Buffer.from("hello") }, dist, distPreview })).rejects.toThrow(
      /Cannot read notes\.xlsx: not an \.xlsx workbook/,
    );
  });
});
