/** @jest-environment jsdom */
/**
 * Renewals in the task pane (PRICING.md §5c, §5d): the sentence and the clients below target after
 * Analyze; the same live under the What-if levers, so "if my costs rise 4% and I raise prices 3%,
 * who falls below 50%, and what would keep them there?" is one run for a consultant with 40
 * agreements; and the Price-change letter beside Make proposal.
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import { WhatIf } from "../../../src/apps/taskpane/components/WhatIf";
import type { AnalyzeResults, LetterOutcome, ProposalOutcome } from "../../../src/apps/taskpane/service";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import { grid, settingsGrid } from "../../core/workbook/helpers";
import { SAMPLE_DETECTION, fakeService } from "./fakeService";

jest.setTimeout(30_000);

function resultsOf(settings: [string, CellValue][], tiers: CellValue[][], clients: CellValue[][]): AnalyzeResults {
  const parsed = parseModel([settingsGrid(settings), grid("tiers", tiers), grid("clients", clients)]);
  if (parsed.model === null) throw new Error(JSON.stringify(parsed.errors));
  const analysis = analyze(parsed.model);
  return { kind: "results", kpis: kpis(analysis), currency: "USD", warnings: [], sheet: "Pricing Results", model: parsed.model, cells: parsed.cells, analysis };
}

/** §8d, and Harbor Law billed by the hour. */
const WORKED = resultsOf(
  [["Contract term", 24], ["Annual increase", "5%"], ["Annual cost increase", "4%"]],
  [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]],
  [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
    ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, "2026-07-01"],
    ["Pine Clinic", "Small business", "Business", 30, 3, 1.5, 2, null],
    ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, null],
  ],
);

/** 40 clients on Care (1,000 a month, 40 h included), remote only, r = 8.0 … 11.9 h; no increases in the workbook. */
const FORTY = resultsOf(
  [],
  [["Tier", "Monthly fee", "Included hours"], ["Care", 1000, 40]],
  [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Remote hours per month"],
    ...Array.from({ length: 40 }, (_, i): CellValue[] => [`Client ${String(i + 1).padStart(2, "0")}`, "Small business", "Care", 0, 0, Math.round((8 + i * 0.1) * 10) / 10]),
  ],
);

function setup(results: AnalyzeResults) {
  const service = fakeService(SAMPLE_DETECTION, results);
  const makeProposal = jest.fn(async (): Promise<ProposalOutcome> => ({ kind: "done", sheet: "Proposal – x", client: "x", printSetUp: true }));
  const makeLetter = jest.fn(async (client: string): Promise<LetterOutcome> => ({
    kind: "done", sheet: `Letter – ${client}`, client, printSetUp: true, warning: null,
  }));
  render(<App service={{ ...service, makeProposal, makeLetter }} locale="en-US" whatIf={(props) => <WhatIf {...props} />} />);
  return { makeLetter, user: userEvent.setup() };
}

describe("At renewal, after Analyze", () => {
  it("says how many agreements fall below the target and lists them with what would keep them there", async () => {
    const { user } = setup(WORKED);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const section = await screen.findByRole("region", { name: "At renewal" });
    expect(within(section).getByText("At renewal, 1 of 2 agreements falls below your 50% margin if costs rise 4% and prices 5%.")).toBeInTheDocument();
    const list = within(section).getByRole("list", { name: "Agreements below your margin at renewal" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Pine Clinic (Business): margin 23.5% → 24.2%, already below today; an increase of 59.1% would bring it to 50%.",
    ]);
  });
});

describe("the What-if: costs +4%, prices +3%, 40 agreements", () => {
  it("one run in the pane: 9 of 40 fall below 50%, each with the increase that keeps it there", async () => {
    const { user } = setup(FORTY);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const live = await screen.findByRole("region", { name: "At renewal, with these values" });
    expect(within(live).getByText(/^At renewal, 8 of 40 agreements fall below your 50% margin with today's costs and prices/)).toBeInTheDocument();
    // The renewal levers sit in their own folded group: one click opens it.
    await user.click(screen.getByRole("button", { name: /^Renewals \(a year on\)/ }));
    for (const [name, text] of [["Annual cost increase", "4"], ["Annual increase", "3"]] as const) {
      const input = screen.getByRole("spinbutton", { name });
      expect(input).toHaveValue(0);
      await user.clear(input);
      await user.type(input, text);
    }
    expect(await within(live).findByText("At renewal, 9 of 40 agreements fall below your 50% margin if costs rise 4% and prices 3%.")).toBeInTheDocument();
    const items = within(within(live).getByRole("list")).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(9);
    expect(items[0]).toBe("Client 32 (Care): margin 50.1% → 49.6%; an increase of 3.9% would keep 50%.");
    expect(items[7]).toBe("Client 39 (Care): margin 46.9% → 46.4%, already below today; an increase of 10.4% would bring it to 50%.");
  });

  it("a percentage above 50 is refused at the lever, with what to type", async () => {
    const { user } = setup(FORTY);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    await user.click(await screen.findByRole("button", { name: /^Renewals \(a year on\)/ }));
    const input = await screen.findByRole("spinbutton", { name: "Annual increase" });
    await user.clear(input);
    await user.type(input, "60");
    expect(await screen.findByText("Enter a percentage from 0% to 50%.")).toBeInTheDocument();
  });
});

describe("Price-change letter", () => {
  it("sits beside Make proposal and makes the chosen client's letter", async () => {
    const { user, makeLetter } = setup(WORKED);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const section = await screen.findByRole("region", { name: "Proposal for one client" });
    const button = within(section).getByRole("button", { name: "Price-change letter" });
    expect(button.parentElement).toBe(within(section).getByRole("button", { name: "Make proposal" }).parentElement);
    await user.click(button);
    expect(makeLetter).toHaveBeenCalledWith("Acme Dental");
    expect(await within(section).findByText("The letter for Acme Dental is on the “Letter – Acme Dental” sheet, set to print on one page.")).toBeInTheDocument();
  });

  it("for a client billed by the hour, stays disabled and says to make a proposal instead", async () => {
    const { user, makeLetter } = setup(WORKED);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const section = await screen.findByRole("region", { name: "Proposal for one client" });
    await user.selectOptions(within(section).getByRole("combobox", { name: "Client" }), "Harbor Law");
    const button = within(section).getByRole("button", { name: "Price-change letter" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("Harbor Law is billed by the hour: there is no agreement price to change. Make a proposal instead.");
    await user.click(button);
    expect(makeLetter).not.toHaveBeenCalled();
  });

  it("with no Annual increase, says how to set one", async () => {
    const { user } = setup(FORTY);
    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const section = await screen.findByRole("region", { name: "Proposal for one client" });
    expect(within(section).getByRole("button", { name: "Price-change letter" })).toHaveAccessibleDescription(
      "Set Annual increase in your Settings table (5% for example) to announce a new price.");
  });
});
