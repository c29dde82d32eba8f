/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import type { RateCardOutcome } from "../../../src/apps/taskpane/service";
import { EMPTY_DETECTION, fakeService, gate } from "./fakeService";

describe("Generate rate card", () => {
  it("writes the rate card and says where it is", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    const done = gate<RateCardOutcome>();
    service.generateRateCard.mockReturnValueOnce(done.promise);
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Generate rate card" }));
    expect(screen.getByRole("button", { name: "Generating rate card…" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Analyze" })).toHaveAttribute("aria-disabled", "true");

    done.open({ kind: "done", sheet: "Rate Card", printSetUp: true });
    expect(
      await screen.findByText("Your rate card is on the “Rate Card” sheet, set to print on one page (File › Print)."),
    ).toBeInTheDocument();
    expect(service.generateRateCard).toHaveBeenCalledTimes(1);
  });

  it("is there after an analysis too, and keeps the results on screen", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    render(<App service={service} locale="en-US" />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("region", { name: "Annual revenue" });
    await user.click(screen.getByRole("button", { name: "Generate rate card" }));

    expect(await screen.findByText(/Your rate card is on the “Rate Card” sheet/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Annual revenue" })).toHaveTextContent("$123,000");
  });

  it("tells the user to set fit-to-page when this Excel cannot set up printing", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.generateRateCard.mockResolvedValueOnce({ kind: "done", sheet: "Rate Card", printSetUp: false });
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Generate rate card" }));
    expect(await screen.findByText(/choose Page Layout › Fit to 1 page before you print/)).toBeInTheDocument();
    expect(screen.queryByText(/set to print on one page/)).not.toBeInTheDocument();
  });

  it("leaves a foreign Rate Card sheet alone", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.generateRateCard.mockResolvedValueOnce({ kind: "refused", reason: "foreignSheet", sheet: "Rate Card" });
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Generate rate card" }));

    expect(await screen.findByText("Rate card not written")).toBeInTheDocument();
    expect(screen.getByText(/already has a sheet called “Rate Card” that the add-in didn’t create/)).toBeInTheDocument();
  });

  it("shows the model's errors when the rate card cannot be priced", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.generateRateCard.mockResolvedValueOnce({
      kind: "errors",
      errors: [{ cell: "Tiers!B3", message: "Monthly fee should be a number." }],
      warnings: [],
    });
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Generate rate card" }));

    expect(await screen.findByRole("button", { name: "Go to Tiers!B3" })).toBeInTheDocument();
  });

  it("is not offered before there is a model", async () => {
    render(<App service={fakeService(EMPTY_DETECTION)} />);

    await screen.findByRole("button", { name: "Create sample model" });
    expect(screen.queryByRole("button", { name: "Generate rate card" })).not.toBeInTheDocument();
  });
});
