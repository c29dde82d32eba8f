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
/** A 50,000-client workbook's snapshot is a few tens of MB of JSON; more is refused (413). */
export const MAX_BODY = 128 * 1024 * 1024;
/** A URL longer than any route of ours is refused (414). */
const MAX_URL = 4096;

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

  // Bounded: headers and bodies must arrive in time, and one download is built at a time.
  const server = http.createServer({ requestTimeout: 120_000, headersTimeout: 20_000, maxHeaderSize: 16 * 1024 }, (request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) {
        // The rest of a refused request is never read: the connection ends with the answer.
        response.setHeader("Connection", "close");
        return send(response, error.status, TYPES[".txt"]!, error.message);
      }
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  server.maxConnections = 64;
  let downloading = false;
  let port = 0;

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    // Only this server's own names: another Host is DNS rebinding, another Origin another site.
    if (!ownHost(request.headers.host, port)) throw new HttpError(421, "Wrong Host: the preview answers only to localhost.");
    const origin = request.headers.origin;
    if (origin !== undefined && !ownOrigin(origin, port)) throw new HttpError(403, "Wrong Origin: the preview answers only to its own page.");
    const site = request.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin" && site !== "none") throw new HttpError(403, "Cross-site request refused.");
    if ((request.url ?? "/").length > MAX_URL) throw new HttpError(414, "URL too long.");
    let route: string;
    try {
      route = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      throw new HttpError(400, "Malformed URL.");
    }
    if (route === WORKBOOK_API && request.method === "GET") return send(response, 200, TYPES[".json"]!, workbookJson);
    if (route === XLSX_API && request.method === "POST") {
      // JSON only: a form on another site cannot send it without a preflight this server never grants.
      if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) throw new HttpError(415, "Send the snapshot as application/json.");
      if (downloading) throw new HttpError(503, "A download is being prepared: try again in a moment.");
      downloading = true;
      try {
        const final = parseSnapshot(await readBody(request));
        const bytes = await writePreviewWorkbook(options.workbook?.bytes ?? null, initial, final);
        response.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(downloadName(preview.file))}`);
        return send(response, 200, XLSX_TYPE, bytes);
      } finally {
        downloading = false;
      }
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
  port = (server.address() as AddressInfo).port;
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

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function ownHost(host: string | undefined, port: number): boolean {
  return host === `localhost:${port}` || host === `127.0.0.1:${port}`;
}

function ownOrigin(origin: string, port: number): boolean {
  return origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`;
}

/** The posted snapshot, in the shape the page sends; anything else is a 400. */
function parseSnapshot(body: Buffer): WorkbookSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "The snapshot is not JSON.");
  }
  const snapshot = value as Partial<WorkbookSnapshot> | null;
  if (typeof snapshot !== "object" || snapshot === null || !Array.isArray(snapshot.sheets) || !Array.isArray(snapshot.names)) {
    throw new HttpError(400, "The snapshot has no sheets and names.");
  }
  return snapshot as WorkbookSnapshot;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY) {
    request.resume();
    return Promise.reject(new HttpError(413, "The workbook is too large to download from the preview."));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, "The workbook is too large to download from the preview."));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
