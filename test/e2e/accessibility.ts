/**
 * axe-core inside the task pane's frame: each state of the pane is checked, and a serious or
 * critical violation fails the scenario. Lesser findings are kept for the closing report.
 */
import axe from "axe-core";
import type { Frame } from "playwright-core";

export interface AxeFinding {
  state: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Findings below "serious", from every state checked this run. */
export const minorFindings: AxeFinding[] = [];
/** How many pane states were checked. */
export const checkedStates: string[] = [];

export async function checkAccessibility(frame: Frame, state: string): Promise<void> {
  const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await frame.evaluate(axe.source);
  const result = (await frame.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  )) as AxeResult;
  checkedStates.push(state);
  const findings = result.violations.map((v) => ({
    state,
    id: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
  const blocking = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
  minorFindings.push(...findings.filter((f) => !blocking.includes(f)));
  if (blocking.length > 0) {
    const lines = blocking.map((f) => `  ${f.impact}: ${f.id} — ${f.help} (${f.targets.slice(0, 3).join(", ")})`);
    throw new Error(`Accessibility (axe-core) in state "${state}":\n${lines.join("\n")}`);
  }
}
