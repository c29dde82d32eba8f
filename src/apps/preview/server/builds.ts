/**
 * The preview serves built files: the add-in's production build (dist/, `npm run build`) and the
 * preview page with its Office.js shim (dist-preview/, `npm run build:preview`). Build what is
 * missing, so `npm run preview` and `npm run test:e2e` work on a fresh checkout.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DIST, DIST_PREVIEW, ROOT } from "./server";

export interface BuildOptions {
  /** Run `npm run build` even when dist/ exists. */
  rebuildPane?: boolean;
  /** Rebuild the preview page even when it exists (it is small; its sources may have changed). */
  rebuildPreview?: boolean;
  log?: (line: string) => void;
}

function run(script: string, log: (line: string) => void): void {
  log(`Running npm run ${script}…`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", script], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit code ${result.status ?? result.signal}).`);
}

/** The folders the task pane's bundle is built from. */
const PANE_SOURCES = ["src/apps/taskpane", "src/shells/excel", "src/core/pricing", "src/core/report", "src/core/workbook", "src/core/whatIf", "src/core/flow.ts"];

function newestFile(entry: string): { file: string; mtime: number } | null {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return null;
  if (!stat.isDirectory()) return { file: entry, mtime: stat.mtimeMs };
  let newest: { file: string; mtime: number } | null = null;
  for (const name of fs.readdirSync(entry)) {
    const found = newestFile(path.join(entry, name));
    if (found && (!newest || found.mtime > newest.mtime)) newest = found;
  }
  return newest;
}

/** A source file of the pane newer than dist/taskpane.js (the build would not show its change), or null. */
export function staleBuild(): string | null {
  const built = fs.statSync(path.join(DIST, "taskpane.js"), { throwIfNoEntry: false });
  if (!built) return null;
  let newest: { file: string; mtime: number } | null = null;
  for (const entry of PANE_SOURCES) {
    const found = newestFile(path.join(ROOT, entry));
    if (found && (!newest || found.mtime > newest.mtime)) newest = found;
  }
  return newest && newest.mtime > built.mtimeMs ? path.relative(ROOT, newest.file) : null;
}

export function ensureBuilds(options: BuildOptions = {}): void {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.rebuildPane || !fs.existsSync(path.join(DIST, "taskpane.html"))) run("build", log);
  const stale = staleBuild();
  if (stale) log(`Note: ${stale} is newer than dist/taskpane.js; this runs the build as it is (npm run build to refresh it).`);
  if (options.rebuildPreview || !fs.existsSync(path.join(DIST_PREVIEW, "index.html")) || !fs.existsSync(path.join(DIST_PREVIEW, "office.js"))) {
    run("build:preview", log);
  }
}
