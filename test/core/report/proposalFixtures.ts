/** PRICING.md §8 as a workbook the parser reads, for the proposal tests (§8b: test/support/workedExamples.ts). */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import type { Block, SheetSpec } from "../../../src/core/report/sheetPlan";
import { grid, settingsGrid } from "../workbook/helpers";

import { SEATS_BENEFITS } from "../../support/workedExamples";

export const BENEFITS = SEATS_BENEFITS;

const settings = (extra: [string, CellValue][]) =>
  settingsGrid([["Business name", "Summit IT Services"], ["Contact", "(555) 010-4477 · hello@summit-it.example"], ...extra]);
const benefits = () => grid("benefits", [["Benefit"], ...BENEFITS.map((b) => [b])]);

/** §8: Acme Dental on Business (fee 900, 8 h, 4 h response, travel included), and Essentials. */
export function workedExample() {
  const parsed = parseModel([
    settings([]),
    grid("tiers", [
      ["Tier", "Monthly fee", "Included hours", "Response time", "Travel included"],
      ["Essentials", 250, 2, 24, "No"],
      ["Business", 900, 8, 4, "Yes"],
    ]),
    grid("clients", [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
      ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3],
    ]),
    benefits(),
  ]);
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return { model: parsed.model!, analysis: analyze(parsed.model!) };
}

export function block(spec: SheetSpec, id: string): Block {
  const found = spec.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id} in ${spec.blocks.map((b) => b.id).join(", ")}`);
  return found;
}

/** The values of a block, money rounded to the cent. */
export function cells(spec: SheetSpec, id: string): CellValue[][] {
  return block(spec, id).values.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 100) / 100 : v)));
}

/** Every value written on the sheet. */
export function allValues(spec: SheetSpec): CellValue[] {
  return spec.blocks.flatMap((b) => b.values.flat());
}
