/** PRICING.md v2 §1: the new Clients, Tiers and Settings columns, their spellings and their checks. */
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import { BENEFITS_OK, grid, settingsGrid } from "./helpers";

const TIERS: CellValue[][] = [
  ["Tier", "Monthly fee", "Per user", "Per device", "Per server", "Minimum fee", "Onboarding fee"],
  ["Managed", 100, 45, 10, 150, 600, 750],
];
const CLIENTS: CellValue[][] = [
  ["Client", "Segment", "Tier", "Distance", "Visits per month", "Users", "Devices", "Servers"],
  ["Harbor Law", "Small business", "Managed", 12, 3, 8, 10, 1],
];

function parse(tiers = TIERS, clients = CLIENTS, settings: [string, CellValue][] = []) {
  return parseModel([settingsGrid(settings), grid("tiers", tiers), grid("clients", clients), grid("benefits", BENEFITS_OK)]);
}

/** The table with one cell replaced (row 1 = the first data row). */
function withCell(table: CellValue[][], row: number, col: number, value: CellValue): CellValue[][] {
  return table.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : [...r]));
}

describe("per-user, per-device and per-server columns", () => {
  it("reads per-unit prices, minimum and onboarding fee, and what each client has under management", () => {
    const result = parse();
    expect(result.errors).toEqual([]);
    expect(result.model!.tiers[0]).toMatchObject({ perUser: 45, perDevice: 10, perServer: 150, minimumFee: 600, onboardingFee: 750 });
    expect(result.model!.clients[0]).toMatchObject({ users: 8, devices: 10, servers: 1 });
    expect(result.cells.tiers.Managed).toEqual({
      monthlyFee: "Tiers!B2", perUser: "Tiers!C2", perDevice: "Tiers!D2", perServer: "Tiers!E2", minimumFee: "Tiers!F2", onboardingFee: "Tiers!G2",
    });
  });

  it("defaults to 0 when the columns are absent or blank", () => {
    const result = parse([["Tier", "Monthly fee"], ["Flat", 900]], [["Client", "Segment", "Distance", "Visits per month", "Users"], ["A", "Home", 1, 1, null]]);
    expect(result.errors).toEqual([]);
    expect(result.model!.tiers[0]).toMatchObject({ perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 });
    expect(result.model!.clients[0]).toMatchObject({ users: 0, devices: 0, servers: 0 });
  });

  it("accepts the spellings MSPs use: Seats, Endpoints, Workstations, Per seat, Per endpoint, Floor, Setup fee", () => {
    const result = parse(
      [["Tier", "Monthly fee", "Per seat", "Per endpoint", "Floor", "Setup fee"], ["Managed", 0, 40, 8, 500, 250]],
      [["Client", "Segment", "Distance", "Visits per month", "Seats", "Workstations", "Server count"], ["A", "Home", 1, 1, "12", 15, 2]],
    );
    expect(result.errors).toEqual([]);
    expect(result.model!.tiers[0]).toMatchObject({ perUser: 40, perDevice: 8, minimumFee: 500, onboardingFee: 250 });
    expect(result.model!.clients[0]).toMatchObject({ users: 12, devices: 15, servers: 2 });
    const endpoints = parse(TIERS, [["Client", "Segment", "Distance", "Visits per month", "Endpoints"], ["A", "Home", 1, 1, 7]]);
    expect(endpoints.model!.clients[0].devices).toBe(7);
  });

  it("reads the new settings, by their names and the usual alternatives", () => {
    const result = parse(TIERS, CLIENTS, [
      ["Tool cost per seat", "$12"], ["Tool cost per endpoint", 8], ["Tool cost per server", 40],
      ["Contract length (months)", 24], ["Techs", 1.5], ["Billable hours per technician", 110],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.model!.settings).toMatchObject({
      toolCostPerUser: 12, toolCostPerDevice: 8, toolCostPerServer: 40, contractTerm: 24, technicians: 1.5, billableHoursPerTechnician: 110,
    });
  });
});

describe("broken per-unit inputs: an error at the cell, saying what to type", () => {
  const errorsOf = (result: ReturnType<typeof parse>) => {
    expect(result.model).toBeNull();
    return result.errors;
  };

  it.each([
    ["a negative count of users", 5, -2, "Clients!F2", /^Users for Harbor Law is -2 — enter the number of users under management, a whole number, 0 or more/],
    ["a fractional count of devices", 6, 2.5, "Clients!G2", /^Devices for Harbor Law is 2.5 — enter the number of devices .*a whole number/],
    ["servers as text", 7, "two", "Clients!H2", /^Servers for Harbor Law is "two" — enter the number of servers/],
  ])("%s", (_, col, value, cell, message) => {
    expect(errorsOf(parse(TIERS, withCell(CLIENTS, 1, col, value)))).toEqual([{ cell, message: expect.stringMatching(message) }]);
  });

  it.each([
    ["a per-user price that is not a number", 2, "45 a seat", "Tiers!C2", /^Per user for Managed is "45 a seat" — enter the monthly price per user/],
    ["a negative per-device price", 3, -10, "Tiers!D2", /^Per device for Managed is -10 — /],
    ["a negative minimum fee", 5, "-600", "Tiers!F2", /^Minimum fee for Managed is "-600" — /],
    ["an onboarding fee that is not a number", 6, "TBD", "Tiers!G2", /^Onboarding fee for Managed is "TBD" — enter the one-time fee/],
  ])("%s", (_, col, value, cell, message) => {
    expect(errorsOf(parse(withCell(TIERS, 1, col, value)))).toEqual([{ cell, message: expect.stringMatching(message) }]);
  });

  it.each([
    ["a 0-month term", "Contract term", 0, /^Contract term is 0 — enter the length of an agreement in whole months, from 1 to 60/],
    ["a term of 6.5 months", "Contract term", 6.5, /^Contract term is 6.5 — /],
    ["a term over five years", "Contract term", 72, /^Contract term is 72 — /],
    ["no technicians", "Technicians", 0, /^Technicians is 0 — enter how many people do the work, above 0/],
    ["no billable hours", "Billable hours per technician", 0, /^Billable hours per technician is 0 — /],
    ["a negative tool cost", "Tool cost per user", -5, /^Tool cost per user is -5 — /],
    ["a tool cost as words", "Tool cost per device", "ten", /^Tool cost per device is "ten" — /],
  ])("%s", (_, setting, value, message) => {
    expect(errorsOf(parse(TIERS, CLIENTS, [[setting, value]]))).toEqual([{ cell: "Settings!B2", message: expect.stringMatching(message) }]);
  });
});

describe("per-unit warnings", () => {
  it("one warning lists the settings left at their default", () => {
    const result = parse(TIERS, CLIENTS, [["Hourly rate", 150]]);
    const missing = result.warnings.filter((w) => /^The Settings table leaves out/.test(w.message));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toEqual({ cell: "Settings!A1:B1", message: expect.stringContaining("Tool cost per user 0, Tool cost per device 0, Tool cost per server 0, Contract term 12, Technicians 1, Billable hours per technician 120") });
  });

  it("a minimum fee or per-unit price over 100,000 is a warning at its cell (priced as typed)", () => {
    const result = parse(withCell(withCell(TIERS, 1, 2, 450000), 1, 5, 600000));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(expect.arrayContaining([
      { cell: "Tiers!C2", message: expect.stringMatching(/^Per user for Managed is 450,000 USD a month, which looks like a typo/) },
      { cell: "Tiers!F2", message: expect.stringMatching(/^Minimum fee for Managed is 600,000 USD a month/) },
    ]));
    expect(result.model!.tiers[0].perUser).toBe(450000);
  });
});
