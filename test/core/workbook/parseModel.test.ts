import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { formatProblem } from "../../../src/core/workbook/problems";
import { BENEFITS_OK, CLIENTS_OK, grid, settingsGrid, TIERS_OK } from "./helpers";

const tiers = (values: CellValue[][] = TIERS_OK) => grid("tiers", values);
const clients = (values: CellValue[][] = CLIENTS_OK) => grid("clients", values);
const benefits = () => grid("benefits", BENEFITS_OK);

/** A complete, valid workbook with every setting present, so no warnings are expected. */
function allSettings(overrides: Record<string, CellValue> = {}): Grid {
  const values: Record<string, CellValue> = {
    "Business name": "Acme IT", Currency: "USD", "Distance unit": "miles", "Hourly rate": 125,
    "Agreement hourly rate": 95, "Billing increment": 0.25, "Minimum hours per visit": 1, "Free travel radius": 15,
    "Trip charge": 45, "Mileage rate": 0, "Travel time rate": 0, "Average speed": 30, "Technician cost": 45,
    "Vehicle cost": 0.7, "Target margin": 0.5, "Max premium over hourly": 0.25,
    "Tool cost per user": 0, "Tool cost per device": 0, "Tool cost per server": 0, "Contract term": 12,
    Technicians: 1, "Billable hours per technician": 120, 
    "Home segment": "Home", "Business segment": "Small business", "Annual increase": 0, "Annual cost increase": 0, ...overrides,
  };
  return settingsGrid(Object.entries(values));
}

/** A client with nothing under management, a tier with no per-unit prices (PRICING.md v2 defaults). */
const NO_UNITS = { users: 0, devices: 0, servers: 0 };
const FLAT = { perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 };

function parse(...grids: Grid[]) {
  return parseModel(grids);
}

/** The cells the errors point at, in order. */
const errorCells = (r: ReturnType<typeof parseModel>) => r.errors.map((e) => e.cell);

