/**
 * PRICING.md v3 §1 Tiers `Segment`: the client segments a tier is offered to — a list, matched
 * like segments, `All`/`Everyone`/`Any`/blank for every client, `Segments` and `For` as headings —
 * and a warning at the cell of a name no client's segment matches.
 */
import { parseModel } from "../../../src/core/workbook/parseModel";
import { analyze } from "../../../src/core/pricing/analyze";
import type { CellValue } from "../../../src/core/workbook/grid";
import { BENEFITS_OK, grid } from "./helpers";

const CLIENTS: CellValue[][] = [
  ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit"],
  ["Acme Dental", "Small business", null, 20, 2, 1.1],
  ["Linda Park", "Home", null, 4, 0.5, 1],
];

/** The warnings about tiers: every other (a default setting, none here of interest) is left out. */
const tierWarnings = (parsed: ReturnType<typeof read>) => parsed.warnings.filter((w) => w.cell?.startsWith("Tiers!"));

function read(heading: string, segments: CellValue[]) {
  return parseModel([
    grid("tiers", [["Tier", "Monthly fee", heading], ...segments.map((s, i): CellValue[] => [`T${i + 1}`, 100 * (i + 1), s])]),
    grid("clients", CLIENTS),
    grid("benefits", BENEFITS_OK),
  ]);
}

describe("the Tiers Segment column", () => {
  it("is read under Segment, Segments and For; All, Everyone, Any and blank offer the tier to everyone", () => {
    for (const heading of ["Segment", "Segments", "For"]) {
      const parsed = read(heading, ["Home; Small business", "All", " everyone ", "ANY", null, "small-business"]);
      expect(parsed.errors).toEqual([]);
      expect(parsed.model!.tiers.map((t) => t.segment)).toEqual(["Home; Small business", null, null, null, null, "small-business"]);
      expect(tierWarnings(parsed)).toEqual([]);
    }
  });

  it("a tier for a segment no client is in: a warning at its cell that says it is offered to no client", () => {
    const parsed = read("Segment", ["Enterprise", null]);
    expect(parsed.errors).toEqual([]);
    expect(tierWarnings(parsed)).toEqual([{
      cell: "Tiers!C2",
      message: 'Tier "T1" is offered to "Enterprise", which is no client\'s segment (the clients\' segments are Small business and Home), ' +
        "so it is offered to no client and never recommended — type a client segment, or leave the cell blank to offer it to every client.",
    }]);
    const a = analyze(parsed.model!);
    expect(a.clients.map((c) => c.tierOptions[0].offered)).toEqual([false, false]);
  });

  it("a list with one misspelt name: a warning naming it, and the segments it is still offered to", () => {
    const parsed = read("Segments", ["home, Small Busines"]);
    expect(tierWarnings(parsed)).toEqual([{
      cell: "Tiers!C2",
      message: 'Tier "T1" is offered to "Small Busines", which is no client\'s segment (the clients\' segments are Small business and Home) — ' +
        "check the spelling; it is offered to Home only.",
    }]);
    const a = analyze(parsed.model!);
    expect(a.clients.map((c) => [c.client, c.tierOptions[0].offered])).toEqual([["Acme Dental", false], ["Linda Park", true]]);
  });

  it("more than three tiers for segments no client is in: one warning at the first cell, naming three cells and how many more", () => {
    const parsed = read("Segment", ["Enterprise", "Enterprise", "Schools", "Enterprise", "Charities"]);
    expect(tierWarnings(parsed)).toEqual([{
      cell: "Tiers!C2",
      message: 'Tiers!C2, C3, C4 and 2 more: 5 tiers are offered to "Enterprise", "Schools" and "Charities", which no client\'s segment matches ' +
        "(the clients' segments are Small business and Home) — check the spelling, type a client segment, or leave the cell blank to offer the tier to every client.",
    }]);
  });
});
