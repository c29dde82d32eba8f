/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App, type WhatIfSlotProps } from "../../../src/apps/taskpane/App";
import type { SampleOutcome } from "../../../src/apps/taskpane/service";
import { EMPTY_DETECTION, SAMPLE_DETECTION, fakeService, gate } from "./fakeService";
import { givePaneLayout } from "./paneLayout";

givePaneLayout();

/** Serious or critical axe findings (colour contrast needs a real browser: the end-to-end suite checks it). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function everyControlIsNamed() {
  for (const control of [...screen.queryAllByRole("button"), ...screen.queryAllByRole("link")]) {
    expect(control).toHaveAccessibleName();
  }
}

describe("keyboard only", () => {
  it("reaches and runs every action with Tab and Enter: sample, Analyze, rate card", async () => {
    const user = userEvent.setup();
    const service = fakeService(EMPTY_DETECTION);
    service.detect.mockResolvedValueOnce(EMPTY_DETECTION).mockResolvedValueOnce(SAMPLE_DETECTION);
    render(<App service={service} locale="en-US" />);
    await screen.findByRole("button", { name: "Create sample model" });

    async function tabTo(name: string) {
      const target = screen.getByRole("button", { name });
      for (let i = 0; i < 20 && document.activeElement !== target; i++) await user.tab();
      expect(target).toHaveFocus();
    }

    await tabTo("Create sample model");
    await user.keyboard("{Enter}");
    await screen.findByText("Sample model created");
    expect(service.createSample).toHaveBeenCalledTimes(1);

    await tabTo("Analyze");
    await user.keyboard("{Enter}");
    await screen.findByRole("region", { name: "Annual revenue" });
    expect(service.analyze).toHaveBeenCalledTimes(1);

    await tabTo("Generate rate card");
    await user.keyboard("{Enter}");
    await screen.findByText(/Your rate card is on the “Rate Card” sheet/);
    expect(service.generateRateCard).toHaveBeenCalledTimes(1);
  });
});

describe("focus after Create sample model", () => {
  it("moves from the button, which goes, to Analyze, and says the sample was created", async () => {
    const user = userEvent.setup();
    const service = fakeService(EMPTY_DETECTION);
    service.detect.mockResolvedValueOnce(EMPTY_DETECTION).mockResolvedValueOnce(SAMPLE_DETECTION);
    render(<App service={service} locale="en-US" />);
    const create = await screen.findByRole("button", { name: "Create sample model" });
    create.focus();
    await user.keyboard("{Enter}");

    await screen.findByText("Sample model created");
    expect(create).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Analyze" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("The sample model is in your workbook. Have a look at its sheets, then select Analyze.");
  });

  it("stays where the user put it while the sample was being written", async () => {
    const user = userEvent.setup();
    const service = fakeService(EMPTY_DETECTION);
    service.detect.mockResolvedValueOnce(EMPTY_DETECTION).mockResolvedValueOnce(SAMPLE_DETECTION);
    const written = gate<SampleOutcome>();
    service.createSample.mockReturnValueOnce(written.promise);
    render(<App service={service} locale="en-US" />);
    await user.click(await screen.findByRole("button", { name: "Create sample model" }));
    const again = screen.getByRole("button", { name: "Check the workbook again" });
    again.focus();

    written.open({ kind: "created", sheets: ["Settings", "Tiers", "Clients"] });
    await screen.findByText("Sample model created");
    expect(again).toHaveFocus();
  });
});

describe("accessibility of each state", () => {
  it("names every control and has no serious axe findings: no model", async () => {
    render(<App service={fakeService(EMPTY_DETECTION)} />);
    await screen.findByRole("button", { name: "Create sample model" });

    everyControlIsNamed();
    expect(await seriousViolations()).toEqual([]);
  });

  it("names every control and has no serious axe findings: results with warnings", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.analyze.mockImplementationOnce(async () => ({
      ...(await fakeService().analyze(() => undefined)),
      warnings: [{ cell: "Clients!A9", message: "Client “Acme Dental” appears twice." }],
    }));
    render(<App service={service} locale="en-US" />);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("region", { name: "Annual revenue" });

    everyControlIsNamed();
    expect(await seriousViolations()).toEqual([]);
  });

  it("names every control and has no serious axe findings: errors", async () => {
    const user = userEvent.setup();
    render(
      <App
        service={fakeService(undefined, {
          kind: "errors",
          errors: [{ cell: "Clients!E7", message: "Distance should be a number." }, { message: "No Tiers table." }],
          warnings: [],
        })}
      />,
    );
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("list", { name: "Problems to fix" });

    everyControlIsNamed();
    expect(await seriousViolations()).toEqual([]);
  });

  it("has a single top-level heading naming the add-in", async () => {
    render(<App service={fakeService()} />);
    await screen.findByRole("button", { name: "Analyze" });

    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual(["Service agreement pricer"]);
    expect(screen.getByRole("main")).toBeInTheDocument();
  });
});

describe("the What-if slot", () => {
  it("is rendered under the results, with the analysis and the pane's formats", async () => {
    const user = userEvent.setup();
    const slot = jest.fn(({ results, formats }: WhatIfSlotProps) => (
      <section aria-label="What if">{`Today ${formats.money(results.kpis.annualCurrentRevenue)}`}</section>
    ));
    render(<App service={fakeService()} locale="en-US" whatIf={slot} />);

    await screen.findByRole("button", { name: "Analyze" });
    expect(screen.queryByRole("region", { name: "What if" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Analyze" }));
    expect(await screen.findByRole("region", { name: "What if" })).toHaveTextContent("Today $123,000");
  });
});