describe("a valid workbook", () => {
  const result = parse(allSettings(), tiers(), clients(), benefits());

  it("parses with no errors and no warnings", () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("reads every client field, with defaults for the optional ones, and the cell each client was read from", () => {
    expect(result.model!.clients).toEqual([
      { name: "Acme Dental", segment: "Small business", tier: "Business", distance: 20, visitsPerMonth: 2, hoursPerVisit: 1.1, remoteHoursPerMonth: 3, driveMinutes: null, ...NO_UNITS, cell: "Clients!A2" },
      { name: "Linda Park", segment: "Home", tier: null, distance: 4, visitsPerMonth: 0.5, hoursPerVisit: 1, remoteHoursPerMonth: 0.5, driveMinutes: 12, ...NO_UNITS, cell: "Clients!A3" },
    ]);
  });

  it("reads every tier field: blank extra-hour rate = the agreement rate (null), Yes/No as booleans", () => {
    expect(result.model!.tiers).toEqual([
      { name: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24, travelIncluded: false, extraHourRate: null, segment: null, ...FLAT },
      { name: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: 110, segment: null, ...FLAT },
    ]);
  });

  it("records where each setting's value and each tier's fee and included hours live", () => {
    expect(result.cells.settings.businessName).toBe("Settings!B2");
    expect(result.cells.settings.hourlyRate).toBe("Settings!B5");
    expect(result.cells.settings.maxPremiumOverHourly).toBe("Settings!B17");
    expect(result.cells.tiers).toEqual({
      Essentials: { monthlyFee: "Tiers!B2", includedHours: "Tiers!C2" },
      Business: { monthlyFee: "Tiers!B3", includedHours: "Tiers!C3" },
    });
  });

  it("has no travel zones when the table is absent", () => {
    expect(result.model!.travelZones).toEqual([]);
  });
});

describe("headers and columns", () => {
  it("matches header spellings loosely and in any column order, ignoring unknown columns", () => {
    const shuffled = clients([
      ["Notes", "visits_per_month", "DISTANCE (miles)", "Hours Per Visit", "client", "Drive-minutes", "segment", "Remote hours per month (h)", "TIER"],
      ["call first", 2, 20, 1.1, "Acme Dental", null, "Small business", 3, "business"],
    ]);
    const tierSheet = tiers([
      ["travel included?", "Extra-hour rate", "TIER", "Response Time (hours)", "MonthlyFee", "IncludedHours", "Owner"],
      ["yes", null, "Business", 4, 900, 8, "Sam"],
    ]);
    const result = parse(allSettings(), tierSheet, shuffled, benefits());
    expect(result.errors).toEqual([]);
    expect(result.model!.clients[0]).toEqual({
      name: "Acme Dental", segment: "Small business", tier: "Business", distance: 20, visitsPerMonth: 2,
      hoursPerVisit: 1.1, remoteHoursPerMonth: 3, driveMinutes: null, ...NO_UNITS,
      cell: "Clients!E2", // the client's name, wherever its column is
    });
    expect(result.model!.tiers[0]).toMatchObject({ name: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true });
  });

  it("accepts a common alternative heading when the usual one is absent", () => {
    const result = parse(tiers(), clients([
      // Issue 8: a unit in a heading that contradicts the workbook's (km in a miles one) is an error, so this one says miles.
      ["Customer", "Segment", "One-way distance [miles]", "Monthly visits", "Drive time (minutes)"],
      ["Acme", "Home", 7, 1, 20],
    ]), benefits());
    expect(result.errors).toEqual([]);
    expect(result.model!.clients[0]).toMatchObject({ name: "Acme", distance: 7, visitsPerMonth: 1, driveMinutes: 20 });
  });

  it("prefers the usual heading to an alternative one", () => {
    const result = parse(tiers(), clients([
      ["Name", "Client", "Segment", "Distance", "Visits", "Visits per month"],
      ["Jo Smith", "Acme", "Home", 7, 99, 1],
    ]), benefits());
    expect(result.model!.clients[0]).toMatchObject({ name: "Acme", visitsPerMonth: 1 });
  });

  it("uses the first of two columns with the same heading, and says so", () => {
    const result = parse(allSettings(), tiers(), clients([
      ["Client", "Segment", "Distance (miles)", "Visits per month", "Distance (km)"],
      ["Acme", "Home", 10, 1, 16],
    ]), benefits());
    expect(result.model!.clients[0]!.distance).toBe(10);
    expect(result.warnings).toEqual([{ cell: "Clients!E1", message: expect.stringContaining("more than one Distance column") }]);
  });

  it("names cells by where the table sits on its sheet", () => {
    const offset = grid("clients", [
      ["Client", "Segment", "Distance", "Visits per month"],
      ["Acme", "Home", 3, "often"],
    ], { sheet: "Client list", source: "table", tableName: "Clients", origin: { row: 4, col: 2 } });
    const result = parse(tiers(), offset, benefits());
    expect(result.errors).toEqual([{ cell: "'Client list'!F6", message: 'Visits per month for Acme is "often" — enter a number of visits, 0 or more.' }]);
  });
});

describe("numbers stored as text", () => {
  it("reads them as numbers in every table", () => {
    const result = parse(
      allSettings({ "Hourly rate": "$140", "Target margin": "45%", "Trip charge": " 50 ", "Max premium over hourly": "20 %" }),
      tiers([["Tier", "Monthly fee", "Included hours"], ["Premier", "$2,500", "24"]]),
      clients([["Client", "Segment", "Distance", "Visits per month", "Hours per visit"], ["Acme", "Home", " 12 ", "1,200.50", "2"]]),
      grid("travelZones", [["Up to", "Trip charge"], ["30", "€ 45"]]),
      benefits(),
    );
    expect(result.errors).toEqual([]);
    const model = result.model!;
    expect(model.settings).toMatchObject({ hourlyRate: 140, targetMargin: 0.45, tripCharge: 50, maxPremiumOverHourly: 0.2 });
    expect(model.tiers[0]).toMatchObject({ monthlyFee: 2500, includedHours: 24 });
    expect(model.clients[0]).toMatchObject({ distance: 12, visitsPerMonth: 1200.5, hoursPerVisit: 2 });
    expect(model.travelZones).toEqual([{ upTo: 30, tripCharge: 45 }]);
  });
});

describe("blank rows", () => {
  it("skips rows whose cells are all blank, wherever they are", () => {
    const result = parse(tiers(), clients([
      CLIENTS_OK[0]!,
      [null, null, null, null, null, null, null, null],
      CLIENTS_OK[1]!,
      ["", "  ", null],
      [],
      CLIENTS_OK[2]!,
      [null, null, null, null, null, null, null, null],
    ]), benefits());
    expect(result.errors).toEqual([]);
    expect(result.model!.clients.map((c) => c.name)).toEqual(["Acme Dental", "Linda Park"]);
  });

  it("still names the right row after a skipped one", () => {
    const result = parse(tiers(), clients([
      ["Client", "Segment", "Distance", "Visits per month"],
      [null, null, null, null],
      ["Acme", "Home", -1, 1],
    ]), benefits());
    expect(errorCells(result)).toEqual(["Clients!C3"]);
  });
});

describe("tiers on client rows", () => {
  it("stores the tier's name as the Tiers table spells it; blank or Hourly means hourly, in any case", () => {
    const result = parse(tiers(), clients([
      ["Client", "Segment", "Tier", "Distance", "Visits per month"],
      ["A", "Home", "  business ", 1, 1],
      ["B", "Home", "HOURLY", 1, 1],
      ["C", "Home", " hourly", 1, 1],
      ["D", "Home", null, 1, 1],
      ["E", "Home", "ESSENTIALS", 1, 1],
    ]), benefits());
    expect(result.errors).toEqual([]);
    expect(result.model!.clients.map((c) => c.tier)).toEqual(["Business", null, null, null, "Essentials"]);
  });

  it("treats every client as hourly when there is no Tier column", () => {
    const result = parse(tiers(), clients([["Client", "Segment", "Distance", "Visits per month"], ["A", "Home", 1, 1]]), benefits());
    expect(result.model!.clients[0]!.tier).toBeNull();
  });
});

describe("each error names its cell", () => {
  const base = () => [allSettings(), tiers(), clients(), benefits()];
  const without = (key: Grid["key"]) => base().filter((g) => g.key !== key);
  const replacing = (g: Grid) => [...base().filter((x) => x.key !== g.key), g];

  it("a missing Clients table: no cell, a sentence naming the table", () => {
    const result = parseModel(without("clients"));
    expect(result.model).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.cell).toBeUndefined();
    expect(result.errors[0]!.message).toMatch(/^The Clients table is missing — add a sheet or an Excel table named Clients/);
  });

  it("a missing Tiers table", () => {
    const result = parseModel(without("tiers"));
    expect(result.errors).toEqual([{ message: expect.stringMatching(/^The Tiers table is missing/) }]);
  });

  it("a missing required column: the header row", () => {
    const result = parseModel(replacing(clients([["Client", "Segment", "Tier", "Visits per month"], ["A", "Home", null, 1]])));
    expect(result.errors).toEqual([{ cell: "Clients!A1:D1", message: 'The Clients table has no Distance column — add a column headed "Distance".' }]);
  });

  it("a required table with no headings at all: its first cell", () => {
    const result = parseModel(replacing(grid("tiers", [])));
    expect(result.errors).toEqual([{ cell: "Tiers!A1", message: expect.stringContaining("has no headings") }]);
  });

  it("text where a number belongs", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[2]![4] = "abc";
    const result = parseModel(replacing(clients(values)));
    expect(result.errors).toEqual([{ cell: "Clients!E3", message: 'Visits per month for Linda Park is "abc" — enter a number of visits, 0 or more.' }]);
    expect(formatProblem(result.errors[0]!)).toBe('Clients!E3: Visits per month for Linda Park is "abc" — enter a number of visits, 0 or more.');
  });

  it("a TRUE/FALSE cell where a number belongs", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![5] = true;
    const result = parseModel(replacing(clients(values)));
    expect(result.errors).toEqual([{ cell: "Clients!F2", message: "Hours per visit for Acme Dental is TRUE — enter the on-site hours per visit, from 0 to 24 (blank = 0)." }]);
  });

  it("hours beyond a day per visit or beyond a month remotely (1,500 typed for 1.5) are errors at their cells", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![5] = "1,500";
    values[2]![6] = 800;
    const result = parseModel(replacing(clients(values)));
    expect(result.errors).toEqual([
      { cell: "Clients!F2", message: 'Hours per visit for Acme Dental is "1,500" — enter the on-site hours per visit, from 0 to 24 (blank = 0).' },
      { cell: "Clients!G3", message: expect.stringMatching(/^Remote hours per month for .* is 800 — enter the remote hours per month, from 0 to 744/) },
    ]);
  });

  it("a negative value, typed or in accounting brackets", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![3] = -5;
    values[2]![7] = "(10)";
    const result = parseModel(replacing(clients(values)));
    expect(errorCells(result)).toEqual(["Clients!D2", "Clients!H3"]);
    expect(result.errors[0]!.message).toBe("Distance for Acme Dental is -5 — enter the one-way distance in miles, 0 or more.");
  });

  it("an Excel error value", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![3] = "#N/A";
    const result = parseModel(replacing(clients(values)));
    expect(result.errors).toEqual([{ cell: "Clients!D2", message: expect.stringContaining("shows the error #N/A") }]);
  });

  it("a blank required cell on a row that has data", () => {
    const result = parseModel(replacing(clients([
      ["Client", "Segment", "Distance", "Visits per month"],
      [null, "Home", 3, 1],
      ["B", null, 3, 1],
      ["C", "Home", 3, null],
    ])));
    expect(errorCells(result)).toEqual(["Clients!A2", "Clients!B3", "Clients!D4"]);
    expect(result.errors[2]!.message).toBe("Visits per month for C is blank — enter a number of visits, 0 or more.");
  });

  it("an unknown tier", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[2]![2] = "Gold";
    const result = parseModel(replacing(clients(values)));
    expect(result.errors).toEqual([{
      cell: "Clients!C3",
      message: 'Tier for Linda Park is "Gold", which is not a tier in the Tiers table — use Essentials or Business, or leave it blank (or Hourly, Break-fix, T&M, PAYG, None) to bill by the hour.',
    }]);
  });

  it("a duplicate tier name, ignoring case: the second one", () => {
    const result = parseModel(replacing(tiers([...TIERS_OK, ["BUSINESS", 1000, 10, 4, "Yes", null]])));
    expect(result.errors).toEqual([{ cell: "Tiers!A4", message: 'Tier "BUSINESS" is listed twice (first at Tiers!A3) — give each tier a different name.' }]);
  });

  it("a tier named Hourly (reserved)", () => {
    const result = parseModel(replacing(tiers([...TIERS_OK, [" hourly ", 0, 0, null, null, null]])));
    expect(result.errors).toEqual([{ cell: "Tiers!A4", message: expect.stringContaining("cannot be named") }]);
  });

  it("tier values out of range", () => {
    const result = parseModel(replacing(tiers([
      ["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate"],
      ["Essentials", -250, "-2", 0, "maybe", "-1"],
      ["Business", 900, 8, 4, "Yes", null],
    ])));
    expect(errorCells(result)).toEqual(["Tiers!B2", "Tiers!C2", "Tiers!D2", "Tiers!E2", "Tiers!F2"]);
    expect(result.errors[3]!.message).toBe('Travel included for Essentials is "maybe" — enter Yes or No (blank = No).');
  });

  it("an empty Clients table: its header row", () => {
    const result = parseModel(replacing(clients([CLIENTS_OK[0]!, [null, null]])));
    expect(result.errors).toEqual([{ cell: "Clients!A1:H1", message: "The Clients table has no clients — add at least one row." }]);
  });

  it("an empty Tiers table: its header row", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![2] = null;
    const result = parseModel([allSettings(), tiers([TIERS_OK[0]!]), clients(values), benefits()]);
    expect(result.errors).toEqual([{ cell: "Tiers!A1:F1", message: expect.stringContaining("The Tiers table has no tiers") }]);
  });

  it.each([
    ["Hourly rate", 0, "Settings!B5"],
    ["Hourly rate", "abc", "Settings!B5"],
    ["Billing increment", 2, "Settings!B7"],
    ["Minimum hours per visit", 9, "Settings!B8"],
    ["Average speed", 0, "Settings!B13"],
    ["Target margin", 1, "Settings!B16"],
    ["Target margin", "50", "Settings!B16"],
    ["Vehicle cost", "-0.70", "Settings!B15"],
    ["Max premium over hourly", -0.1, "Settings!B17"],
  ])("setting %s = %j is out of its Valid range", (name, value, cell) => {
    const result = parseModel(replacing(allSettings({ [name]: value })));
    expect(result.errors).toEqual([{ cell, message: expect.stringMatching(new RegExp(`^${name} is .* — enter `)) }]);
  });

  it.each(["Dollars", "$", "US", "XYZ", 840])("currency %j is not an ISO 4217 code", (value) => {
    const result = parseModel(replacing(allSettings({ Currency: value })));
    expect(result.errors).toEqual([{ cell: "Settings!B3", message: expect.stringContaining("3-letter ISO 4217 code") }]);
  });

  it("accepts a lower-case currency and stores it upper-case", () => {
    const result = parseModel(replacing(allSettings({ Currency: " eur " })));
    expect(result.model!.settings.currency).toBe("EUR");
  });

  it("accepts miles or km (and their spellings), refuses other units", () => {
    expect(parseModel(replacing(allSettings({ "Distance unit": "KM" }))).model!.settings.distanceUnit).toBe("km");
    expect(parseModel(replacing(allSettings({ "Distance unit": "Kilometres" }))).model!.settings.distanceUnit).toBe("km");
    expect(parseModel(replacing(allSettings({ "Distance unit": "mi" }))).model!.settings.distanceUnit).toBe("miles");
    const bad = parseModel(replacing(allSettings({ "Distance unit": "furlongs" })));
    expect(bad.errors).toEqual([{ cell: "Settings!B4", message: 'Distance unit is "furlongs" — enter miles or km.' }]);
  });

  it("uses the distance unit in messages", () => {
    const values = CLIENTS_OK.map((r) => [...r]);
    values[1]![3] = "far";
    const result = parseModel([allSettings({ "Distance unit": "km" }), tiers(), clients(values), benefits()]);
    expect(result.errors[0]!.message).toBe('Distance for Acme Dental is "far" — enter the one-way distance in km, 0 or more.');
  });

  it("zero and duplicate Up to in travel zones", () => {
    const zones = grid("travelZones", [["Up to", "Trip charge"], [25, 45], [0, 60], [25, 70], [40, -5]], { sheet: "Travel Zones" });
    const result = parseModel([...base(), zones]);
    expect(result.errors).toEqual([
      { cell: "'Travel Zones'!A3", message: "Up to is 0 — enter the one-way distance in miles this zone reaches, above 0." },
      { cell: "'Travel Zones'!A4", message: "Up to 25 miles is listed twice (first at 'Travel Zones'!A2) — give each zone a different distance." },
      { cell: "'Travel Zones'!B5", message: "Trip charge is -5 — enter this zone's charge per visit, 0 or more." },
    ]);
  });
});

