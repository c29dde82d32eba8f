/**
 * Keyboard only: focus enters the pane (as F6 into a task pane does), then Tab and Enter. No
 * clicks. A control that Tab never reaches is a control a keyboard user cannot use.
 */
import type { Frame } from "playwright-core";
import { PANE_FRAME, type PreviewPage } from "./previewPage";

export async function focusPane(preview: PreviewPage): Promise<void> {
  await preview.page.locator(PANE_FRAME).focus();
}

/** The focused control's accessible name as a user would hear it (null: focus is not on a control in the pane). */
async function focusedName(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!document.hasFocus() || !el || el === document.body) return null;
    const labelledBy = el.getAttribute("aria-labelledby");
    const byId = labelledBy ? labelledBy.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ") : "";
    const byLabel = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? "").join(" ");
    return (el.getAttribute("aria-label") ?? (byId || byLabel || el.innerText || (el as HTMLInputElement).value || "")).trim();
  });
}

/** Press Tab until the focused control is called `name`; returns how many presses it took. */
export async function tabTo(preview: PreviewPage, name: string | RegExp, limit = 80): Promise<number> {
  const frame = preview.paneFrame();
  const seen: string[] = [];
  for (let i = 1; i <= limit; i++) {
    await preview.page.keyboard.press("Tab");
    const focused = await focusedName(frame);
    if (focused !== null && (typeof name === "string" ? focused === name : name.test(focused))) return i;
    if (focused !== null && !seen.includes(focused)) seen.push(focused);
  }
  throw new Error(`Tab never reached “${String(name)}” in ${limit} presses; it reached: ${seen.join(" | ") || "nothing in the pane"}`);
}

/** Tab to the control and press Enter on it. */
export async function runByKeyboard(preview: PreviewPage, name: string | RegExp): Promise<void> {
  await tabTo(preview, name);
  await preview.page.keyboard.press("Enter");
}

/**
 * Every enabled control the pane shows is reached by Tab (a radio group counts once: arrow keys
 * move inside it). Returns the names of the controls, in the order Tab reached them.
 */
export async function assertEveryControlReachable(preview: PreviewPage): Promise<string[]> {
  const frame = preview.paneFrame();
  const controls = await frame.evaluate(() => {
    const candidates = [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, [tabindex]")].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.hasAttribute("data-tabster-dummy") &&
        !(el as HTMLInputElement).disabled &&
        (el as HTMLInputElement).type !== "hidden" &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== "hidden",
    );
    const keys = new Map<string, string>();
    candidates.forEach((el, i) => {
      const input = el as HTMLInputElement;
      const key = input.type === "radio" && input.name ? `radio:${input.name}` : `control:${i}`;
      el.setAttribute("data-e2e-tab", key);
      const label = [...(input.labels ?? [])].map((l) => l.textContent ?? "").join(" ");
      keys.set(key, (el.getAttribute("aria-label") ?? (label || el.innerText || input.name || el.tagName)).trim());
    });
    return [...keys.entries()];
  });
  await focusPane(preview);
  const reached: string[] = [];
  for (let i = 0; i < controls.length * 2 + 10 && reached.length < controls.length; i++) {
    await preview.page.keyboard.press("Tab");
    const key = await frame.evaluate(() => (document.hasFocus() ? document.activeElement?.getAttribute("data-e2e-tab") : null) ?? null);
    if (key !== null && !reached.includes(key)) reached.push(key);
  }
  const missed = controls.filter(([key]) => !reached.includes(key)).map(([, name]) => name);
  if (missed.length > 0) throw new Error(`Tab never reaches: ${missed.join(", ")}`);
  return reached.map((key) => controls.find(([k]) => k === key)![1]);
}
