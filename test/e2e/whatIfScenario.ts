/**
 * Issue 20 in a real browser: after the sample is analysed, the What-if answers "a $75 trip fee
 * beyond 15 miles and $150 an hour: how do home and small-business revenue change?" per segment,
 * at 320, 350 and 450 px the pane never scrolls sideways, and the key figures stay on screen
 * (the sticky bar) while the last lever of the pane changes.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Frame } from "playwright-core";
import { makeFormats } from "../../src/apps/taskpane/format";
import { analyzeWhatIf } from "../../src/core/whatIf/whatIf";
import { parseModel } from "../../src/core/workbook/parseModel";
import { sampleGrids } from "../../src/core/workbook/sample";
import { ROOT } from "../../src/apps/preview/server/server";
import { PANE_FRAME, type PreviewPage } from "./previewPage";
import { SCREENSHOTS_DIR, written } from "./screenshots";

export const PANE_WIDTHS = [320, 350, 450] as const;

/** The pane's document is no wider than its frame: nothing to scroll sideways. */
async function assertNoSidewaysScroll(frame: Frame, what: string): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await frame.evaluate(() => {
    const root = document.scrollingElement!;
    // The element that sticks out furthest, to name in the failure.
    let widest = "";
    let right = root.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.getAttribute("aria-label") ? `[${el.getAttribute("aria-label")}]` : ""} (${Math.round(r.right)} px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
  assert.ok(scrollWidth <= clientWidth, `${what}: the pane scrolls sideways (${scrollWidth} > ${clientWidth} px; widest: ${widest})`);
}

/** The sticky key figures' box lies within the pane's viewport. */
async function summaryInView(frame: Frame): Promise<{ inView: boolean; text: string; box: string }> {
  return frame.evaluate(() => {
    const bar = document.querySelector<HTMLElement>("[data-what-if-summary]")!;
    const r = bar.getBoundingClientRect();
    return {
      inView: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= document.documentElement.clientWidth,
      text: bar.innerText,
      box: `${Math.round(r.top)}–${Math.round(r.bottom)} of ${window.innerHeight}`,
    };
  });
}

/** The pane as it stands in its frame (not stretched to its full height), at this width. */
async function screenshotViewport(preview: PreviewPage, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await preview.page.locator(PANE_FRAME).screenshot({ path: file, animations: "disabled", caret: "hide" });
  written.push(path.relative(ROOT, file));
}

/** Runs after the sample is analysed in the pane. */
export async function whatIfFlow(preview: PreviewPage, screenshots: boolean): Promise<void> {
  const pane = preview.pane;
  const frame = preview.paneFrame();
  const whatIf = pane.getByRole("region", { name: "What if…" });
  await whatIf.waitFor();

  // The question, typed into the levers: $150 an hour, $75 for every zone beyond the 15-mile free radius.
  const set = async (name: string, value: string) => {
    const input = whatIf.getByRole("spinbutton", { name, exact: true });
    await input.fill(value);
  };
  await set("Hourly rate", "150");
  for (const zone of [25, 40, 60]) await set(`Trip charge up to ${zone}`, "75");
  const { model } = parseModel(sampleGrids());
  const expected = analyzeWhatIf(model!, { settings: { hourlyRate: 150 }, zones: { "25": 75, "40": 75, "60": 75 } }).analysis;
  const f = makeFormats("en-US", "USD");
  const bySegment = whatIf.getByRole("table", { name: /Revenue per year by segment/ });
  for (const segment of ["Home", "Small business"]) {
    const figure = f.money(12 * expected.segments.find((s) => s.segment === segment)!.currentRevenue);
    const row = bySegment.getByRole("row", { name: new RegExp(`^${segment}`) });
    await row.filter({ hasText: figure }).waitFor({ timeout: 10_000 });
  }
  const chart = whatIf.getByRole("img", { name: /Revenue per year by segment/ });
  assert.match((await chart.getAttribute("aria-label")) ?? "", new RegExp(`Home: today .*, what-if ${f.money(12 * expected.segments[0]!.currentRevenue).replace("$", "\\$")}`));

  // Every folded group open: the pane at its longest.
  for (;;) {
    const folded = whatIf.getByRole("button", { expanded: false });
    if ((await folded.count()) === 0) break;
    await folded.first().click();
  }

  for (const width of PANE_WIDTHS) {
    await preview.setPaneWidth(width);
    await assertNoSidewaysScroll(frame, `${width} px, every section open`);

    // The last lever: focused (the pane scrolls it into view) and changed; the key figures stay on screen and follow it.
    const last = whatIf.getByRole("spinbutton").last();
    await last.focus();
    const focused = await summaryInView(frame);
    assert.ok(focused.inView, `${width} px: the key figures are off screen with the last lever focused (${focused.box})`);
    const value = Number(await last.inputValue());
    await last.fill(String(value + 10));
    const after = await summaryInView(frame);
    assert.ok(after.inView, `${width} px: the key figures are off screen after changing the last lever (${after.box})`);
    assert.ok(await last.evaluate((el) => el === document.activeElement), "the lever keeps focus");
    if (screenshots && width !== 350) await screenshotViewport(preview, `8-what-if-last-lever-${width}`);
    await last.fill(String(value));
    await assertNoSidewaysScroll(frame, `${width} px, after a lever changed`);
  }
  await preview.setPaneWidth(350);
}
