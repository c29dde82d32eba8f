/**
 * One preview page in Chromium: the real task pane (dist/taskpane.html, untouched) in its frame,
 * Office.js answered from the shim, every other outside request refused and recorded. Gives the
 * scenarios the pane (as a user sees it), the workbook view and the in-memory workbook itself.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/testing/fakeExcel/snapshot";
import { HOST_GLOBAL, OFFICE_JS_CDN } from "../../src/apps/preview/protocol";
import { DIST_PREVIEW, type PreviewServer } from "../../src/apps/preview/server/server";

export const PANE_FRAME = 'iframe[title="Service agreement pricer task pane"]';
const CDN_ORIGIN = new URL(OFFICE_JS_CDN).origin;

let shimSource: string | null = null;
function shim(): string {
  shimSource ??= fs.readFileSync(path.join(DIST_PREVIEW, "office.js"), "utf8");
  return shimSource;
}

/** Answer the CDN's Office.js with the shim; refuse (and note) anything else that leaves localhost. */
export async function guardNetwork(context: BrowserContext, outside: string[]): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${CDN_ORIGIN}/`)) {
      if (url === OFFICE_JS_CDN) return route.fulfill({ status: 200, contentType: "text/javascript", body: shim() });
      outside.push(url);
      return route.abort();
    }
    const host = new URL(url).hostname;
    if (host === "localhost" || host === "127.0.0.1" || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
}

export class PreviewPage {
  /** Uncaught errors and console errors from the page and the pane. */
  readonly problems: string[] = [];
  /** Requests that tried to leave localhost (other than Office.js). */
  readonly outside: string[] = [];
  /** Milliseconds from navigation to the pane's first enabled button. */
  firstButtonMs = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, server: PreviewServer, paneWidth = 350): Promise<PreviewPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce", acceptDownloads: true });
    const page = await context.newPage();
    const preview = new PreviewPage(context, page);
    page.on("pageerror", (error) => preview.problems.push(`Uncaught: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") preview.problems.push(`Console error: ${message.text()}`);
    });
    await guardNetwork(context, preview.outside);
    const start = Date.now();
    await page.goto(`${server.url}?width=${paneWidth}`);
    await preview.firstEnabledButton().waitFor({ state: "visible", timeout: 30_000 });
    preview.firstButtonMs = Date.now() - start;
    return preview;
  }

  get pane(): FrameLocator {
    return this.page.frameLocator(PANE_FRAME);
  }

  /** The pane's frame, for running scripts in it (axe, focus checks). */
  paneFrame(): Frame {
    const frame = this.page.frames().find((f) => f.url().endsWith("/taskpane.html"));
    if (!frame) throw new Error("The task pane's frame is not there");
    return frame;
  }

  firstEnabledButton(): Locator {
    return this.pane.locator('button:not([disabled]):not([aria-disabled="true"])').first();
  }

  button(name: string): Locator {
    return this.pane.getByRole("button", { name, exact: true });
  }

  /** Everything the pane shows, as text. */
  async paneText(): Promise<string> {
    return this.pane.locator("body").innerText();
  }

  /** The read-only workbook view beside the pane. */
  get view(): Locator {
    return this.page.locator("#workbook");
  }

  /** The in-memory workbook, now. */
  async snapshot(): Promise<WorkbookSnapshot> {
    const snapshot = await this.page.evaluate((global) => {
      const host = (window as unknown as Record<string, { snapshot(): unknown }>)[global];
      return host ? host.snapshot() : null;
    }, HOST_GLOBAL);
    if (!snapshot) throw new Error("The pane never attached to the in-memory workbook");
    return snapshot as WorkbookSnapshot;
  }

  async setPaneWidth(width: 320 | 350 | 450): Promise<void> {
    await this.page.locator(`input[name="pane-width"][value="${width}"]`).check();
    await this.page.waitForFunction(
      ([selector, w]) => (document.querySelector(selector as string) as HTMLElement | null)?.getBoundingClientRect().width === w,
      [PANE_FRAME, width] as const,
    );
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
