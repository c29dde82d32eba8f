import { locateTables } from "../../../src/core/workbook/tables";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import { SETTINGS_SCHEMA } from "../../../src/core/workbook/settingsSchema";
import { SAMPLE_CONTACT, sampleGrids, sampleModelTables } from "../../../src/core/workbook/sample";
import { analyze } from "../../../src/core/pricing/analyze";

describe("the sample model", () => {
  const result = parseModel(sampleGrids());
  const model = result.model!;

  it("parses with no errors and no warnings", () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("lists every setting: the §1 defaults, but a 2026 MSP's tool stack and two technicians", () => {
    expect(model.settings).toEqual({
      ...DEFAULT_SETTINGS, businessName: "Summit IT Services",
      toolCostPerUser: 6, toolCostPerDevice: 4, toolCostPerServer: 25, technicians: 2, contact: SAMPLE_CONTACT,
    });
    expect(Object.keys(result.cells.settings)).toHaveLength(SETTINGS_SCHEMA.length);
  });

  it("writes Target margin and Max premium as fractions", () => {
    const settings = sampleModelTables().find((t) => t.key === "settings")!;
    const value = (name: string) => settings.rows.find((r) => r[0] === name)![1];
    expect(value("Target margin")).toBe(0.5);
    expect(value("Max premium over hourly")).toBe(0.25);
  });

  it("has flat tiers at $250 and $900, a per-user tier with a minimum and onboarding fee, and a large-account tier", () => {
    expect(model.tiers.map((t) => [t.name, t.monthlyFee])).toEqual([["Essentials", 250], ["Business", 900], ["Managed", 0], ["Premier", 2000]]);
    expect(model.tiers.map((t) => t.travelIncluded)).toEqual([false, true, true, true]);
    expect(model.tiers[2]).toMatchObject({ perUser: 85, perDevice: 5, perServer: 100, minimumFee: 650, onboardingFee: 1000 });
  });

  it("counts users, devices and servers on the business clients only", () => {
    const units = (c: (typeof model.clients)[number]) => c.users + c.devices + c.servers;
    expect(model.clients.filter((c) => c.segment === "Home").every((c) => units(c) === 0)).toBe(true);
    const business = model.clients.filter((c) => c.segment !== "Home" && c.name !== "Acme Dental");
    expect(business.every((c) => c.users > 0 && c.devices >= c.users)).toBe(true);
  });

  it("has something to say once tools are costed: tiers recommended within their segments, the minimum binding, tools costing a tier its margin, a tier beaten by another", () => {
    const a = analyze(model);
    const recommended = new Set(a.clients.map((c) => c.recommendedTier));
    for (const tier of ["Essentials", "Managed", "Premier", "Hourly"]) expect(recommended).toContain(tier);
    // PRICING.md v3: a tier is pitched only to its Segment (Essentials is for Home clients).
    for (const c of a.clients) {
      const tier = model.tiers.find((t) => t.name === c.recommendedTier);
      if (tier) expect([c.client, c.segment]).toEqual([c.client, tier.segment]);
    }
    // The minimum fee binds for a small office: 4 × 85 + 5 × 5 = 365 → 650.
    const bakery = a.clients.find((c) => c.client === "Brightside Bakery")!;
    expect(bakery.tierOptions.find((o) => o.tier === "Managed")!.tierFee).toBe(650);
    // Cedar Law's Business earns 52 % before its 157 of tools a month and 35 % after: the pitch moves to Managed.
    const cedar = a.clients.find((c) => c.client === "Cedar Law Group")!;
    expect(cedar.toolCost).toBe(12 * 6 + 15 * 4 + 25);
    expect(cedar.tierOptions.find((o) => o.tier === "Business")!.qualifies).toBe(false);
    expect(cedar.recommendedTier).toBe("Managed");
    // Acme Dental keeps PRICING.md §8's figures: nothing under management, so no tool cost. As in
    // §8b, a tier gives it more for less than its Business: Managed, 650 a month at the minimum for
    // 8 h and a 2-hour response (12 × 650 + 1,000 = 8,800 ≤ 12 × 900 + 500 = 11,300) → Hourly.
    const acme = a.clients.find((c) => c.client === "Acme Dental")!;
    expect([acme.hourlyRevenue, acme.currentRevenue, acme.toolCost, Math.round(acme.cost * 100) / 100, Math.round(acme.currentMargin * 100) / 100, acme.recommendedTier])
      .toEqual([777.5, 900, 0, 410, 490, "Hourly"]);
    expect(acme.tierOptions.find((o) => o.tier === "Business")).toMatchObject({ offered: true, dominatedBy: "Managed", qualifies: false });
    expect(Math.round(acme.targetPrice * 100) / 100).toBe(820);
    // Two technicians: 240 hours a month, most of it used.
    expect(a.capacity.availableHours).toBe(240);
    expect(a.capacity.utilisation).toBeGreaterThan(0.5);
    expect(a.capacity.utilisation).toBeLessThan(1);
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
      cell: "Clients!A14",
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
