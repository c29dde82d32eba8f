/** @jest-environment jsdom */
/** Make proposal (issue 13): choose a client from a searchable list, optionally a tier, make it, make it again. */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import type { ProposalChoice } from "../../../src/core/report/sheets/planProposal";
import type { ProposalOutcome } from "../../../src/apps/taskpane/service";
import { SAMPLE_DETECTION, fakeService, gate, results } from "./fakeService";
import { WhatIf } from "../../../src/apps/taskpane/components/WhatIf";
import { workedExampleSeats } from "../../support/workedExamples";
import { givePaneLayout } from "./paneLayout";

givePaneLayout();

const v2 = workedExampleSeats();

function setup(opts: { whatIf?: boolean } = {}) {
  const service = fakeService(SAMPLE_DETECTION, results({ model: v2.model, analysis: v2.analysis }));
  const makeProposal = jest.fn(async (choice: ProposalChoice): Promise<ProposalOutcome> => ({
    kind: "done", sheet: `Proposal – ${choice.client}`, client: choice.client, printSetUp: true,
  }));
  render(<App service={{ ...service, makeProposal }} locale="en-US" whatIf={opts.whatIf ? (props) => <WhatIf {...props} /> : undefined} />);
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
    // PRICING.md v3 §8b: Business is beaten by Business Plus for Acme Dental, so every client's recommendation is pay as you go.
    expect(within(client).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Acme Dental — Pay as you go", "Harbor Law — Pay as you go", "Cedar Bakery — Pay as you go",
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

  it("a tier the client would not be pitched: says the proposal was made as asked, and names the better tier", async () => {
    const { user, makeProposal } = setup();
    const section = await analyzed(user);
    const warning = "Business is not the best buy for Harbor Law: Business Plus costs Harbor Law less over the 12-month contract and includes more hours, " +
      "and Harbor Law would see it on your rate card. The proposal offers Business, as you asked; consider Business Plus.";
    makeProposal.mockResolvedValueOnce({ kind: "done", sheet: "Proposal – Harbor Law", client: "Harbor Law", printSetUp: true, warning });
    await user.selectOptions(within(section).getByRole("combobox", { name: "Client" }), "Harbor Law");
    await user.selectOptions(within(section).getByRole("combobox", { name: "Tier to offer" }), "Business");
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(await within(section).findByText("Made as you asked")).toBeInTheDocument();
    expect(within(section).getByText(warning)).toBeInTheDocument();
  });

  it("while a what-if changes prices, says the proposal uses the workbook's (PRICING.md §5b)", async () => {
    const { user, makeProposal } = setup({ whatIf: true });
    const section = await analyzed(user);
    expect(within(section).queryByText(/Proposals use your workbook’s prices/)).not.toBeInTheDocument();
    const fee = screen.getByRole("spinbutton", { name: "Business monthly fee" });
    await user.clear(fee);
    await user.type(fee, "950");
    expect(await within(section).findByText(/^Proposals use your workbook’s prices, not the what-if’s \(Business monthly fee .*950.*\)\. To propose those, select Apply to workbook first, then Analyze\.$/)).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: "Make proposal" }));
    expect(makeProposal).toHaveBeenCalledTimes(1);
    expect(await within(section).findByRole("status")).toHaveTextContent("It uses your workbook’s prices, not the what-if’s.");
    // Back to the workbook's value: nothing to say.
    await user.clear(fee);
    await user.type(fee, "900");
    expect(within(section).queryByText(/Proposals use your workbook’s prices/)).not.toBeInTheDocument();
  });
});
