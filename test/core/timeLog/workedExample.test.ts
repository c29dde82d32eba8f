/**
 * PRICING.md §8c, to the cent: Acme Dental's Visits, Hours per visit and Remote hours left blank
 * and filled from its Time log; Bayside Vet is not a client (a warning, its hours left out).
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { BENEFITS_OK, grid } from "../workbook/helpers";
import { cents } from "../pricing/fixtures";

const parsed = parseModel([
  grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
  grid("clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
    ["Acme Dental", "Small business", "Business", 20, null, null, null],
  ]),
  grid("benefits", BENEFITS_OK),
  grid("timeLog", [
    ["Client", "Date", "Hours", "On site", "Amount"],
    ["Acme Dental", "2026-01-05", 1.0, "Yes", 170],
    ["acme dental ", "2026-01-05", 0.5, "Yes", 0],
    ["Acme Dental", 46063, 1.2, "Yes", 195],
    ["Acme Dental", "2026-03-02", 0.75, "No", 93.75],
    ["Acme Dental", "2026-03-20", 2.0, "No", 250],
    ["Bayside Vet", "2026-03-21", 1.5, "Yes", 187.5],
  ]),
]);
const analysis = analyze(parsed.model!);
const acme = analysis.clients[0]!;

describe("PRICING.md §8c worked example (a Time log)", () => {
  it("reads with one warning: Bayside Vet is not a client, 1.5 hours left out, at its Client cell", () => {
    expect(parsed.errors).toEqual([]);
    const log = parsed.warnings.filter((w) => w.cell?.startsWith("'Time Log'"));
    expect(log).toEqual([{ cell: "'Time Log'!A7", message: expect.stringMatching(/"Bayside Vet" .*not a client.*1\.5 hours \(1 entry\) are left out/) }]);
  });

  it("covers January to March: M = 3, six entries", () => {
    expect(analysis.timeLog).toEqual({ months: 3, entries: 6, first: "2026-01-05", last: "2026-03-21" });
  });

  it("Acme Dental's logged figures: 2 on-site days (Jan 5 once) over 3 months", () => {
    expect(cents(acme.timeLog!.visits)).toBe(0.67); // 2 / 3
    expect(acme.timeLog!.visits).toBeCloseTo(2 / 3, 12);
    expect(cents(acme.timeLog!.hoursPerVisit)).toBe(1.35); // 2.7 / 2
    expect(acme.timeLog!.remoteHours).toBeCloseTo(2.75 / 3, 12); // 0.9167
    expect(cents(acme.timeLog!.actualRevenue!)).toBe(236.25); // 708.75 / 3
  });

  it("is priced on them, unrounded: hourly 269.58, agreement 900, recommended Hourly", () => {
    expect(cents(acme.hourlyRevenue)).toBe(269.58);
    expect(cents(acme.agreementRevenue!)).toBe(900);
    expect(cents(acme.serviceCost)).toBe(140.42);
    expect(cents(acme.currentMargin)).toBe(759.58);
    expect(cents(acme.clientSaving)).toBe(-630.42);
    // Business is offered and beaten by no tier; it earns the margin (759.58 / 900) but 900 > 269.58 × 1.25 = 336.98.
    expect(acme.tierOptions).toEqual([expect.objectContaining({ tier: "Business", offered: true, dominatedBy: null, qualifies: false })]);
    expect(acme.recommendedTier).toBe("Hourly");
    expect(cents(acme.recommendedRevenue)).toBe(269.58);
    expect(acme.contractValue).toBeNull();
  });

  it("segments and totals carry the actual revenue", () => {
    expect(cents(analysis.segments[0]!.actualRevenue!)).toBe(236.25);
    expect(cents(analysis.totals.actualRevenue!)).toBe(236.25);
  });
});