describe("several errors at once", () => {
  it("reports every problem in every table, in table order, and no model", () => {
    const result = parseModel([
      allSettings({ Currency: "Dollars", "Hourly rate": -1 }),
      tiers([["Tier", "Monthly fee"], ["Business", "lots"], ["business", 900]]),
      clients([
        ["Client", "Segment", "Tier", "Distance", "Visits per month"],
        ["A", "Home", "Gold", "near", 1],
        [null, null, null, null, null],
        ["B", "Home", "Business", 3, -2],
      ]),
      grid("travelZones", [["Trip charge"], [45]], { sheet: "Travel Zones" }),
      benefits(),
    ]);
    expect(result.model).toBeNull();
    expect(errorCells(result)).toEqual([
      "Settings!B3", "Settings!B5",
      "Tiers!B2", "Tiers!A3",
      "Clients!C2", "Clients!D2", "Clients!E4",
      "'Travel Zones'!A1",
    ]);
  });
});

describe("settings", () => {
  it("without a Settings table, every setting takes its default and one warning says so", () => {
    const result = parse(tiers(), clients(), benefits());
    expect(result.errors).toEqual([]);
    expect(result.model!.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.warnings).toEqual([{ message: expect.stringMatching(/^There is no Settings table, so every setting takes its default: .*Hourly rate 125/) }]);
    expect(result.cells.settings).toEqual({});
  });

  it("with Travel zones, a Trip charge left out is named as unused, never as a default in use", () => {
    const zones = grid("travelZones", [["Up to", "Trip charge"], [25, 45], [40, 65]]);
    const result = parse(settingsGrid([["Hourly rate", 150]]), tiers(), clients(), benefits(), zones);
    const missing = result.warnings.find((w) => w.message.startsWith("The Settings table leaves out"))!;
    expect(missing.message).toContain("Trip charge (unused: your Travel zones set the trip charges)");
    expect(missing.message).not.toContain("Trip charge 45");
    const noZones = parse(settingsGrid([["Hourly rate", 150]]), tiers(), clients(), benefits());
    expect(noZones.warnings.find((w) => w.message.startsWith("The Settings table leaves out"))!.message).toContain("Trip charge 45, ");
  });

  it("a missing setting takes its default with a warning; an unknown one is a warning", () => {
    const result = parse(
      settingsGrid([["Hourly rate", 150], ["Discount", 0.1]]),
      tiers(), clients(), benefits(),
    );
    expect(result.errors).toEqual([]);
    expect(result.model!.settings).toEqual({ ...DEFAULT_SETTINGS, hourlyRate: 150 });
    expect(result.warnings[0]).toEqual({ cell: "Settings!A3", message: expect.stringMatching(/^"Discount" is not a setting this model uses, so it is ignored/) });
    // PRICING.md §1 (issue 8): one warning lists every setting left out, with its default.
    const missing = result.warnings.slice(1);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.cell).toBe("Settings!A1:B1");
    expect(missing[0]!.message).toMatch(/^The Settings table leaves out 25 settings, which take their defaults: Business name "Your IT Company", /);
    expect(missing[0]!.message).toContain("Trip charge 45, ");
    expect(missing[0]!.message).toContain("Target margin 0.5 (50%), ");
    expect(result.cells.settings).toEqual({ hourlyRate: "Settings!B2" });
  });

  it("matches setting names like headers", () => {
    const result = parse(
      settingsGrid([["hourly_rate", 140], ["FREE TRAVEL RADIUS (miles)", 20], ["TargetMargin", "40%"]]),
      tiers(), clients(), benefits(),
    );
    expect(result.model!.settings).toMatchObject({ hourlyRate: 140, freeTravelRadius: 20, targetMargin: 0.4 });
  });

  it("a setting with a blank value takes its default, with a warning on its cell", () => {
    const result = parseModel([allSettings({ "Trip charge": null }), tiers(), clients(), benefits()]);
    expect(result.model!.settings.tripCharge).toBe(45);
    expect(result.warnings).toEqual([{ cell: "Settings!B10", message: "Trip charge has no value, so it takes its default, 45." }]);
    expect(result.cells.settings.tripCharge).toBe("Settings!B10");
  });

  it("a setting listed twice: the first one counts, with a warning", () => {
    const grid = allSettings();
    grid.values.push(["Hourly rate", 999]);
    const result = parseModel([grid, tiers(), clients(), benefits()]);
    expect(result.model!.settings.hourlyRate).toBe(125);
    expect(result.warnings).toEqual([{ cell: "Settings!A28", message: expect.stringContaining("Hourly rate is listed twice") }]);
  });

  it("reads a percentage cell and a 0 billing increment", () => {
    const result = parseModel([allSettings({ "Target margin": 0.35, "Billing increment": 0 }), tiers(), clients(), benefits()]);
    expect(result.model!.settings).toMatchObject({ targetMargin: 0.35, billingIncrement: 0 });
  });
});

