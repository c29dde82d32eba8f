import fs from "node:fs";
import http from "node:http";
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
    const response = await fetch(`${server.url}api/xlsx`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(snapshot) });
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

  /** A raw request, so that Host, Origin and lengths can be what a hostile page or tool sends. */
  function raw(server: PreviewServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<number> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: options.headers }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end(options.body);
    });
  }

  describe("answers only its own page", () => {
    it("another Host (DNS rebinding: evil.example resolving to 127.0.0.1) is refused: 421", async () => {
      const server = await start();
      expect(await raw(server, { path: "/api/workbook", headers: { Host: "evil.example" } })).toBe(421);
      expect(await raw(server, { path: "/api/workbook", headers: { Host: `localhost:${new URL(server.url).port}` } })).toBe(200);
    });

    it("another Origin, or a cross-site fetch, is refused: 403", async () => {
      const server = await start();
      const host = `localhost:${new URL(server.url).port}`;
      expect(await raw(server, { path: "/api/workbook", headers: { Host: host, Origin: "https://evil.example" } })).toBe(403);
      expect(await raw(server, { path: "/api/workbook", headers: { Host: host, "Sec-Fetch-Site": "cross-site" } })).toBe(403);
      expect(await raw(server, { path: "/api/workbook", headers: { Host: host, Origin: `http://${host}` } })).toBe(200);
    });

    it("a malformed URL is a 400, not a 500", async () => {
      const server = await start();
      expect(await raw(server, { path: "/%zz", headers: { Host: `localhost:${new URL(server.url).port}` } })).toBe(400);
    });

    it("checks the size and the shape of what it is sent", async () => {
      const server = await start({ workbook: { name: "Book.xlsx", bytes: await sampleFile() } });
      const host = `localhost:${new URL(server.url).port}`;
      const json = { Host: host, "Content-Type": "application/json" };
      // A declared 2 GB body is refused before a byte of it is read.
      expect(await raw(server, { method: "POST", path: "/api/xlsx", headers: { ...json, "Content-Length": String(2 * 2 ** 30) } })).toBe(413);
      expect(await raw(server, { method: "POST", path: "/api/xlsx", headers: json, body: "{not json" })).toBe(400);
      expect(await raw(server, { method: "POST", path: "/api/xlsx", headers: json, body: '{"sheets": 5}' })).toBe(400);
      // A form post from another page (text/plain needs no preflight) is refused.
      expect(await raw(server, { method: "POST", path: "/api/xlsx", headers: { Host: host, "Content-Type": "text/plain" }, body: "{}" })).toBe(415);
      expect(await raw(server, { path: `/${"a".repeat(10_000)}`, headers: { Host: host } })).toBe(414);
    });
  });
});
