import { planResultsSheet, CLIENT_HEADERS, SEGMENT_HEADERS, SENSITIVITY_HEADERS } from "../../src/report/planResults";
import { RESULTS_SHEET } from "../../src/report/names";
import { analyze } from "../../src/pricing/analyze";
import { parseModel } from "../../src/workbook/parseModel";
import { sampleGrids } from "../../src/workbook/sample";
import type { ClientResult } from "../../src/pricing/results";
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
    expect(segments.at).toBe("A20");
    expect(segments.table?.name).toBe("PricingSegments");
    expect(segments.values[0]).toEqual([...SEGMENT_HEADERS]);
    expect(valueAt(sheet, "A21")).toBe("Small business");
    expect(valueAt(sheet, "E21")).toBe(777.5);
    expect(formatAt(sheet, "E21")).toBe(USD);
    expect(valueAt(sheet, "C22")).toBe(1);
    expect(formatAt(sheet, "C22")).toBe("0.00");
    expect(valueAt(sheet, "A23")).toBe("Total");
    expect(valueAt(sheet, "F23")).toBe(1025);
    expect(formatAt(sheet, "F23")).toBe(USD);
    expect(valueAt(sheet, "J23")).toBe(6150);
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
    expect(clients.values[0]).toEqual([...CLIENT_HEADERS]);
    const acme = clients.values[1];
    expect(acme).toEqual([
      "Acme Dental", "Small business", "Business", 5.2, 8 / 3, 90, 777.5, 900, 900, 410, 367.5, 490,
      ACME.effectiveRate, -122.5, 820, "Business", 900,
    ]);
    const linda = clients.values[2];
    expect(linda[2]).toBe("Hourly");
    expect(linda[7]).toBeNull(); // no agreement revenue
    expect(formatAt(sheet, addressIn(clients, 1, 3))).toBe("0.00");
    expect(formatAt(sheet, addressIn(clients, 1, 12))).toBe(USD);
    expect(formatAt(sheet, addressIn(clients, 1, 0))).toBeNull();
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
    expect(tables).toHaveLength(4);
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
