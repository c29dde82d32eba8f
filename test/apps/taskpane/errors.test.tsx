/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import type { InputErrors } from "../../../src/apps/taskpane/service";
import { fakeService } from "./fakeService";

const ERRORS: InputErrors = {
  kind: "errors",
  errors: [
    { cell: "Clients!E7", message: "Distance should be a number, but the cell holds “twelve”." },
    { cell: "'Travel Zones'!A3", message: "Up to 20 appears twice; each zone needs its own distance." },
    { cell: "Tiers", message: "The Tiers table has no Monthly fee column." },
    { message: "No Clients table or sheet was found." },
  ],
  warnings: [{ cell: "Settings!A18", message: "“Discount” is not a setting the add-in knows; it was ignored." }],
};

async function analyzeToErrors(outcome: InputErrors = ERRORS) {
  const user = userEvent.setup();
  const service = fakeService(undefined, outcome);
  render(<App service={service} />);
  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  const list = await screen.findByRole("list", { name: "Problems to fix" });
  return { user, service, list };
}

describe("a workbook with errors", () => {
  it("lists every error with its cell and says nothing was written", async () => {
    const { list } = await analyzeToErrors();

    expect(screen.getByText("Not priced yet")).toBeInTheDocument();
    expect(screen.getByText(/Fix 4 things in your tables, then select Analyze again. Nothing in the workbook was changed./)).toBeInTheDocument();
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "Go to Clients!E7Distance should be a number, but the cell holds “twelve”.",
      "Go to 'Travel Zones'!A3Up to 20 appears twice; each zone needs its own distance.",
      "Go to TiersThe Tiers table has no Monthly fee column.",
      "No Clients table or sheet was found.",
    ]);
    // An error without a place has nothing to select.
    expect(within(items[3]).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Annual revenue" })).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Not priced: 4 problems to fix.");
  });

  it("says to unhide the sheet when the error's cell is on a hidden sheet (the shell's HiddenSheetError)", async () => {
    const { user, service, list } = await analyzeToErrors();
    const hidden = new Error("The sheet Travel Zones is hidden: right-click any sheet tab, choose Unhide, pick Travel Zones, then choose the problem again.");
    hidden.name = "HiddenSheetError";
    (service.selectCell as jest.Mock).mockRejectedValueOnce(hidden);

    await user.click(within(list).getByRole("button", { name: "Go to 'Travel Zones'!A3" }));

    expect(await screen.findByText(hidden.message)).toBeInTheDocument();
    expect(screen.queryByText(/renamed or deleted/)).not.toBeInTheDocument();
  });

  it("selects an error's cell when it is clicked", async () => {
    const { user, service, list } = await analyzeToErrors();

    await user.click(within(list).getByRole("button", { name: "Go to 'Travel Zones'!A3" }));

    expect(service.selectCell).toHaveBeenCalledTimes(1);
    expect(service.selectCell).toHaveBeenCalledWith("'Travel Zones'!A3");
  });

  it("selects an error's cell from the keyboard with Enter", async () => {
    const { user, service, list } = await analyzeToErrors();
    const goTo = within(list).getByRole("button", { name: "Go to Clients!E7" });

    for (let i = 0; i < 20 && document.activeElement !== goTo; i++) await user.tab();
    expect(goTo).toHaveFocus();
    expect(service.selectCell).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");

    expect(service.selectCell).toHaveBeenCalledTimes(1);
    expect(service.selectCell).toHaveBeenCalledWith("Clients!E7");
  });

  it("describes each cell button with its error, for screen readers", async () => {
    const { list } = await analyzeToErrors();

    expect(within(list).getByRole("button", { name: "Go to Clients!E7" })).toHaveAccessibleDescription(
      "Distance should be a number, but the cell holds “twelve”.",
    );
  });

  it("shows the warnings that came with the errors", async () => {
    const { user, service } = await analyzeToErrors();

    const warnings = screen.getByRole("list", { name: "Warnings" });
    await user.click(within(warnings).getByRole("button", { name: "Go to Settings!A18" }));
    expect(service.selectCell).toHaveBeenCalledWith("Settings!A18");
  });

  it("says so when a cell cannot be selected any more", async () => {
    const { user, service, list } = await analyzeToErrors();
    service.selectCell.mockRejectedValueOnce(new Error("ItemNotFound"));

    await user.click(within(list).getByRole("button", { name: "Go to Clients!E7" }));

    expect(await screen.findByText("Couldn’t go to Clients!E7. Its sheet may have been renamed or deleted.")).toBeInTheDocument();
  });

  it("shows the first 50 of a long list and the rest on request", async () => {
    const many: InputErrors = {
      kind: "errors",
      errors: Array.from({ length: 120 }, (_, i) => ({ cell: `Clients!E${i + 2}`, message: "Distance should be a number." })),
      warnings: [],
    };
    const { user, list } = await analyzeToErrors(many);

    expect(screen.getByText(/Fix 120 things/)).toBeInTheDocument();
    expect(within(list).getAllByRole("listitem")).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: "Show all 120" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(120);
    expect(within(list).getByRole("button", { name: "Go to Clients!E121" })).toBeInTheDocument();
  });

  it("prices the workbook once the errors are fixed", async () => {
    const { user, service } = await analyzeToErrors();
    service.analyze.mockImplementationOnce(fakeService().analyze);

    await user.click(screen.getByRole("button", { name: "Analyze" }));

    expect(await screen.findByRole("region", { name: "Annual revenue" })).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Problems to fix" })).not.toBeInTheDocument();
  });
});
