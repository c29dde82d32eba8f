/**
 * The real PricingService over the real Office.js shell, run against the strict in-memory Excel:
 * what the pane is told, and what lands in the workbook. Figures from PRICING.md §8.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "../../../src/testing/fakeExcel";
import { createExcelService } from "../../../src/apps/taskpane/excelService";
import type { AnalyzeStep } from "../../../src/apps/taskpane/service";

/** PRICING.md §8: settings all default, tier Business, client Acme Dental. Plain sheets, headers in row 1. */
const WORKED_EXAMPLE: FakeWorkbookInit = {
  sheets: [
    {
      name: "Tiers",
      values: [
        ["Tier", "Monthly fee", "Included hours", "Travel included"],
        ["Business", 900, 8, "Yes"],
      ],
    },
    {
      name: "Clients",
      values: [
        ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
        ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3],
      ],
    },
  ],
};

function excel(init: FakeWorkbookInit): FakeExcel {
  const fake = createFakeExcel(init);
  installFakeExcel(fake);
  return fake;
}

function withClientCell(value: string | number): FakeWorkbookInit {
  const [tiers, clients] = WORKED_EXAMPLE.sheets;
  const rows = clients!.values!.map((r) => [...r]);
  rows[1]![3] = value;
  return { sheets: [tiers!, { name: "Clients", values: rows }] };
}

describe("the Excel service", () => {
  it("finds nothing in an empty workbook", async () => {
    excel({ sheets: [{ name: "Sheet1" }] });

    const found = await createExcelService().detect();

    expect(found.tables.map((t) => [t.key, t.required, t.found])).toEqual([
      ["settings", false, null],
      ["tiers", true, null],
      ["clients", true, null],
      ["travelZones", false, null],
      ["benefits", false, null],
      ["timeLog", false, null],
    ]);
    expect(found.outputSheets.find((s) => s.name === "Pricing Results")?.state).toBe("absent");
  });

  it("creates the sample as Excel tables, then finds every table with its rows", async () => {
    const fake = excel({ sheets: [{ name: "Sheet1", values: [["my notes"]] }] });
    const service = createExcelService();

    expect(await service.createSample()).toMatchObject({ kind: "created" });
    const found = await service.detect();

    for (const table of found.tables) expect(table.found).toMatchObject({ source: "table" });
    const clients = found.tables.find((t) => t.key === "clients")!.found!;
    expect(clients.rows).toBe(fake.workbook.table(clients.name)!.rect.bottom - fake.workbook.table(clients.name)!.rect.top);
    expect(clients.rows).toBeGreaterThan(0);
    expect(fake.workbook.get("Sheet1").value("A1")).toBe("my notes");
  });

  it("refuses the sample when a sheet it needs is the user's, writing nothing", async () => {
    const fake = excel({ sheets: [{ name: "Benefits", values: [["Our perks"]] }] });

    expect(await createExcelService().createSample()).toEqual({ kind: "refused", reason: "sheetExists", sheet: "Benefits" });
    expect(fake.workbook.sheetNames()).toEqual(["Benefits"]);
  });

  it("analyzes the worked example: steps in order, KPIs to the cent, results sheet written", async () => {
    const fake = excel(WORKED_EXAMPLE);
    const steps: AnalyzeStep[] = [];

    const outcome = await createExcelService().analyze((step) => steps.push(step));

    expect(steps).toEqual(["reading", "checking", "pricing", "writing"]);
    if (outcome.kind !== "results") throw new Error(`expected results, got ${JSON.stringify(outcome)}`);
    expect(outcome.currency).toBe("USD");
    expect(outcome.sheet).toBe("Pricing Results");
    expect(outcome.kpis.clients).toBe(1);
    expect(outcome.kpis.annualHourlyRevenue).toBeCloseTo(12 * 777.5, 6);
    expect(outcome.kpis.annualCurrentRevenue).toBeCloseTo(12 * 900, 6);
    expect(outcome.kpis.annualCurrentMargin).toBeCloseTo(12 * 490, 6);
    expect(outcome.kpis.currentMarginPct).toBeCloseTo(490 / 900, 9);
    expect(outcome.kpis.effectiveRate).toBeCloseTo(900 / (5.2 + 2 * (80 / 60)), 9); // 114.41
    expect(outcome.model.clients[0]!.name).toBe("Acme Dental");
    expect(outcome.analysis.totals.workHours).toBeCloseTo(5.2, 9);
    expect(fake.workbook.sheetNames()).toEqual(["Tiers", "Clients", "Pricing Results"]);
    expect(fake.workbook.name("ServicePricer_Owned_Results")?.sheet?.name).toBe("Pricing Results");
  });

  it("replaces its results sheet on a second analysis", async () => {
    const fake = excel(WORKED_EXAMPLE);
    const service = createExcelService();

    await service.analyze(() => undefined);
    await service.analyze(() => undefined);

    expect(fake.workbook.sheetNames()).toEqual(["Tiers", "Clients", "Pricing Results"]);
    expect((await service.detect()).outputSheets.find((s) => s.name === "Pricing Results")?.state).toBe("ours");
  });

  it("reports a bad cell with its address, stops before pricing and writes nothing", async () => {
    const fake = excel(withClientCell("twelve"));
    const steps: AnalyzeStep[] = [];

    const outcome = await createExcelService().analyze((step) => steps.push(step));

    expect(outcome.kind).toBe("errors");
    if (outcome.kind !== "errors") return;
    expect(outcome.errors.map((e) => e.cell)).toEqual(["Clients!D2"]);
    expect(steps).toEqual(["reading", "checking"]);
    expect(fake.workbook.sheetNames()).toEqual(["Tiers", "Clients"]);
  });

  it("leaves a foreign results sheet alone and says which", async () => {
    const fake = excel({ sheets: [...WORKED_EXAMPLE.sheets, { name: "Pricing Results", values: [["mine"]] }] });

    expect(await createExcelService().analyze(() => undefined)).toEqual({
      kind: "refused",
      reason: "foreignSheet",
      sheet: "Pricing Results",
    });
    expect(fake.workbook.get("Pricing Results").value("A1")).toBe("mine");
  });

  it("writes the rate card and makes it the active sheet", async () => {
    const fake = excel(WORKED_EXAMPLE);

    expect(await createExcelService().generateRateCard()).toEqual({ kind: "done", sheet: "Rate Card", printSetUp: true });
    expect(fake.workbook.activeSheet?.name).toBe("Rate Card");
    expect(fake.workbook.sheet("Pricing Results")).toBeUndefined();
  });

  it("gives the errors instead of a rate card for a broken model", async () => {
    const fake = excel(withClientCell(-5));

    expect(await createExcelService().generateRateCard()).toMatchObject({ kind: "errors", errors: [{ cell: "Clients!D2" }] });
    expect(fake.workbook.sheetNames()).toEqual(["Tiers", "Clients"]);
  });

  it("selects a problem's cell, even on a sheet whose name needs quotes", async () => {
    const fake = excel({ sheets: [{ name: "Clients" }, { name: "Travel Zones" }] });
    const service = createExcelService();

    await service.selectCell("'Travel Zones'!A3");

    expect(fake.workbook.activeSheet?.name).toBe("Travel Zones");
    expect(fake.workbook.selection).toEqual({ sheet: "Travel Zones", address: "A3" });
    await expect(service.selectCell("Gone!B2")).rejects.toThrow(/Gone!B2 is no longer in the workbook/);
  });
});
