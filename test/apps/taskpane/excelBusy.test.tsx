/** @jest-environment jsdom */
/** Issue 9: the pane's messages when Excel is busy with a cell edit, and when fit-to-page was not confirmed. */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import { ExcelBusyError } from "../../../src/apps/taskpane/service";
import { fakeService } from "./fakeService";

test("Analyze while the user edits a cell: says what to do and that nothing changed, not 'Something went wrong'", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  service.analyze.mockRejectedValueOnce(new ExcelBusyError("Finish editing the cell (Enter or Esc), then choose Analyze again."));
  render(<App service={service} />);
  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  expect(await screen.findByText("Excel is editing a cell")).toBeInTheDocument();
  expect(screen.getByText("Finish editing the cell (Enter or Esc), then choose Analyze again. Nothing was changed.")).toBeInTheDocument();
  expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
});

test("a rate card whose one-page setting did not read back asks the user to check it", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  service.generateRateCard.mockResolvedValueOnce({ kind: "done", sheet: "Rate Card", printSetUp: false, printUnconfirmed: true });
  render(<App service={service} />);
  await user.click(await screen.findByRole("button", { name: "Generate rate card" }));
  expect(
    await screen.findByText("Your rate card is on the “Rate Card” sheet. Excel didn’t confirm the one-page print setting: check Page Layout › Fit to 1 page before you print."),
  ).toBeInTheDocument();
});
