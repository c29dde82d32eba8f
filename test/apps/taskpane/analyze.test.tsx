/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import type { AnalyzeOutcome, AnalyzeStep } from "../../../src/apps/taskpane/service";
import { fakeService, gate, results } from "./fakeService";

function card(title: string): HTMLElement {
  return screen.getByRole("region", { name: title });
}

describe("Analyze", () => {
  it("shows each step as it happens, then the KPI cards in the workbook's currency", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    const finish = gate<AnalyzeOutcome>();
    let report: (step: AnalyzeStep) => void = () => undefined;
    service.analyze.mockImplementationOnce((onProgress) => {
      report = onProgress;
      return finish.promise;
    });
    render(<App service={service} locale="en-US" />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    const steps = screen.getByRole("list", { name: "Analysis progress" });
    expect(within(steps).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Reading the workbook (under way)",
      "Checking your tables (to come)",
      "Pricing every client (to come)",
      "Writing the results sheet (to come)",
    ]);
    // The button keeps focus and says what is happening, but cannot start a second run.
    expect(screen.getByRole("button", { name: "Analyzing…" })).toHaveAttribute("aria-disabled", "true");

    await act(async () => report("pricing"));
    expect(within(steps).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Reading the workbook (done)",
      "Checking your tables (done)",
      "Pricing every client (under way)",
      "Writing the results sheet (to come)",
    ]);
    expect(screen.getByRole("status")).toHaveTextContent("Pricing every client…");

    finish.open(results());
    const revenue = await screen.findByRole("region", { name: "Annual revenue" });
    expect(screen.queryByRole("list", { name: "Analysis progress" })).not.toBeInTheDocument();
    expect(revenue).toHaveTextContent("$123,000");
    expect(revenue).toHaveTextContent("Today, from 30 clients");
    expect(revenue).toHaveTextContent("Annual revenue, all clients hourly$110,830");
    expect(revenue).toHaveTextContent("Annual revenue, recommended tiers$134,151");
    expect(revenue).toHaveTextContent("Recommended vs today+$11,151");
    expect(card("Margin")).toHaveTextContent("54.4%");
    expect(card("Margin")).toHaveTextContent("$66,960 a year today");
    expect(card("Margin")).toHaveTextContent("58.2% on the recommended tiers");
    expect(card("Effective rate")).toHaveTextContent("$114.41per hour of work and travel");
    expect(card("Hours a year")).toHaveTextContent("1,470 h240 h of it driving");
    expect(card("Home vs small business")).toHaveTextContent(
      "7.2home clients bring in as much revenue as 1 small-business client",
    );
    expect(screen.getByText("Client by client figures and charts are on the “Pricing Results” sheet.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Analysis done. Results are on the Pricing Results sheet.");
  });

  it("writes money in the workbook's currency and the user's locale", async () => {
    const user = userEvent.setup();
    render(<App service={fakeService(undefined, results({ currency: "EUR" }))} locale="de-DE" />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));

    const revenue = await screen.findByRole("region", { name: "Annual revenue" });
    expect(revenue).toHaveTextContent(/^Annual revenue123\.000\s€/);
    expect(card("Effective rate")).toHaveTextContent(/114,41\s€/);
    expect(card("Margin")).toHaveTextContent("54,4 %");
  });

  it("says so when a KPI has nothing to compare (no Home or Small business segment, no revenue)", async () => {
    const user = userEvent.setup();
    const empty = results({
      kpis: { ...results().kpis, homeClientsPerSmallBusiness: null, currentMarginPct: null, effectiveRate: null },
    });
    render(<App service={fakeService(undefined, empty)} locale="en-US" />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));

    expect(await screen.findByRole("region", { name: "Home vs small business" })).toHaveTextContent(
      "Needs clients in both a Home and a Small business segment.",
    );
    expect(card("Effective rate")).toHaveTextContent("—per hour");
  });

  it("lists the warnings of a finished analysis, each leading to its cell", async () => {
    const user = userEvent.setup();
    const service = fakeService(
      undefined,
      results({
        warnings: [
          { cell: "Clients!A9", message: "Client “Acme Dental” appears twice." },
          { message: "Only 4 benefits are listed; the rate card reads best with at least six." },
        ],
      }),
    );
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));

    expect(await screen.findByRole("heading", { name: "Worth a look (2)" })).toBeInTheDocument();
    const warnings = screen.getByRole("list", { name: "Warnings" });
    expect(within(warnings).getAllByRole("listitem")).toHaveLength(2);
    await user.click(within(warnings).getByRole("button", { name: "Go to Clients!A9" }));
    expect(service.selectCell).toHaveBeenCalledWith("Clients!A9");
  });

  it("leaves a foreign results sheet alone and tells the user how to proceed", async () => {
    const user = userEvent.setup();
    render(<App service={fakeService(undefined, { kind: "refused", reason: "foreignSheet", sheet: "Pricing Results" })} />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));

    expect(await screen.findByText("Results not written")).toBeInTheDocument();
    expect(
      screen.getByText(/already has a sheet called “Pricing Results” that the add-in didn’t create, so it was left alone/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Annual revenue" })).not.toBeInTheDocument();
  });

  it("shows what Excel said when writing fails, and Analyze can be tried again", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.analyze.mockRejectedValueOnce(new Error("The request payload is too large."));
    render(<App service={service} locale="en-US" />);

    await user.click(await screen.findByRole("button", { name: "Analyze" }));
    expect(await screen.findByText("Excel reported: The request payload is too large.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Analyze" }));
    expect(await screen.findByRole("region", { name: "Annual revenue" })).toHaveTextContent("$123,000");
    expect(screen.queryByText(/Excel reported/)).not.toBeInTheDocument();
  });
});