describe("warnings that do not stop the analysis", () => {
  it("duplicate client names, ignoring case: both rows are kept", () => {
    const result = parseModel([allSettings(), tiers(), clients([...CLIENTS_OK, ["acme dental ", "Home", null, 1, 1, 1, 0, null]]), benefits()]);
    expect(result.errors).toEqual([]);
    expect(result.model!.clients).toHaveLength(3);
    expect(result.warnings).toEqual([{ cell: "Clients!A4", message: expect.stringContaining('"acme dental" appears more than once (first at Clients!A2)') }]);
  });

  it("fewer than six benefits", () => {
    const result = parseModel([allSettings(), tiers(), clients(), grid("benefits", [["Benefit"], ["Fast response"], [null], ["Fixed fee"]])]);
    expect(result.model!.benefits).toEqual(["Fast response", "Fixed fee"]);
    expect(result.warnings).toEqual([{ cell: "Benefits!A1", message: expect.stringMatching(/^The Benefits table lists only 2 benefits — .*at least 6/) }]);
  });

  it("no Benefits table at all", () => {
    const result = parseModel([allSettings(), tiers(), clients()]);
    expect(result.model!.benefits).toEqual([]);
    expect(result.warnings).toEqual([{ message: expect.stringMatching(/^There is no Benefits table/) }]);
  });
});

describe("travel zones", () => {
  it("come back sorted by ascending Up to", () => {
    const zones = grid("travelZones", [["Trip charge", "Up to (miles)"], [95, 60], [45, 25], [65, 40]]);
    const result = parseModel([allSettings(), tiers(), clients(), benefits(), zones]);
    expect(result.model!.travelZones).toEqual([{ upTo: 25, tripCharge: 45 }, { upTo: 40, tripCharge: 65 }, { upTo: 60, tripCharge: 95 }]);
  });

  it("an empty Travel zones sheet means no zones", () => {
    const result = parseModel([allSettings(), tiers(), clients(), benefits(), grid("travelZones", [])]);
    expect(result.errors).toEqual([]);
    expect(result.model!.travelZones).toEqual([]);
  });
});
