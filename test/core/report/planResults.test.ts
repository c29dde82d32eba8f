import { planResultsSheet, CLIENT_HEADERS, SEGMENT_HEADERS, SENSITIVITY_HEADERS } from "../../../src/core/report/sheets/planResults";
import { RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import type { ClientResult } from "../../../src/core/pricing/results";
import { ACME, LINDA, handAnalysis, handModel } from "./fixtures";
import { addressIn, block, blockRect, chartRect, formatAt, overlaps, valueAt } from "./planHelpers";

const USD = '"$"#,##0.00';
const USD_WHOLE = '"$"#,##0';

describe("Pricing Results: title and key figures", () => {
  const sheet = planResultsSheet(handAnalysis(), handModel());

  it("is the Pricing Results sheet, titled with the business name", () => {
    expect(sheet.name).toBe(RESULTS_SHEET);
    expect(valueAt(sheet, "A1")).toBe("Pricing Results: Summit IT");
    expect(String(valueAt(sheet, "A2"))).toContain("2 clients");
  });

  it("puts the annual revenue all-hourly vs current vs recommended at the top, in whole dollars", () => {
    expect(valueAt(sheet, "A4")).toBe("Key figures");
    expect(valueAt(sheet, "A5")).toBe("Clients");
    expect(valueAt(sheet, "B5")).toBe(2);
    expect(valueAt(sheet, "A6")).toBe("Annual revenue, all clients hourly");
    expect(valueAt(sheet, "B6")).toBeCloseTo(12 * 902.5, 9);
    expect(formatAt(sheet, "B6")).toBe(USD_WHOLE);
    expect(valueAt(sheet, "B7")).toBeCloseTo(12 * 1025, 9);
    expect(valueAt(sheet, "B8")).toBeCloseTo(12 * 1025, 9);
  });

  it("shows the annual margin with its percentage, the effective rate and the home-vs-business equivalence", () => {
    const labels = block(sheet, "kpiLabels").values.map((r) => r[0]);
    const at = (label: string) => `B${5 + labels.indexOf(label)}`;
    expect(valueAt(sheet, at("Annual margin, current billing"))).toBeCloseTo(12 * 561.2, 9);
    expect(valueAt(sheet, at("Margin %, current billing"))).toBeCloseTo(561.2 / 1025, 12);
    expect(formatAt(sheet, at("Margin %, current billing"))).toBe("0.0%");
    expect(valueAt(sheet, at("Effective rate per hour (work + travel)"))).toBeCloseTo(1025 / (6.2 + 8 / 3 + 2 / 15), 9);
    expect(formatAt(sheet, at("Effective rate per hour (work + travel)"))).toBe(USD);
    expect(valueAt(sheet, at("One small-business client earns as much as"))).toBe(7.2);
    expect(formatAt(sheet, at("One small-business client earns as much as"))).toBe('0.0" home clients"');
    expect(valueAt(sheet, at("Break-even drive, with travel charge"))).toBe(101);
    expect(valueAt(sheet, at("Break-even drive, no travel charge"))).toBe(91);
  });

  it("ends the key figures with capacity and the contract value (PRICING.md v2), after the first version's", () => {
    const labels = block(sheet, "kpiLabels").values.map((r) => r[0]);
    expect(labels.slice(0, 13).at(-1)).toBe("Break-even drive, no travel charge");
    const at = (label: string) => `B${5 + labels.indexOf(label)}`;
    const used = 6.2 + 8 / 3 + 2 / 15;
    expect(labels.slice(13)).toEqual([
      "Hours available a month (1 technician × 120 h)", "Hours used a month (work + travel)", "Capacity used",
      "Hours left a month (negative: more than the team has)", "Contract value, recommended agreements (12-month term, onboarding included)",
    ]);
    expect(valueAt(sheet, at("Hours available a month (1 technician × 120 h)"))).toBe(120);
    expect(valueAt(sheet, at("Hours used a month (work + travel)"))).toBeCloseTo(used, 9);
    expect(valueAt(sheet, at("Capacity used"))).toBeCloseTo(used / 120, 12);
    expect(formatAt(sheet, at("Capacity used"))).toBe("0.0%");
    expect(valueAt(sheet, at("Hours left a month (negative: more than the team has)"))).toBeCloseTo(120 - used, 9);
    expect(formatAt(sheet, at("Hours used a month (work + travel)"))).toBe('#,##0.0" h"');
    expect(valueAt(sheet, at("Contract value, recommended agreements (12-month term, onboarding included)"))).toBe(10800);
  });

  it("says the margins are after tools, and shows seats and tool costs per client, when the workbook costs tools", () => {
    const model = parseModel([
      ...sampleGrids().filter((g) => g.key !== "settings"),
    ]).model!;
    const withTools = { ...model, settings: { ...model.settings, toolCostPerUser: 6, toolCostPerDevice: 4, toolCostPerServer: 25 } };
    const s = planResultsSheet(analyze(withTools), withTools);
    const labels = block(s, "kpiLabels").values.map((r) => r[0]);
    expect(labels).toContain("Annual margin, current billing (after tools)");
    expect(labels).toContain("Margin %, recommended tiers (after tools)");
    const clients = block(s, "clients");
    const headers = clients.values[0];
    for (const h of ["Users", "Devices", "Servers", "Service cost", "Tool cost", "Agreement cost", "Recommended cost"]) expect(headers).toContain(h);
    const cedar = clients.values.find((r) => r[0] === "Cedar Law Group")!;
    expect(cedar[headers.indexOf("Users")]).toBe(12);
    expect(cedar[headers.indexOf("Tool cost")]).toBe(12 * 6 + 15 * 4 + 25);
    // Cost 45 × (8 + 16/15) + 0.70 × 2 × 16 = 430.40, plus 157 of tools = 587.40.
    expect(cedar[headers.indexOf("Business: verdict")]).toBe("Below the 50% margin (34.7%)"); // (900 − 587.40) / 900
    expect(cedar[headers.indexOf("Managed: price")]).toBe(1195); // 12 × 85 + 15 × 5 + 100
    expect(cedar[headers.indexOf("Managed: verdict")]).toBe("Recommended: earns 50.8%"); // 607.60 / 1195
  });

  it("says per client and tier why a tier was passed over: not offered to its segment, or beaten by another tier (PRICING.md v3 §2)", () => {
    const model = parseModel(sampleGrids()).model!;
    const clients = block(planResultsSheet(analyze(model), model), "clients");
    const headers = clients.values[0];
    const verdict = (client: string, tier: string) => clients.values.find((r) => r[0] === client)![headers.indexOf(`${tier}: verdict`)];
    // Business is for Small business; Linda Park is a Home client.
    expect(verdict("Linda Park", "Business")).toBe("Not offered to Home (for Small business)");
    // Acme Dental (no users): Managed at its 650 minimum, 8 h and a 2-hour response, 12 × 650 + 1,000 = 8,800 over
    // the term, against Business's 12 × 900 + 500 = 11,300 for 8 h and a 4-hour response.
    expect(verdict("Acme Dental", "Business")).toBe("Costs Acme Dental more than Managed, which includes a faster response");
    // Managed itself is offered and beaten by nothing: its margin decides (240 / 650 = 36.9 %).
    expect(verdict("Acme Dental", "Managed")).toBe("Below the 50% margin (36.9%)");
  });

  it("shows n/a, unformatted, for a figure the workbook cannot give", () => {
    const analysis = handAnalysis();
    analysis.equivalence = { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null };
    const s = planResultsSheet(analysis, handModel());
    const labels = block(s, "kpiLabels").values.map((r) => r[0]);
    const address = `B${5 + labels.indexOf("One small-business client earns as much as")}`;
    expect(valueAt(s, address)).toBe("n/a");
    expect(formatAt(s, address)).toBeNull();
  });

  it("formats money in the workbook's currency", () => {
    const s = planResultsSheet(handAnalysis(), handModel({ currency: "EUR" }));
    expect(formatAt(s, "B6")).toBe('"€"#,##0');
    const sek = planResultsSheet(handAnalysis(), handModel({ currency: "SEK" }));
    expect(formatAt(sek, "B6")).toBe('#,##0 "SEK"');
  });
});

describe("Pricing Results: tables", () => {
  const sheet = planResultsSheet(handAnalysis(), handModel());

  it("lays the segment table out as an Excel table with a totals row under it", () => {
    const segments = block(sheet, "segments");
    // 18 key figures from row 5 (the first version's 13, then capacity and contract value), a gap, the heading.
    expect(segments.at).toBe("A25");
    expect(segments.table?.name).toBe("PricingSegments");
    expect(segments.values[0]).toEqual([...SEGMENT_HEADERS]);
    expect(valueAt(sheet, "A26")).toBe("Small business");
    expect(valueAt(sheet, "E26")).toBe(777.5);
    expect(formatAt(sheet, "E26")).toBe(USD);
    expect(valueAt(sheet, "C27")).toBe(1);
    expect(formatAt(sheet, "C27")).toBe("0.00");
    expect(valueAt(sheet, "A28")).toBe("Total");
    expect(valueAt(sheet, "F28")).toBe(1025);
    expect(formatAt(sheet, "F28")).toBe(USD);
    expect(valueAt(sheet, "J28")).toBe(6150);
    // PRICING.md v2: recommended margin and contract value close the segment rows.
    expect(valueAt(sheet, "L26")).toBe(490);
    expect(valueAt(sheet, "M26")).toBe(10800);
    expect(valueAt(sheet, "M28")).toBe(10800);
    expect(formatAt(sheet, "M28")).toBe(USD);
  });

  it("lists the five travel bands and the sensitivity rows with money formats", () => {
    const bands = block(sheet, "travelBands");
    expect(bands.values.slice(1).map((r) => r[0])).toEqual(["0–15 min", "15–30 min", "30–45 min", "45–60 min", "60+ min"]);
    expect(bands.columnFormats?.[3]).toBe(USD);
    const sensitivity = block(sheet, "sensitivity");
    expect(sensitivity.values[0]).toEqual([...SENSITIVITY_HEADERS]);
    expect(sensitivity.values).toHaveLength(20);
    expect(valueAt(sheet, addressIn(sensitivity, 2, 0))).toBe(5);
    expect(valueAt(sheet, addressIn(sensitivity, 2, 3))).toBe(95);
    expect(formatAt(sheet, addressIn(sensitivity, 2, 3))).toBe(USD);
    expect(formatAt(sheet, addressIn(sensitivity, 2, 0))).toBe("0");
  });

  it("writes every §6 client field in the client table, hourly clients as Hourly", () => {
    const clients = block(sheet, "clients");
    expect(clients.table?.name).toBe("PricingClients");
    expect(clients.values[0].slice(0, CLIENT_HEADERS.length)).toEqual([...CLIENT_HEADERS]);
    const acme = clients.values[1];
    expect(acme).toEqual([
      "Acme Dental", "Small business", "Business", 5.2, 8 / 3, 90, 777.5, 900, 900, 410, 367.5, 490,
      ACME.effectiveRate, -122.5, 820, "Business", 900,
      // PRICING.md v2: recommended margin, contract value, then each tier's price and verdict.
      490, 10800,
      672.5, "Below the 50% margin (39%)",
      900, "Recommended: earns 54.4%",
    ]);
    const linda = clients.values[2];
    expect(linda[2]).toBe("Hourly");
    expect(linda[7]).toBeNull(); // no agreement revenue
    expect(formatAt(sheet, addressIn(clients, 1, 3))).toBe("0.00");
    expect(formatAt(sheet, addressIn(clients, 1, 12))).toBe(USD);
    expect(formatAt(sheet, addressIn(clients, 1, 0))).toBeNull();
  });

  it("shows no seat or tool columns to a consultant who prices flat tiers", () => {
    const headers = block(sheet, "clients").values[0];
    for (const h of ["Users", "Devices", "Servers", "Service cost", "Tool cost", "Agreement cost", "Recommended cost"]) expect(headers).not.toContain(h);
  });

  it("compares every tier per client: which earn the margin, which break the premium cap", () => {
    const clients = block(sheet, "clients");
    const col = (h: string) => clients.values[0].indexOf(h);
    const linda = clients.values[2];
    // Essentials: 250 earns 78.5 % but 250 > 125 × 1.25 = 156.25.
    expect(linda[col("Essentials: price")]).toBe(250);
    expect(linda[col("Essentials: verdict")]).toBe("Over the premium cap (100% above hourly)");
    expect(formatAt(sheet, addressIn(clients, 2, col("Essentials: price")))).toBe(USD);
    expect(linda[col("Contract value")]).toBeNull();
  });

  it("lists the warnings in the notes, each with its cell", () => {
    expect(block(sheet, "notes").values).toEqual([["Clients!A9: Duplicate client name."], ["Missing setting: Currency."]]);
    const clean = handAnalysis();
    clean.warnings = [];
    expect(block(planResultsSheet(clean, handModel()), "notes").values).toEqual([["No warnings."]]);
  });
});

describe("Pricing Results: layout", () => {
  const many: ClientResult[] = Array.from({ length: 50_000 }, (_, i) => ({ ...LINDA, client: `Client ${i}` }));
  const sheets = [planResultsSheet(handAnalysis(), handModel()), planResultsSheet(handAnalysis(many), handModel())];

  it.each(sheets.map((s, i) => [i, s] as const))("puts the client table lowest, with nothing below or beside it (case %i)", (_, sheet) => {
    const clients = blockRect(block(sheet, "clients"));
    for (const other of sheet.blocks.filter((b) => b.id !== "clients")) {
      expect(blockRect(other).bottom).toBeLessThan(clients.top);
    }
    for (const chart of sheet.charts) expect(chartRect(chart.placeAt).bottom).toBeLessThan(clients.top);
    expect(clients.bottom - clients.top).toBe(sheet === sheets[1] ? 50_000 : 2);
  });

  it("places the three charts clear of every block and of each other", () => {
    const sheet = sheets[0];
    expect(sheet.charts.map((c) => c.type)).toEqual(["columnClustered", "barClustered", "line"]);
    for (const chart of sheet.charts) {
      for (const b of sheet.blocks) expect(overlaps(chartRect(chart.placeAt), blockRect(b))).toBe(false);
      for (const other of sheet.charts.filter((c) => c !== chart)) {
        expect(overlaps(chartRect(chart.placeAt), chartRect(other.placeAt))).toBe(false);
      }
    }
  });

  it("charts revenue by segment, revenue per client and margin by drive time from their tables", () => {
    const [bySegment, perClient, byDrive] = sheets[0].charts;
    const header = (id: string) => block(sheets[0], id).values[0];
    const named = (c: (typeof sheets)[0]["charts"][number]) => ({
      source: c.sourceBlock,
      category: header(c.sourceBlock)[c.categoryColumn],
      series: c.seriesColumns.map((j) => header(c.sourceBlock)[j]),
    });
    expect(named(bySegment)).toEqual({ source: "segments", category: "Segment", series: ["Hourly revenue", "Current revenue", "Recommended revenue"] });
    expect(named(perClient)).toEqual({ source: "segments", category: "Segment", series: ["Annual revenue per client"] });
    expect(named(byDrive)).toEqual({
      source: "sensitivity",
      category: "Drive minutes (one way)",
      series: ["Margin with travel charge", "Margin without travel charge"],
    });
  });

  it("gives every block a unique id and every Excel table a unique name", () => {
    const ids = sheets[0].blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tables = sheets[0].blocks.flatMap((b) => (b.table ? [b.table.name] : []));
    expect(new Set(tables).size).toBe(tables.length);
    expect(tables).toHaveLength(5); // segments, travel bands, sensitivity, renewals (Acme Dental is on a tier), clients
  });
});

describe("Pricing Results from the engine", () => {
  it("writes one client row per client of the sample, Acme Dental as PRICING.md §8 works it out", () => {
    const { model } = parseModel(sampleGrids());
    const analysis = analyze(model!);
    const sheet = planResultsSheet(analysis, model!);
    const rows = block(sheet, "clients").values.slice(1);
    expect(rows).toHaveLength(model!.clients.length);
    const acme = rows.find((r) => r[0] === "Acme Dental")!;
    expect(acme[6]).toBeCloseTo(777.5, 9);
    expect(acme[8]).toBeCloseTo(900, 9);
    expect(acme[9]).toBeCloseTo(410, 9);
    expect(acme[12] as number).toBeCloseTo(114.41, 2);
    expect(acme[14]).toBeCloseTo(820, 9);
  });
});
