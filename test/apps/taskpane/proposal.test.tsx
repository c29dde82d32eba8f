/** @jest-environment jsdom */
/** Make proposal (issue 13): choose a client from a searchable list, optionally a tier, make it, make it again. */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import type { ProposalChoice } from "../../../src/core/report/sheets/planProposal";
import type { ProposalOutcome } from "../../../src/apps/taskpane/service";
import { SAMPLE_DETECTION, fakeService, gate, results } from "./fakeService";
import { workedExampleV2 } from "../../core/report/proposalFixtures";
import { givePaneLayout } from "./paneLayout";

givePaneLayout();

const v2 = workedExampleV2();

function setup() {
  const service = fakeService(SAMPLE_DETECTION, results({ model: v2.model, analysis: v2.analysis }));
  const makeProposal = jest.fn(async (choice: ProposalChoice): Promise<ProposalOutcome> => ({
    kind: "done", sheet: `Proposal – ${choice.client}`, client: choice.client, printSetUp: true,
  }));
  render(<App service={{ ...service, makeProposal }} locale="en-US" />);
  return { service, makeProposal, user: userEvent.setup() };
}

async function analyzed(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  return screen.findByRole("region", { name: "Proposal for one client" });
}

describe("Make proposal", () => {
  it("is offered only after an analysis", async () => {
    setup();
    await screen.findByRole("button", { name: "Analyze" });
    expect(screen.queryByRole("button", { name: "Make proposal" })).not.toBeInTheDocument();
  });

  it("lists every client with its recommended tier, and makes the chosen client's proposal on the recommended tier", async () => {
    const { user, makeProposal } = setup();
    const section = await analyzed(user);
    const client = within(section).getByRole("combobox", { name: "Client" });
    expect(within(client).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Acme Dental — Business", "Harbor Law — Pay as you go", "Cedar Bakery — Pay as you go",
    ]);
    await user.selectOptions(client, "Harbor Law");
    const tier = within(section).getByRole("combobox", { name: "Tier to offer" });
    expect(within(tier).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Recommended (Pay as you go)", "Business", "Business Plus", "Pay as you go",
    ]);
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(makeProposal).toHaveBeenCalledWith({ client: "Harbor Law", tier: null });
    expect(await within(section).findByRole("status")).toHaveTextContent(
      "The proposal for Harbor Law is on the “Proposal – Harbor Law” sheet, set to print on one page.",
    );
  });

  it("narrows the list as the user types, and offers another tier; making it again for the same client asks again", async () => {
    const { user, makeProposal } = setup();
    const section = await analyzed(user);
    await user.type(within(section).getByRole("searchbox", { name: "Search clients" }), "cedar");
    const client = within(section).getByRole("combobox", { name: "Client" });
    expect(within(client).getAllByRole("option").map((o) => o.textContent)).toEqual(["Cedar Bakery — Pay as you go"]);
    await user.selectOptions(within(section).getByRole("combobox", { name: "Tier to offer" }), "Business Plus");
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(makeProposal.mock.calls).toEqual([[{ client: "Cedar Bakery", tier: "Business Plus" }], [{ client: "Cedar Bakery", tier: "Business Plus" }]]);
    await user.clear(within(section).getByRole("searchbox", { name: "Search clients" }));
    await user.type(within(section).getByRole("searchbox", { name: "Search clients" }), "zebra");
    expect(within(section).getByText("No client matches “zebra”.")).toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Make proposal" })).toHaveAttribute("aria-disabled", "true");
  });

  it("works from the keyboard alone: Tab to each control, Enter to make it", async () => {
    const { user, makeProposal } = setup();
    const section = await analyzed(user);
    within(section).getByRole("searchbox", { name: "Search clients" }).focus();
    await user.keyboard("harbor");
    await user.tab();
    expect(within(section).getByRole("combobox", { name: "Client" })).toHaveFocus();
    await user.tab();
    expect(within(section).getByRole("combobox", { name: "Tier to offer" })).toHaveFocus();
    await user.tab();
    expect(within(section).getByRole("button", { name: "Make proposal" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(makeProposal).toHaveBeenCalledWith({ client: "Harbor Law", tier: null });
  });

  it("holds the button while the proposal is written, and says when the client is gone or a sheet is the user's", async () => {
    const { user, makeProposal } = setup();
    const section = await analyzed(user);
    const open = gate<ProposalOutcome>();
    makeProposal.mockReturnValueOnce(open.promise);
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(within(section).getByRole("button", { name: "Making proposal…" })).toHaveAttribute("aria-disabled", "true");
    open.open({ kind: "gone", what: "client", name: "Acme Dental" });
    expect(await within(section).findByText(/The client “Acme Dental” is no longer in the workbook/)).toBeInTheDocument();
    makeProposal.mockResolvedValueOnce({ kind: "refused", reason: "foreignSheet", sheet: "Proposal – Acme Dental" });
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(await within(section).findByText(/already has a sheet called “Proposal – Acme Dental”/)).toBeInTheDocument();
  });
});
