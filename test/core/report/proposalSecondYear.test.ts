/**
 * PRICING.md §5c on the proposal: over a term longer than 12 months with an Annual increase, the
 * proposal shows the second year's monthly price (§8's Acme Dental on Business: 900 → 945).
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { planProposalSheet, resolveProposal } from "../../../src/core/report/sheets/planProposal";
import { workedExample } from "./proposalFixtures";

function proposal(contractTerm: number, annualIncrease: number) {
  const base = workedExample().model;
  const model = { ...base, settings: { ...base.settings, contractTerm, annualIncrease } };
  const resolved = resolveProposal(analyze(model), model, { client: "Acme Dental", tier: "Business" });
  if (!resolved.ok) throw new Error("Acme Dental is in the §8 workbook");
  return planProposalSheet(resolved, model, "Proposal – Acme Dental");
}

describe("the proposal's second-year price", () => {
  it("24 months at 5%: $945.00 a month in the second year, $11,340.00 a year, under the price", () => {
    const sheet = proposal(24, 0.05);
    const ids = sheet.blocks.map((b) => b.id);
    expect(ids.indexOf("secondYear")).toBe(ids.indexOf("offerTotal") + 1);
    const [label, month, year] = sheet.blocks[ids.indexOf("secondYear")].values[0];
    expect(label).toBe("In the second year (prices rise 5% at each anniversary)");
    expect(month).toBeCloseTo(945, 9);
    expect(year).toBeCloseTo(11340, 9);
  });

  it("is not shown for a term of 12 months or less, nor with no Annual increase", () => {
    expect(proposal(12, 0.05).blocks.some((b) => b.id === "secondYear")).toBe(false);
    expect(proposal(36, 0).blocks.some((b) => b.id === "secondYear")).toBe(false);
  });
});
