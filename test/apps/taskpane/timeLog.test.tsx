/** @jest-environment jsdom */
/** The pane and the Time log (issue 12): what the log covers in the model status, and whom to call first after Analyze. */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { SAMPLE_DETECTION, fakeService, results } from "./fakeService";
import type { Detection } from "../../../src/apps/taskpane/service";

const WITH_LOG: Detection = {
  ...SAMPLE_DETECTION,
  tables: [...SAMPLE_DETECTION.tables, { key: "timeLog", required: false, found: { source: "table", name: "TimeLog", sheet: "Time Log", rows: 1204 } }],
  timeLog: { months: 12, entries: 1204, first: "2025-01-03", last: "2025-12-19" },
};

it("the model status says what the Time log covers: entries, months and their count", async () => {
  render(<App service={fakeService(WITH_LOG)} locale="en-US" />);
  const tables = await screen.findByRole("list", { name: "Tables found" });
  const items = within(tables).getAllByRole("listitem").map((li) => li.textContent);
  expect(items[5]).toBe("Time logExcel table “TimeLog”: 1,204 entries, Jan–Dec 2025, 12 months");
});

it("after Analyze, lists the clients to talk to first with their key figure (the sample: a loss, then a churn risk)", async () => {
  const flow = runFlow(sampleGrids(), { sheets: ["results"] });
  const outcome = results({ model: flow.parse.model!, analysis: flow.analysis });
  render(<App service={fakeService(WITH_LOG, outcome)} locale="en-US" />);
  await userEvent.click(await screen.findByRole("button", { name: "Analyze" }));
  const list = await screen.findByRole("list", { name: "Clients to talk to first" });
  const items = within(list).getAllByRole("listitem").map((li) => li.textContent);
  expect(items[0]).toMatch(/^Delgado Auto Repair: Lossloses \$[\d.,]+ a month: what it paid does not cover its logged time/);
  expect(items.some((t) => /^Juniper Yoga Studio: Churn riskpays [\d.]+× what its logged time would bill by the hour/.test(t ?? ""))).toBe(true);
  expect(screen.getByText(/From the Time log: 224 entries, Jan–Dec 2025, 12 months/)).toBeInTheDocument();
});
