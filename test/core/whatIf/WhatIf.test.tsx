/** @jest-environment jsdom */
/** The What-if section in the task pane, against a fake service holding the sample's real analysis. */
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../../../src/apps/taskpane/App";
import { WhatIf } from "../../../src/apps/taskpane/components/WhatIf";
import type { AnalyzeResults, Detection, PricingService } from "../../../src/apps/taskpane/service";
import type { ApplyLeversOutcome, SaveScenarioOutcome, WhatIfActions } from "../../../src/apps/taskpane/whatIfService";
import { makeFormats } from "../../../src/apps/taskpane/format";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import type { Levers } from "../../../src/core/whatIf/levers";
import { parsed } from "./helpers";
import { givePaneLayout } from "../../apps/taskpane/paneLayout";

const { model, cells } = parsed();
const analysis = analyze(model);
const RESULTS: AnalyzeResults = {
  kind: "results",
  kpis: kpis(analysis),
  currency: "USD",
  warnings: [],
  sheet: "Pricing Results",
  model,
  cells,
  analysis,
};
const DETECTION: Detection = {
  tables: (["settings", "tiers", "clients", "travelZones", "benefits"] as const).map((key) => ({
    key,
    required: key === "tiers" || key === "clients",
    found: { source: "table" as const, name: key, sheet: key, rows: 3 },
  })),
  outputSheets: [],
};

type FakeService = PricingService &
  WhatIfActions & {
    saveScenario: jest.Mock<Promise<SaveScenarioOutcome>, Parameters<WhatIfActions["saveScenario"]>>;
    applyLevers: jest.Mock<Promise<ApplyLeversOutcome>, Parameters<WhatIfActions["applyLevers"]>>;
    analyze: jest.Mock;
  };

function fakeService(): FakeService {
  return {
    detect: jest.fn(async () => DETECTION),
    createSample: jest.fn(),
    analyze: jest.fn(async () => RESULTS),
    generateRateCard: jest.fn(),
    selectCell: jest.fn(),
    saveScenario: jest.fn(
      async (..._args: Parameters<WhatIfActions["saveScenario"]>): Promise<SaveScenarioOutcome> => ({ kind: "saved", sheet: "Scenarios", updated: false }),
    ),
    applyLevers: jest.fn(async (writes) => ({ kind: "applied", cells: writes.map((w) => w.address) }) as ApplyLeversOutcome),
  };
}

const formats = makeFormats("en-US", "USD");

// Typing into many inputs of a Fluent pane under jsdom is slow on a busy machine.
jest.setTimeout(30_000);

givePaneLayout();

/** The pane after Analyze, with the What-if section plugged into App's slot. */
async function analyzed(service: FakeService = fakeService(), delay: number | null = null) {
  // No delay between keystrokes (much faster), except where focus moves by Tab: Fluent's focus
  // management needs its timers to run between keys.
  const user = userEvent.setup({ delay });
  render(<App service={service} locale="en-US" whatIf={(props) => <WhatIf {...props} />} />);
  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  await screen.findByRole("heading", { name: "What if…" });
  return { user, service };
}

/** The cells of a KPI row: [workbook, what-if, change]. */
function kpiRow(label: string): string[] {
  const row = screen.getByRole("row", { name: new RegExp(`^${label}`) });
  return within(row).getAllByRole("cell").map((c) => c.textContent ?? "");
}

/** Opens every folded group of levers (other rates, each tier's other prices, …). */
async function openFoldedLevers(user: ReturnType<typeof userEvent.setup>) {
  const whatIf = screen.getByRole("region", { name: "What if…" });
  for (const header of within(whatIf).queryAllByRole("button", { expanded: false })) await user.click(header);
}

async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  if (screen.queryByRole("spinbutton", { name }) === null) await openFoldedLevers(user);
  const input = screen.getByRole("spinbutton", { name });
  await user.clear(input);
  if (text !== "") await user.type(input, text);
}

