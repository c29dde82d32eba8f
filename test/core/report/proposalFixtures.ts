/** PRICING.md §8 and §8b as workbooks the parser reads, for the proposal tests. */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import type { Block, SheetSpec } from "../../../src/core/report/sheetPlan";
import { grid, settingsGrid } from "../workbook/helpers";

export const BENEFITS = ["One predictable monthly fee", "Hours included every month", "Guaranteed response", "No trip charges", "Proactive monitoring", "A quarterly review"];

const settings = (extra: [string, CellValue][]) =>
  settingsGrid([["Business name", "Summit IT Services"], ["Contact", "(555) 010-4477 · hello@summit-it.example"], ...extra]);
const benefits = () => grid("benefits", [["Benefit"], ...BENEFITS.map((b) => [b])]);

/** §8b: Acme Dental, Harbor Law, Cedar Bakery; tools, a minimum fee and onboarding. */
export function workedExampleV2() {
  const parsed = parseModel([
    settings([["Tool cost per user", 12], ["Tool cost per device", 8], ["Tool cost per server", 40]]),
    grid("tiers", [
      ["Tier", "Monthly fee", "Per user", "Per device", "Per server", "Minimum fee", "Included hours", "Travel included", "Onboarding fee"],
      ["Business", 900, null, null, null, null, 8, "Yes", 500],
      ["Business Plus", 300, 45, 10, 150, 600, 10, "Yes", 750],
    ]),
    grid("clients", [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Users", "Devices", "Servers", "Drive minutes"],
      ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, null, null, null, null],
      ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, 8, 10, 1, null],
      ["Cedar Bakery", "Small business", "Business Plus", 22, 1, 0.5, 2, 3, 4, 0, 35],
    ]),
    benefits(),
  ]);
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return { model: parsed.model!, analysis: analyze(parsed.model!) };
}

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
