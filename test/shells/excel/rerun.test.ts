/**
 * Issue 9, in the strict fake: re-runs update our sheets in place (a user's formulas into them
 * keep their values, on Excel on the web too, where the active sheet cannot be renamed), a write
 * cut short is finished by the next run instead of locking the user out, the old shell's
 * leftovers are cleaned up, and new sheets are activated and frozen reliably.
 */
import { runFlow } from "../../../src/core/flow";
import { kpis } from "../../../src/core/pricing/kpis";
import { OWNERSHIP_NAMES, RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { parseA1 } from "../../../src/core/workbook/address";
import { sampleGrids } from "../../../src/core/workbook/sample";
import type { Grid } from "../../../src/core/workbook/grid";
import type { SheetSpec } from "../../../src/core/report/sheetPlan";
import type { FakeExcel } from "../../../src/testing/fakeExcel";
import { ForeignSheetError, readWorkbook, writeSample } from "../../../src/shells/excel";
import { analyzeIn, ctx, excelWith, sampleWithClients } from "./helpers";

function withHourlyRate(rate: number): Grid[] {
  return sampleGrids().map((g) =>
    g.key === "settings" ? { ...g, values: g.values.map((r) => (r[0] === "Hourly rate" ? [r[0], rate, ...r.slice(2)] : r)) } : g,
  );
}

function resultsSpec(grids: Grid[]): SheetSpec {
  return runFlow(grids, { sheets: ["results"] }).plan!.sheets[0]!;
}

/** Every value of the plan is in its cell, and nothing else is on the sheet. */
function expectPlanLanded(fake: FakeExcel, spec: SheetSpec): void {
  const sheet = fake.workbook.get(spec.name);
  const planned = new Map<string, unknown>();
  for (const b of spec.blocks) {
    const { row, col } = parseA1(b.at);
    b.values.forEach((r, i) => r.forEach((v, j) => v !== null && v !== "" && planned.set(`${row + i},${col + j}`, v)));
  }
  const written = new Map([...sheet.cells].filter(([, c]) => c.value !== null && c.value !== "").map(([k, c]) => [k, c.value]));
  expect(written).toEqual(planned);
}

/** The user's dashboard: one formula by the sheet's address, one by the workbook name. */
function addDashboard(fake: FakeExcel): void {
  const sheet = fake.workbook.addSheet("Dashboard");
  sheet.touch(0, 0).formula = "='Pricing Results'!B7";
  sheet.touch(1, 0).formula = "=Pricer_AnnualRevenue";
}

describe("a second and a third Analyze", () => {
  test("update the results sheet in place: the user's formulas into it show each run's figure, never #REF!", async () => {
    const fake = excelWith(withHourlyRate(125));
    await analyzeIn(fake, ["results"]);
    addDashboard(fake);
    const position = fake.workbook.sheetNames().indexOf(RESULTS_SHEET);
    expect(fake.workbook.activeSheet?.name).toBe(RESULTS_SHEET); // the sheet a re-run must not rename on the web
    for (const rate of [125, 140, 95]) {
      const grids = withHourlyRate(rate);
      fake.workbook.get("Settings").touch(grids.find((g) => g.key === "settings")!.values.findIndex((r) => r[0] === "Hourly rate"), 1).value = rate;
      const run = await analyzeIn(fake, ["results"]);
      expect(run.errors).toBe(0);
      const revenue = kpis(runFlow(grids, { sheets: [] }).analysis).annualCurrentRevenue;
      const dashboard = fake.workbook.get("Dashboard");
      expect([dashboard.value("A1"), dashboard.value("A2")]).toEqual([revenue, revenue]);
      expect(fake.workbook.sheetNames().indexOf(RESULTS_SHEET)).toBe(position);
      expect(fake.workbook.sheetNames().filter((n) => n.toLowerCase() === RESULTS_SHEET.toLowerCase())).toHaveLength(1);
      expectPlanLanded(fake, resultsSpec(grids));
      expect(fake.workbook.get(RESULTS_SHEET).charts.map((c) => c.name)).toEqual(["revenueBySegment", "revenuePerClient", "marginByDriveTime"]);
      expect(fake.workbook.tablesOn(RESULTS_SHEET)).toHaveLength(6); // segments, travel bands, sensitivity, Time log, Renewals, clients
    }
    // Three runs, three different hourly rates: the figure really changed under the formulas.
    expect(new Set([125, 140, 95].map((r) => kpis(runFlow(withHourlyRate(r), { sheets: [] }).analysis).annualCurrentRevenue)).size).toBe(3);
  });

  test("a re-run sends one request and leaves the sheet where it was, the user's sheets around it untouched", async () => {
    const fake = excelWith(sampleGrids());
    await analyzeIn(fake);
    const sheets = fake.workbook.sheets.slice();
    const run = await analyzeIn(fake);
    expect(run.applySyncs).toBe(1);
    fake.workbook.sheets.forEach((s, i) => expect(s).toBe(sheets[i])); // the same sheet objects, in the same order
  });

  test("key figures keep their cells and names across runs, and their names stay the same items", async () => {
    const fake = excelWith(sampleGrids());
    await analyzeIn(fake, ["results"]);
    const before = fake.workbook.names.filter((n) => n.name.startsWith("Pricer_"));
    await analyzeIn(fake, ["results"]);
    const after = fake.workbook.names.filter((n) => n.name.startsWith("Pricer_"));
    expect(after).toHaveLength(18); // 13 of v1, then capacity and contract value (PRICING v2)
    after.forEach((n, i) => expect(n).toBe(before[i])); // the very same names: never deleted and re-added
    expect(fake.workbook.name("Pricer_AnnualRevenue")).toMatchObject({ sheet: fake.workbook.get(RESULTS_SHEET), ref: "$B$7", visible: true });
  });
});

describe("ownership that cannot be lost", () => {
  test("the marker is added in the request that creates the sheet, hidden from Name Manager", async () => {
    const fake = excelWith(sampleGrids());
    const { state } = await readWorkbook(ctx(fake));
    fake.workbook.failRequest(2); // the second request of the write fails
    const plan = runFlow(sampleGrids()).plan!;
    const { applyPlan } = await import("../../../src/shells/excel");
    await expect(applyPlan(ctx(fake), plan, state)).rejects.toMatchObject({ code: "GeneralException" });
    for (const sheet of [RESULTS_SHEET, RATE_CARD_SHEET]) {
      expect(fake.workbook.name(OWNERSHIP_NAMES[sheet]!)).toMatchObject({ sheet: fake.workbook.get(sheet), ref: "$A$1", visible: false });
    }
  });

  // Where a write can stop: in the first request after the sheets exist, with values half written,
  // at the last request; and a model big enough for several value requests, at the second.
  test.each([
    ["first request, right after the results sheet was added and marked", 1, 5, 30, [RESULTS_SHEET]],
    ["first request, part way through the values and formats", 1, 60, 30, [RESULTS_SHEET, RATE_CARD_SHEET]],
    ["last request (activate, print check)", 2, 0, 30, [RESULTS_SHEET, RATE_CARD_SHEET]],
    ["second of several value requests", 2, 1, 50_000, [RESULTS_SHEET, RATE_CARD_SHEET]],
  ])("a write that fails in the %s is finished by the next Analyze", async (_where, request, afterOps, clients, recovered) => {
    const grids = clients === 30 ? sampleGrids() : sampleWithClients(clients);
    const fake = excelWith(grids);
    const { state } = await readWorkbook(ctx(fake));
    const { applyPlan } = await import("../../../src/shells/excel");
    fake.workbook.failRequest(request, afterOps);
    await expect(applyPlan(ctx(fake), runFlow(grids).plan!, state)).rejects.toMatchObject({ code: "GeneralException" });

    const run = await analyzeIn(fake);
    expect(run.errors).toBe(0);
    expect(run.result!.recovered).toEqual(recovered); // recognised by the "writing" name the failed write left
    const plan = runFlow(grids).plan!;
    for (const spec of plan.sheets) expectPlanLanded(fake, spec);
    expect(fake.workbook.sheetNames().filter((n) => /pricing results|rate card|servicepricer/i.test(n))).toEqual([RESULTS_SHEET, RATE_CARD_SHEET]);
    expect(fake.workbook.names.filter((n) => n.name.includes("_Writing_"))).toEqual([]);
    expect(fake.workbook.get(RESULTS_SHEET).charts).toHaveLength(3);
  }, 120_000);

  test("the old shell's interrupted write (marker deleted, sheet renamed ServicePricer_old_0 and very hidden) is cleaned up, not refused", async () => {
    const fake = excelWith(sampleGrids());
    await analyzeIn(fake);
    // What the rename-and-delete shell left when its request failed part way.
    const book = fake.workbook;
    book.names.splice(book.names.indexOf(book.name(OWNERSHIP_NAMES[RESULTS_SHEET]!)!), 1);
    const old = book.addSheet("ServicePricer_old_0");
    old.visibility = "VeryHidden";
    const run = await analyzeIn(fake);
    expect(run.errors).toBe(0);
    expect(book.sheet("ServicePricer_old_0")).toBeUndefined();
    expect(book.name(OWNERSHIP_NAMES[RESULTS_SHEET]!)?.sheet?.name).toBe(RESULTS_SHEET);
  });

  test("a sheet of the user's named like ours, with none of our tables, is still refused", async () => {
    const fake = excelWith(sampleGrids(), {}, [RESULTS_SHEET]);
    await expect(analyzeIn(fake)).rejects.toThrow(ForeignSheetError);
  });
});

describe("platform bugs worked around", () => {
  test("Create sample model on Excel on the web: every sheet frozen, the Clients sheet active (#930, #3148)", async () => {
    const fake = excelWith([], {}, ["Sheet1"]);
    const { state } = await readWorkbook(ctx(fake));
    await writeSample(ctx(fake), state);
    for (const name of ["Settings", "Tiers", "Clients", "Travel Zones", "Benefits"]) expect(fake.workbook.get(name).frozenRows).toBe(1);
    expect(fake.workbook.activeSheet?.name).toBe("Clients");
  });

  test("the first Analyze shows the new results sheet (activated after a sync)", async () => {
    const fake = excelWith(sampleGrids());
    await analyzeIn(fake, ["results"]);
    expect(fake.workbook.activeSheet?.name).toBe(RESULTS_SHEET);
  });

  test("fit to one page that Excel silently ignores (#1860) is reported, not claimed", async () => {
    const fake = excelWith(sampleGrids());
    fake.workbook.ignoresFitToPages = true;
    const run = await analyzeIn(fake, ["rateCard"]);
    expect(run.result!.printUnconfirmed).toEqual([RATE_CARD_SHEET]);
    const ok = excelWith(sampleGrids());
    expect((await analyzeIn(ok, ["rateCard"])).result!.printUnconfirmed).toEqual([]);
  });
});
