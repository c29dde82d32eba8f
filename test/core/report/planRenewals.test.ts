/**
 * The Renewals table of Pricing Results (PRICING.md §5c) on the §8d workbook, read by the parser:
 * every client on a tier, those below target first, with the figures a consultant acts on.
 */
import { planResultsSheet } from "../../../src/core/report/sheets/planResults";
import { RENEWAL_HEADERS } from "../../../src/core/report/sheets/planRenewals";
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { grid, settingsGrid } from "../workbook/helpers";
import { block, blockRect } from "./planHelpers";
import { handAnalysis, handModel, LINDA } from "./fixtures";

const parsed = parseModel([
  settingsGrid([["Contract term", 24], ["Annual increase", "5%"], ["Annual cost increase", "4%"]]),
  grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
  grid("clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
    ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, 46204],
    ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, null],
    ["Pine Clinic", "Small business", "Business", 30, 3, 1.5, 2, "2026-08-15"],
  ]),
]);
const model = parsed.model!;
const sheet = planResultsSheet(analyze(model), model);

describe("Pricing Results: Renewals", () => {
  const table = block(sheet, "renewals");

  it("says how many agreements fall below target, and on what assumptions", () => {
    expect(parsed.errors).toEqual([]);
    expect(block(sheet, "renewalsSentence").values[0][0]).toBe("At renewal, 1 of 2 agreements falls below your 50% margin if costs rise 4% and prices 5%.");
  });

  it("lists the clients on a tier, Pine Clinic (below target) before Acme Dental; Harbor Law, billed by the hour, not at all", () => {
    expect(table.values[0]).toEqual([...RENEWAL_HEADERS]);
    expect(table.values.slice(1).map((r) => r[0])).toEqual(["Pine Clinic", "Acme Dental"]);
    expect(table.table?.name).toBe("PricingRenewals");
  });

  it("Pine Clinic: 900 → 945 a month, margin 23.5% → 24.2%, 59.1% would keep 50%; its date a date cell", () => {
    const [client, tier, date, today, atRenewal, marginToday, marginAtRenewal, below, increase] = table.values[1];
    expect([client, tier, below]).toEqual(["Pine Clinic", "Business", "Yes"]);
    expect(date).toBe(46249); // 2026-08-15
    expect(today).toBeCloseTo(900, 9);
    expect(atRenewal).toBeCloseTo(945, 9);
    expect(marginToday as number).toBeCloseTo((900 - 688.5) / 900, 9); // 23.5 %
    expect(marginAtRenewal as number).toBeCloseTo(228.96 / 945, 9); // 24.2 %
    expect(increase as number).toBeCloseTo(716.04 / 0.5 / 900 - 1, 9);
    expect(table.columnFormats).toEqual([null, null, "yyyy-mm-dd", '"$"#,##0.00', '"$"#,##0.00', "0.0%", "0.0%", null, "0.0%"]);
  });

  it("Acme Dental: 518.60 / 945 = 54.9% at renewal, needs no increase; renewal date 2026-07-01", () => {
    expect(table.values[2]).toEqual(["Acme Dental", "Business", 46204, 900, 945, 490 / 900, expect.closeTo(518.6 / 945, 9), "No", 0]);
  });

  it("sits above the client table and clear of every other block", () => {
    const rect = blockRect(table);
    expect(rect.bottom).toBeLessThan(blockRect(block(sheet, "clients")).top);
    for (const other of sheet.blocks) {
      if (other.id === "renewals") continue;
      const r = blockRect(other);
      expect(r.bottom < rect.top || r.top > rect.bottom || r.right < rect.left || r.left > rect.right).toBe(true);
    }
  });

  it("is left out when no client is on a tier", () => {
    const plain = planResultsSheet(handAnalysis([LINDA]), handModel());
    expect(plain.blocks.some((b) => b.id.startsWith("renewals"))).toBe(false);
  });
});
