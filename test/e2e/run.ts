/**
 * npm run test:e2e [-- [--build] [--no-screenshots] [WORKBOOK.xlsx …]]
 *
 * The production build (dist/, built first if missing or with --build) through the preview server, in Debian's
 * Chromium: the scenarios of scenarios.ts, plus one per workbook named on the command line or in
 * E2E_WORKBOOKS (paths separated by the system's path delimiter). Ends with "N passed, N failed"
 * and exits non-zero when any scenario failed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ensureBuilds } from "../../src/apps/preview/server/builds";
import { ROOT, startPreviewServer } from "../../src/apps/preview/server/server";
import { checkedStates, minorFindings } from "./accessibility";
import { launchChromium } from "./browser";
import { guardNetwork } from "./previewPage";
import { SCENARIOS, givenWorkbook, type Scenario, type ScenarioContext } from "./scenarios";
import { SCREENSHOTS_DIR, written } from "./screenshots";

/** A scenario that hangs (a wait that never ends) fails instead of stalling CI. */
const SCENARIO_TIMEOUT_MS = 180_000;

function workbookArgs(argv: string[]): string[] {
  const fromEnv = (process.env.E2E_WORKBOOKS ?? "").split(path.delimiter).filter((p) => p.trim() !== "");
  const base = process.env.INIT_CWD ?? process.cwd();
  return [...argv.filter((a) => !a.startsWith("--")), ...fromEnv].map((p) => path.resolve(base, p));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** The pane alone (taskpane.html as the top page, the shim asking the server for the workbook). */
async function paneAloneMs(browser: Browser): Promise<number> {
  const server = await startPreviewServer({ workbook: null, rewriteOfficeJs: false });
  const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
  try {
    await guardNetwork(context, []);
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${server.url}taskpane.html`);
    await page.locator('button:not([disabled]):not([aria-disabled="true"])').first().waitFor({ timeout: 30_000 });
    return Date.now() - start;
  } finally {
    await context.close();
    await server.close();
  }
}

/** The last line of tools/bundleSize.js: the task pane's JavaScript, gzipped, against its budget. */
function bundleSizeLine(): string {
  const result = spawnSync(process.execPath, [path.join(ROOT, "tools", "bundleSize.js")], { cwd: ROOT, encoding: "utf8" });
  const lines = `${result.stdout ?? ""}`.trim().split("\n");
  return lines[lines.length - 1] || `tools/bundleSize.js printed nothing (${result.stderr?.trim() ?? ""})`;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const screenshots = !argv.includes("--no-screenshots");
  const scenarios: Scenario[] = [...SCENARIOS];
  for (const file of workbookArgs(argv)) {
    scenarios.push(givenWorkbook({ name: path.basename(file), bytes: fs.readFileSync(file) }));
  }

  ensureBuilds({ rebuildPane: argv.includes("--build"), rebuildPreview: true, log: (line) => console.log(line) });
  console.log(`\nEnd-to-end: ${scenarios.length} scenarios, the production build in ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}\n`);

  const browser = await launchChromium();
  const ctx: ScenarioContext = { browser, screenshots, timings: [] };
  let passed = 0;
  let failed = 0;
  try {
    for (const scenario of scenarios) {
      const start = Date.now();
      try {
        await withTimeout(scenario.run(ctx), SCENARIO_TIMEOUT_MS, scenario.name);
        passed++;
        console.log(`  ✓ ${scenario.name} (${seconds(Date.now() - start)})`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${scenario.name} (${seconds(Date.now() - start)})`);
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        console.log(message.split("\n").map((l) => `      ${l}`).join("\n"));
      }
    }

    const alone: number[] = [];
    try {
      for (let i = 0; i < 3; i++) alone.push(await paneAloneMs(browser));
    } catch (error) {
      failed++;
      console.log(`  ✗ Opening taskpane.html on its own: ${error instanceof Error ? error.message : String(error)}`);
    }
    console.log("");
    console.log(
      `Time from navigation to the first interactive button: ${Math.round(median(alone))} ms for the pane alone (median of ${alone.length}), ` +
        `${Math.round(median(ctx.timings))} ms in the preview page (median of ${ctx.timings.length}).`,
    );
  } finally {
    await browser.close();
  }

  const minor = [...new Set(minorFindings.map((f) => `${f.impact}: ${f.id} (${f.help})`))];
  console.log(
    `Accessibility: axe-core checked ${checkedStates.length} states; serious or critical violations fail their scenario; ` +
      `lesser findings: ${minor.length ? minor.join("; ") : "none"}.`,
  );
  if (screenshots) console.log(`Screenshots: ${written.length} in ${path.relative(ROOT, SCREENSHOTS_DIR) || "."}/`);
  console.log(bundleSizeLine());
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
