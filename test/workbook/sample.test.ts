import { locateTables } from "../../src/workbook/tables";
import { parseModel } from "../../src/workbook/parseModel";
import { DEFAULT_SETTINGS } from "../../src/workbook/defaults";
import { SETTINGS_SCHEMA } from "../../src/workbook/settingsSchema";
import { sampleGrids, sampleModelTables } from "../../src/workbook/sample";

describe("the sample model", () => {
  const result = parseModel(sampleGrids());
  const model = result.model!;

  it("parses with no errors and no warnings", () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("lists every setting at its default, under the sample business's name", () => {
    expect(model.settings).toEqual({ ...DEFAULT_SETTINGS, businessName: "Summit IT Services" });
    expect(Object.keys(result.cells.settings)).toHaveLength(SETTINGS_SCHEMA.length);
  });

  it("writes Target margin and Max premium as fractions", () => {
    const settings = sampleModelTables().find((t) => t.key === "settings")!;
    const value = (name: string) => settings.rows.find((r) => r[0] === name)![1];
    expect(value("Target margin")).toBe(0.5);
    expect(value("Max premium over hourly")).toBe(0.25);
  });

  it("has tiers at about $250, $900 and $2,500 a month", () => {
    expect(model.tiers.map((t) => [t.name, t.monthlyFee])).toEqual([["Essentials", 250], ["Business", 900], ["Premier", 2500]]);
    expect(model.tiers.map((t) => t.travelIncluded)).toEqual([false, true, true]);
  });

  it("has at least 25 clients: home, small business and a few large accounts", () => {
    expect(model.clients.length).toBeGreaterThanOrEqual(25);
    const count = (segment: string) => model.clients.filter((c) => c.segment === segment).length;
    expect(count("Home")).toBeGreaterThanOrEqual(8);
    expect(count("Small business")).toBeGreaterThanOrEqual(8);
    expect(count("Large business")).toBeGreaterThanOrEqual(2);
    expect(count("Large business")).toBeLessThanOrEqual(5);
  });

  it("puts clients inside the free radius, beyond it, and 45–60 drive-minutes out", () => {
    const { freeTravelRadius, averageSpeed } = model.settings;
    const minutes = (c: (typeof model.clients)[number]) => c.driveMinutes ?? (c.distance / averageSpeed) * 60;
    expect(model.clients.filter((c) => c.distance <= freeTravelRadius).length).toBeGreaterThanOrEqual(5);
    expect(model.clients.filter((c) => c.distance > freeTravelRadius).length).toBeGreaterThanOrEqual(5);
    expect(model.clients.filter((c) => minutes(c) >= 45 && minutes(c) <= 60).length).toBeGreaterThanOrEqual(3);
  });

  it("has a few clients on tiers and most billed by the hour", () => {
    const onTier = model.clients.filter((c) => c.tier !== null).length;
    expect(onTier).toBeGreaterThanOrEqual(3);
    expect(onTier).toBeLessThan(model.clients.length / 2);
  });

  it("has at least eight benefits", () => {
    expect(model.benefits.length).toBeGreaterThanOrEqual(8);
  });

  it("never starts a text with a formula character", () => {
    const texts = sampleModelTables().flatMap((t) => [...t.header, ...t.rows.flat()]).filter((v) => typeof v === "string");
    expect(texts.filter((t) => /^[=+\-@]/.test(t as string))).toEqual([]);
  });

  it("is found table by table like a real workbook", () => {
    const tables = sampleModelTables();
    const found = locateTables({ tables: tables.map((t) => ({ name: t.tableName, sheet: t.sheet })), sheets: tables.map((t) => t.sheet) });
    expect(found.travelZones).toEqual({ source: "table", tableName: "TravelZones", sheet: "Travel Zones" });
    expect(tables.map((t) => t.sheet)).toEqual(["Settings", "Tiers", "Clients", "Travel Zones", "Benefits", "Time Log"]);
  });

  it("holds the worked example's client (PRICING.md §8)", () => {
    expect(model.clients.find((c) => c.name === "Acme Dental")).toEqual({
      name: "Acme Dental", segment: "Small business", tier: "Business", distance: 20, visitsPerMonth: 2,
      hoursPerVisit: 1.1, remoteHoursPerMonth: 3, driveMinutes: null, users: 0, devices: 0, servers: 0,
      timeLog: null, // typed figures, and no Time log entries
    });
  });

  it("gives a fresh copy each time, so a caller cannot change the sample", () => {
    sampleModelTables()[2]!.rows[0]![0] = "changed";
    sampleGrids()[2]!.values[1]![0] = "changed";
    expect(sampleModelTables()[2]!.rows[0]![0]).toBe("Linda Park");
  });
});

describe("the sample's Time log", () => {
  const model = parseModel(sampleGrids()).model!;
  const client = (name: string) => model.clients.find((c) => c.name === name)!;

  it("covers 2025, twelve months, and fills the blank figures of four clients", () => {
    expect(model.timeLog).toEqual({ months: 12, entries: 224, first: "2025-01-02", last: "2025-12-27" });
    const logged = model.clients.filter((c) => c.timeLog).map((c) => c.name);
    expect(logged).toEqual(["Delgado Auto Repair", "Harbor Accounting", "Juniper Yoga Studio", "Kestrel Insurance Agency"]);
    // Harbor: 36 on-site days (the 14th logged as 1 h + 0.75 h), 24 h on site… per month 3 visits of 2 h, 4 remote h.
    expect(client("Harbor Accounting")).toMatchObject({ visitsPerMonth: 3, hoursPerVisit: 2, remoteHoursPerMonth: 4 });
    expect(client("Harbor Accounting").timeLog).toEqual({ visits: 3, hoursPerVisit: 2, remoteHours: 4, actualRevenue: 1250 });
    // Juniper: 2 visits of 1 h and 6 × 0.5 h remote in the year.
    expect(client("Juniper Yoga Studio")).toMatchObject({ visitsPerMonth: 2 / 12, hoursPerVisit: 1, remoteHoursPerMonth: 0.25 });
  });
});
