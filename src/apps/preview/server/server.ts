/**
 * The preview server (node:http, localhost only): the production build of the add-in from dist/
 * as it is, the preview page and the Office.js shim from dist-preview/, the workbook as JSON and
 * the download as .xlsx. Office.js comes from Microsoft's CDN in the real pane; for a browser the
 * server points that <script> at the shim, while the end-to-end suite leaves the page untouched
 * and answers the CDN request itself.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { createFakeExcel, type FakeWorkbookInit } from "../../../testing/fakeExcel";
import { snapshotWorkbook, type WorkbookSnapshot } from "../../../testing/fakeExcel/snapshot";
import { loadWorkbookBytes } from "../../../shells/xlsx/read/files";
import { OFFICE_JS_CDN, SHIM_PATH, WORKBOOK_API, XLSX_API, downloadName, type PreviewWorkbook } from "../protocol";
import { workbookInit } from "./workbookInit";
import { writePreviewWorkbook } from "./writeWorkbook";

export const ROOT = path.resolve(__dirname, "../../../..");
export const DIST = path.join(ROOT, "dist");
export const DIST_PREVIEW = path.join(ROOT, "dist-preview");

export interface PreviewServerOptions {
  /** The .xlsx to load (its name and bytes); null starts from an empty workbook. */
  workbook: { name: string; bytes: Buffer } | null;
  /** 0 picks a free port. */
  port?: number;
  /** Point the pane's Office.js <script> at the shim (true for browsers; the e2e suite routes the CDN instead). */
  rewriteOfficeJs?: boolean;
  dist?: string;
  distPreview?: string;
}

export interface PreviewServer {
  url: string;
  workbook: PreviewWorkbook;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** A 50,000-client workbook's snapshot is a few tens of MB of JSON. */
const MAX_BODY = 512 * 1024 * 1024;

/** Read the workbook (the project's ExcelJS shell) and check the in-memory Excel can hold it. */
export async function loadPreviewWorkbook(workbook: PreviewServerOptions["workbook"]): Promise<{ preview: PreviewWorkbook; initial: WorkbookSnapshot }> {
  const init: FakeWorkbookInit = workbook ? workbookInit(await loadWorkbookBytes(workbook.bytes, workbook.name)) : { sheets: [{ name: "Sheet1" }] };
  // The page builds the same model from `init`; building it here first turns a workbook the model
  // cannot hold into a clear message at start-up, and gives the baseline the download compares with.
  const initial = snapshotWorkbook(createFakeExcel(init).workbook);
  return { preview: { file: workbook?.name ?? null, init }, initial };
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const dist = options.dist ?? DIST;
  const distPreview = options.distPreview ?? DIST_PREVIEW;
  const { preview, initial } = await loadPreviewWorkbook(options.workbook);
  const workbookJson = JSON.stringify(preview);

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = decodeURIComponent(url.pathname);
    if (route === WORKBOOK_API && request.method === "GET") return send(response, 200, TYPES[".json"]!, workbookJson);
    if (route === XLSX_API && request.method === "POST") {
      const final = JSON.parse((await readBody(request)).toString("utf8")) as WorkbookSnapshot;
      const bytes = await writePreviewWorkbook(options.workbook?.bytes ?? null, initial, final);
      response.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(downloadName(preview.file))}`);
      return send(response, 200, XLSX_TYPE, bytes);
    }
    if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, TYPES[".txt"]!, "Method not allowed");
    if (route === "/" || route === "/index.html") return sendFile(response, path.join(distPreview, "index.html"));
    if (route.startsWith("/preview/")) return sendFile(response, safeJoin(distPreview, route.slice("/preview/".length)));
    if (route === "/taskpane.html") {
      const file = path.join(dist, "taskpane.html");
      if (!fs.existsSync(file)) return send(response, 404, TYPES[".txt"]!, "dist/taskpane.html is missing: run npm run build");
      const html = await fs.promises.readFile(file, "utf8");
      return send(response, 200, TYPES[".html"]!, options.rewriteOfficeJs === false ? html : html.split(OFFICE_JS_CDN).join(SHIM_PATH));
    }
    return sendFile(response, safeJoin(dist, route.replace(/^\/+/, "")));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    workbook: preview,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A path inside `dir`, or null for anything that climbs out of it. */
function safeJoin(dir: string, relative: string): string | null {
  const full = path.resolve(dir, relative);
  return full.startsWith(dir + path.sep) ? full : null;
}

async function sendFile(response: http.ServerResponse, file: string | null): Promise<void> {
  if (file === null) return send(response, 404, TYPES[".txt"]!, "Not found");
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch {
    return send(response, 404, TYPES[".txt"]!, "Not found");
  }
  send(response, 200, TYPES[path.extname(file)] ?? "application/octet-stream", bytes);
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(body);
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("The workbook is too large to download from the preview."));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