/** Hourly rate 140, then Apply, which the workbook refuses: Settings!B5 changed since the analysis. */
async function applyBlockedByAChangedCell(): Promise<void> {
    const service = fakeService();
    service.applyLevers.mockResolvedValueOnce({ kind: "blocked", message: "Settings!B5 has changed since the analysis." });
    const { user } = await analyzed(service);
    await typeInto(user, "Hourly rate", "140");
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await user.click(await screen.findByRole("button", { name: "Write 1 cell" }));
    await screen.findByText("Settings!B5 has changed since the analysis.");
}

function expectedRow(levers: Levers, key: "annualCurrentRevenue"): string[] {
  const base = kpis(analysis)[key];
  const whatIf = analyzeWhatIf(model, levers).kpis[key];
  // The change is between the figures as shown (whole units).
  return [formats.money(base), formats.money(whatIf), `${formats.moneyChange(Math.round(whatIf) - Math.round(base))} / yr`];
}

describe("What-if levers", () => {
  it("start at the workbook's values, each with its own accessible name, and the figures equal the workbook's", async () => {
    const { user } = await analyzed();
    const tiers = ["Essentials", "Business", "Managed", "Premier"];
    // The levers people move most, and the client mix, are open; the rest are folded until opened.
    const mostUsed = [
      "Hourly rate", "Free travel radius", "Trip charge up to 25", "Trip charge up to 40", "Trip charge up to 60",
      ...tiers.map((t) => `${t} monthly fee`),
      "Home clients", "Small business clients", "Large business clients",
    ];
    expect(screen.getAllByRole("spinbutton").map((i) => i.getAttribute("aria-label"))).toEqual(mostUsed);
    await openFoldedLevers(user);
    expect(screen.getAllByRole("spinbutton").map((i) => i.getAttribute("aria-label"))).toEqual([
      ...mostUsed,
      "Agreement hourly rate", "Minimum hours per visit", "Billing increment",
      "Mileage rate", "Travel time rate",
      ...tiers.flatMap((t) => ["included hours", "per user", "per device", "per server", "minimum fee", "onboarding fee"].map((f) => `${t} ${f}`)),
      "Tool cost per user", "Tool cost per device", "Tool cost per server",
      "Contract term", "Technicians", "Billable hours per technician", "Annual increase", "Annual cost increase",
    ]);
    expect(screen.getByRole("spinbutton", { name: "Hourly rate" })).toHaveValue(125);
    expect(screen.getByRole("spinbutton", { name: "Home clients" })).toHaveValue(12);
    expect(kpiRow("Annual revenue, current billing")).toEqual(expectedRow({}, "annualCurrentRevenue"));
    expect(kpiRow("Annual revenue, current billing")[2]).toBe("±$0 / yr");
    expect(screen.getByText("Showing your workbook’s values.")).toBeInTheDocument();
    // The sample has travel zones: each zone's trip charge is a lever, and the idle Trip charge setting is not offered.
    expect(screen.queryByRole("spinbutton", { name: "Trip charge" })).toBeNull();
    expect(screen.getByRole("spinbutton", { name: "Trip charge up to 40" })).toHaveValue(65);
  });

  it("recompute every figure as a value is typed, with no call to the workbook", async () => {
    const { user, service } = await analyzed();
    const calls = service.analyze.mock.calls.length;
    await typeInto(user, "Hourly rate", "140");
    expect(kpiRow("Annual revenue, current billing")).toEqual(expectedRow({ settings: { hourlyRate: 140 } }, "annualCurrentRevenue"));
    expect(kpiRow("Annual revenue, current billing")[2]).toMatch(/^\+\$[\d,]+ \/ yr$/);

    await typeInto(user, "Business monthly fee", "950");
    await typeInto(user, "Home clients", "100");
    const levers: Levers = { settings: { hourlyRate: 140 }, tiers: { Business: { monthlyFee: 950 } }, mix: { Home: 100 } };
    expect(kpiRow("Annual revenue, current billing")).toEqual(expectedRow(levers, "annualCurrentRevenue"));
    expect(kpiRow("Clients")).toEqual(["28", "116", "+88"]);
    expect(screen.getByText("3 changed from the workbook.")).toBeInTheDocument();
    expect(service.analyze.mock.calls.length).toBe(calls);
    expect(service.saveScenario).not.toHaveBeenCalled();
    expect(service.applyLevers).not.toHaveBeenCalled();
  });

  it("say what to enter for a value out of bounds, keep the last allowed figures, and hold Save and Apply", async () => {
    const { user } = await analyzed();
    await typeInto(user, "Hourly rate", "140");
    const at140 = kpiRow("Annual revenue, current billing");
    await typeInto(user, "Hourly rate", "0");
    const input = screen.getByRole("spinbutton", { name: "Hourly rate" });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(expect.stringContaining("Enter above 0."));
    expect(kpiRow("Annual revenue, current billing")).toEqual(at140);
    expect(screen.getByRole("button", { name: "Save scenario" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveAttribute("aria-disabled", "true");

    await typeInto(user, "Billing increment", "2");
    expect(screen.getByRole("spinbutton", { name: "Billing increment" })).toHaveAccessibleDescription(
      expect.stringContaining("Enter from 0 to 1."),
    );
    await typeInto(user, "Home clients", "10.5");
    expect(screen.getByRole("spinbutton", { name: "Home clients" })).toHaveAccessibleDescription(
      expect.stringContaining("Enter a whole number of clients, 0 or more."),
    );
  });

  it("Reset returns every lever and figure to the workbook's", async () => {
    const { user } = await analyzed();
    await typeInto(user, "Hourly rate", "150");
    await typeInto(user, "Small business clients", "20");
    await user.click(screen.getByRole("button", { name: "Reset to workbook values" }));
    expect(screen.getByRole("spinbutton", { name: "Hourly rate" })).toHaveValue(125);
    expect(screen.getByRole("spinbutton", { name: "Small business clients" })).toHaveValue(12);
    expect(kpiRow("Annual revenue, current billing")[2]).toBe("±$0 / yr");
    expect(screen.getByText("Showing your workbook’s values.")).toBeInTheDocument();
  });
});

describe("What-if in a narrow pane", () => {
  it("gives each one-line lever label its full name as a tooltip, for when it is cut short", async () => {
    const { user } = await analyzed();
    await openFoldedLevers(user);
    const label = (name: string) => document.querySelector(`label[for="${screen.getByRole("spinbutton", { name }).id}"]`);
    expect(label("Minimum hours per visit")).toHaveTextContent("Minimum hours per visit");
    expect(label("Minimum hours per visit")).toHaveAttribute("title", "Minimum hours per visit");
    expect(label("Essentials included hours")).toHaveTextContent("Included hours");
    expect(label("Essentials included hours")).toHaveAttribute("title", "Essentials included hours");
  });

  it("keeps a change's amount whole, breaking only before its unit", async () => {
    const { user } = await analyzed();
    await typeInto(user, "Hourly rate", "140");
    const change = screen.getByRole("row", { name: /^Annual revenue, current billing/ }).querySelector("td:last-child")!;
    const [amount, unit] = Array.from(change.children).map((c) => c.textContent);
    expect(amount).toMatch(/^\+\$[\d,]+$/);
    expect(unit).toBe("/ yr");
    expect(change).toHaveTextContent(`${amount} / yr`);
  });
});

describe("Save scenario", () => {
  it("saves the name, the changed levers and the what-if's figures with the workbook's; the same name again says updated", async () => {
    const { user, service } = await analyzed();
    await typeInto(user, "Hourly rate", "140");
    await user.type(screen.getByRole("textbox", { name: "Scenario name" }), "Plan A{Enter}");
    await screen.findByText("Saved “Plan A” to the “Scenarios” sheet, with a chart comparing your scenarios.");
    const [scenario, workbookKpis, currency] = service.saveScenario.mock.calls[0]!;
    const expected = analyzeWhatIf(model, { settings: { hourlyRate: 140 } });
    expect(scenario).toEqual({ name: "Plan A", changes: expected.changes, kpis: expected.kpis });
    expect(workbookKpis).toEqual(kpis(analysis));
    expect(currency).toBe("USD");

    service.saveScenario.mockResolvedValueOnce({ kind: "saved", sheet: "Scenarios", updated: true });
    await user.click(screen.getByRole("button", { name: "Save scenario" }));
    await screen.findByText("Updated “Plan A” on the “Scenarios” sheet.");
    expect(service.saveScenario).toHaveBeenCalledTimes(2);
  });

  it("asks for a name before saving, and explains a Scenarios sheet that is not ours", async () => {
    const { user, service } = await analyzed();
    await user.click(screen.getByRole("button", { name: "Save scenario" }));
    expect(screen.getByRole("textbox", { name: "Scenario name" })).toHaveAccessibleDescription("Enter a name for the scenario.");
    expect(service.saveScenario).not.toHaveBeenCalled();

    service.saveScenario.mockResolvedValueOnce({ kind: "refused", reason: "foreignSheet", sheet: "Scenarios" });
    await user.type(screen.getByRole("textbox", { name: "Scenario name" }), "B");
    await user.click(screen.getByRole("button", { name: "Save scenario" }));
    await screen.findByText(/already has a sheet called “Scenarios” that the add-in didn’t create/);
  });
});

describe("Apply to workbook", () => {
  it("lists what will change and writes only on confirmation, only the changed cells", async () => {
    const { user, service } = await analyzed();
    expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveAttribute("aria-disabled", "true");
    await typeInto(user, "Hourly rate", "140");
    await typeInto(user, "Business monthly fee", "950");
    await typeInto(user, "Home clients", "100");

    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    const dialog = await screen.findByRole("dialog", { name: "Change your workbook?" });
    expect(within(await within(dialog).findByRole("list", { name: "Cells to change" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Hourly rate: $125.00 → $140.00 (Settings!B5)",
      "Business monthly fee: $900.00 → $950.00 (Tiers!B3)",
    ]);
    expect(within(dialog).getByRole("list", { name: "Not written" })).toHaveTextContent(/Home clients: The client mix is a what-if only/);
    await user.click(await within(dialog).findByRole("button", { name: "Cancel" }));
    expect(service.applyLevers).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await user.click(await screen.findByRole("button", { name: "Write 2 cells" }));
    await screen.findByText(/Wrote 2 cells to your workbook/);
    expect(service.applyLevers).toHaveBeenCalledTimes(1);
    expect(service.applyLevers.mock.calls[0]![0].map((w) => [w.address, w.value, w.expected])).toEqual([
      ["Settings!B5", 140, 125],
      ["Tiers!B3", 950, 900],
    ]);
    // The workbook now holds 140 and 950: only the mix still differs, and there is nothing left to write.
    expect(screen.getByText("1 changed from the workbook.")).toBeInTheDocument();
    expect(kpiRow("Annual revenue, all clients hourly")[0]).toBe(
      formats.money(analyzeWhatIf(model, { settings: { hourlyRate: 140 } }).kpis.annualHourlyRevenue),
    );
    expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveAttribute("aria-disabled", "true");
  });

  it("says why nothing was written when the workbook changed since the analysis", async () => {
    await applyBlockedByAChangedCell();
    expect(screen.getByText("1 changed from the workbook.")).toBeInTheDocument();
  });
});

describe("Apply to workbook's dialog gives the pane back", () => {
  /** The elements hidden from screen readers that hold the pane (the pane's root or an ancestor). */
  function hidingThePane(): Element[] {
    const pane = document.querySelector("main")!;
    return [...document.querySelectorAll('[aria-hidden="true"]')].filter((el) => el.contains(pane));
  }

  it("after Cancel: nothing hides the pane and focus is back on Apply to workbook…", async () => {
    const { user } = await analyzed();
    await typeInto(user, "Hourly rate", "140");
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await screen.findByRole("dialog", { name: "Change your workbook?" });
    // The open dialog is modal: the pane behind it is hidden from screen readers (this is what must be undone).
    await waitFor(() => expect(hidingThePane()).not.toEqual([]));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // Fluent lifts aria-hidden a moment after closing (its update runs on a timer).
    await waitFor(() => expect(hidingThePane()).toEqual([]));
    await waitFor(() => expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveFocus());
  });

  it("after Write: nothing hides the pane and focus stays on a control, not the page", async () => {
    const { user, service } = await analyzed();
    await typeInto(user, "Hourly rate", "140");
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await waitFor(() => expect(hidingThePane()).not.toEqual([]));
    await user.click(await screen.findByRole("button", { name: "Write 1 cell" }));
    await screen.findByText(/Wrote 1 cell to your workbook/);
    expect(service.applyLevers).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // Fluent lifts aria-hidden a moment after closing (its update runs on a timer).
    await waitFor(() => expect(hidingThePane()).toEqual([]));
    await waitFor(() => expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveFocus());
    // Role queries find the pane's buttons again (they do not while the pane is aria-hidden).
    expect(screen.getByRole("button", { name: "Analyze" })).toBeInTheDocument();
  });

  it("opens again after closing, and Tab still moves through the pane with the dialog closed", async () => {
    const { user } = await analyzed(fakeService(), 0);
    await typeInto(user, "Hourly rate", "140");
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Apply to workbook…" })).toHaveFocus());
    const rate = screen.getByRole("spinbutton", { name: "Hourly rate" });
    for (let i = 0; i < 60 && document.activeElement !== rate; i++) await user.tab();
    expect(rate).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    expect(await screen.findByRole("dialog", { name: "Change your workbook?" })).toBeInTheDocument();
  });
});

describe("Results after Apply to workbook", () => {
  it("say they are from before the change until the next Analyze", async () => {
    const { user, service } = await analyzed();
    const results = screen.getByRole("region", { name: "Overview" });
    expect(within(results).queryByText(/Your workbook’s settings changed/)).toBeNull();
    await typeInto(user, "Hourly rate", "140");
    await user.click(screen.getByRole("button", { name: "Apply to workbook…" }));
    await user.click(await screen.findByRole("button", { name: "Write 1 cell" }));
    await screen.findByText(/Wrote 1 cell to your workbook/);
    expect(within(results).getByText(/Your workbook’s settings changed: select Analyze to update these figures and the Pricing Results sheet/)).toBeInTheDocument();
    expect(within(results).getByText("Figures from before your changes")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Analyze" }));
    await waitFor(() => expect(screen.queryByText(/Your workbook’s settings changed/)).toBeNull());
    expect(screen.queryByText("Figures from before your changes")).toBeNull();
  });

  it("stay current when nothing was written", async () => {
    await applyBlockedByAChangedCell();
    expect(screen.queryByText(/Your workbook’s settings changed/)).toBeNull();
  });
});

describe("keyboard and accessibility", () => {
  it("works from the keyboard: Tab to a lever, type, Tab on to Save", async () => {
    const { user, service } = await analyzed(fakeService(), 0);
    const rate = screen.getByRole("spinbutton", { name: "Hourly rate" });
    for (let i = 0; i < 40 && document.activeElement !== rate; i++) await user.tab();
    expect(rate).toHaveFocus();
    await user.keyboard("{Control>}a{/Control}130");
    expect(rate).toHaveValue(130);
    const name = screen.getByRole("textbox", { name: "Scenario name" });
    for (let i = 0; i < 120 && document.activeElement !== name; i++) await user.tab();
    await user.keyboard("Keyboard{Enter}");
    await screen.findByText(/Saved “Keyboard”/);
    expect(service.saveScenario.mock.calls[0]![0].changes.map((c) => c.label)).toEqual(["Hourly rate"]);
  });

  it("names every control and has no serious axe findings", async () => {
    await analyzed();
    for (const control of [...screen.getAllByRole("button"), ...screen.getAllByRole("spinbutton"), ...screen.getAllByRole("textbox")]) {
      expect(control).toHaveAccessibleName();
    }
    const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  it("hides Save and Apply when the service cannot write (recomputing still works)", async () => {
    const service = fakeService() as Partial<FakeService>;
    delete service.saveScenario;
    delete service.applyLevers;
    await analyzed(service as FakeService);
    expect(screen.queryByRole("button", { name: "Save scenario" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Apply to workbook…" })).toBeNull();
    expect(screen.getByRole("spinbutton", { name: "Hourly rate" })).toBeInTheDocument();
  });
});
