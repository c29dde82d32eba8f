/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/apps/taskpane/App";
import { EMPTY_DETECTION, SAMPLE_DETECTION, detection, fakeService, gate } from "./fakeService";
import type { Detection } from "../../../src/apps/taskpane/service";

describe("what the pane finds on opening", () => {
  it("says it is looking, then lists each table with where it was found and its rows", async () => {
    const detected = gate<Detection>();
    const service = fakeService();
    service.detect.mockReturnValueOnce(detected.promise);
    render(<App service={service} locale="en-US" />);

    expect(screen.getByText("Looking for your pricing model…", { selector: "label" })).toBeInTheDocument();
    detected.open(SAMPLE_DETECTION);

    const tables = await screen.findByRole("list", { name: "Tables found" });
    const items = within(tables).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      "SettingsExcel table “Settings”, 16 rows",
      "TiersExcel table “Tiers”, 3 rows",
      "ClientsExcel table “Clients”, 30 rows",
      "Travel zonesSheet “Travel Zones”, 1 row",
      "BenefitsExcel table “Benefits”, 8 rows",
    ]);
    expect(screen.getByRole("button", { name: "Analyze" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Create sample model" })).not.toBeInTheDocument();
  });

  it("flags a missing required table and says what a missing optional one means", async () => {
    const service = fakeService(
      detection({ clients: { source: "sheet", name: "Clients", sheet: "Clients", rows: 1200 } }),
    );
    render(<App service={service} locale="en-US" />);

    const tables = await screen.findByRole("list", { name: "Tables found" });
    const text = within(tables).getAllByRole("listitem").map((li) => li.textContent);
    expect(text).toContain("TiersNot found — this table is needed");
    expect(text).toContain("ClientsSheet “Clients”, 1,200 rows");
    expect(text).toContain("SettingsNot found — standard settings will be used");
    expect(text).toContain("Travel zonesNot found — the trip charge setting applies");
    // Analyze stays available: it explains exactly what is missing.
    expect(screen.getByRole("button", { name: "Analyze" })).toBeInTheDocument();
  });

  it("warns about a sheet named like an output sheet that the add-in did not make", async () => {
    const withForeignSheet = { ...SAMPLE_DETECTION, outputSheets: [{ name: "Pricing Results", state: "foreign" as const }] };
    render(<App service={fakeService(withForeignSheet)} />);

    expect(await screen.findByText("“Pricing Results” is your sheet")).toBeInTheDocument();
    expect(screen.getByText(/that the add-in didn’t create, so it won’t write there/)).toBeInTheDocument();
  });
});

describe("an empty workbook", () => {
  it("offers the sample model, creates it, and then lists its tables", async () => {
    const user = userEvent.setup();
    const service = fakeService(EMPTY_DETECTION);
    service.detect.mockResolvedValueOnce(EMPTY_DETECTION).mockResolvedValueOnce(SAMPLE_DETECTION);
    render(<App service={service} locale="en-US" />);

    expect(await screen.findByRole("heading", { name: "No pricing model in this workbook yet" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Analyze" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check the workbook again" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Create sample model" }));

    expect(service.createSample).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Sample model created")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Tables found" })).toHaveTextContent("Excel table “Clients”, 30 rows");
    expect(screen.getByRole("button", { name: "Analyze" })).toBeInTheDocument();
  });

  it("explains when a sheet of the sample's name is in the way, and writes nothing", async () => {
    const user = userEvent.setup();
    const service = fakeService(EMPTY_DETECTION);
    service.createSample.mockResolvedValueOnce({ kind: "refused", reason: "sheetExists", sheet: "Settings" });
    render(<App service={service} />);

    await user.click(await screen.findByRole("button", { name: "Create sample model" }));

    expect(await screen.findByText("Sample not created")).toBeInTheDocument();
    expect(screen.getByText(/already has a sheet called “Settings”/)).toBeInTheDocument();
    expect(service.detect).toHaveBeenCalledTimes(1);
  });

  it("can look again after the user adds tables", async () => {
    const user = userEvent.setup();
    const service = fakeService(detection({ clients: { source: "table", name: "Clients", sheet: "Clients", rows: 2 } }));
    service.detect.mockResolvedValueOnce(detection({ clients: { source: "table", name: "Clients", sheet: "Clients", rows: 2 } }));
    render(<App service={service} />);

    await screen.findByRole("list", { name: "Tables found" });
    service.detect.mockResolvedValueOnce(SAMPLE_DETECTION);
    await user.click(screen.getByRole("button", { name: "Check the workbook again" }));

    expect(await screen.findByText("Excel table “Tiers”, 3 rows")).toBeInTheDocument();
    expect(service.detect).toHaveBeenCalledTimes(2);
  });

  it("shows what Excel said when the workbook cannot be read", async () => {
    const service = fakeService();
    service.detect.mockRejectedValueOnce(new Error("The workbook is locked for editing."));
    render(<App service={service} />);

    expect(await screen.findByText("Something went wrong")).toBeInTheDocument();
    expect(screen.getByText("Excel reported: The workbook is locked for editing.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check the workbook again" })).toBeInTheDocument();
  });
});
