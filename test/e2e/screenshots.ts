/**
 * The task pane in each state at 320 px and 450 px wide, the whole pane top to bottom, written to
 * screenshots/ (SCREENSHOTS_DIR to change it) for a reviewer who has no Excel at hand.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../src/apps/preview/server/server";
import { PANE_FRAME, type PreviewPage } from "./previewPage";

export const SCREENSHOTS_DIR = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? "screenshots");
export const WIDTHS = [320, 450] as const;
export const written: string[] = [];

/** `state` becomes the file name: screenshots/<state>-320.png and -450.png. */
export async function screenshotPane(preview: PreviewPage, state: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const frame = preview.page.locator(PANE_FRAME);
  for (const width of WIDTHS) {
    await preview.setPaneWidth(width);
    // As tall as the pane's content, so the picture shows all of it.
    await frame.evaluate((f: HTMLIFrameElement) => (f.style.height = "200px"));
    await frame.evaluate((f: HTMLIFrameElement) => (f.style.height = `${f.contentDocument!.documentElement.scrollHeight}px`));
    const file = path.join(SCREENSHOTS_DIR, `${state}-${width}.png`);
    await frame.screenshot({ path: file, animations: "disabled", caret: "hide" });
    written.push(path.relative(ROOT, file));
    await frame.evaluate((f: HTMLIFrameElement) => (f.style.height = ""));
  }
  await preview.setPaneWidth(350);
}

/** The whole preview page: pane and workbook view side by side. */
export async function screenshotPage(preview: PreviewPage, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await preview.page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  written.push(path.relative(ROOT, file));
}
