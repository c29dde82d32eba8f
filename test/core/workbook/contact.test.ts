/** Issue 13: the optional Contact setting (PRICING.md §1), printed on proposals. */
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import { BENEFITS_OK, grid, settingsGrid } from "./helpers";

const TIERS: CellValue[][] = [["Tier", "Monthly fee"], ["Business", 900]];
const CLIENTS: CellValue[][] = [["Client", "Segment", "Distance", "Visits per month"], ["Harbor Law", "Small business", 12, 3]];

function parse(settings: [string, CellValue][]) {
  return parseModel([settingsGrid(settings), grid("tiers", TIERS), grid("clients", CLIENTS), grid("benefits", BENEFITS_OK)]);
}

describe("the Contact setting", () => {
  it("is read as text, trimmed, under its name or a common spelling", () => {
    expect(parse([["Contact", "  (555) 010-4477 · hello@summit-it.example "]]).model!.settings.contact).toBe("(555) 010-4477 · hello@summit-it.example");
    expect(parse([["Contact details", "+1 555 010 4477"]]).model!.settings.contact).toBe("+1 555 010 4477");
  });

  it("is blank by default, and neither leaving it out nor leaving it blank is worth a warning", () => {
    const left = parse([["Hourly rate", 125]]);
    expect(left.model!.settings.contact).toBe("");
    expect(left.warnings.map((w) => w.message).join("\n")).not.toMatch(/Contact/);
    const blank = parse([["Contact", null]]);
    expect(blank.model!.settings.contact).toBe("");
    expect(blank.warnings.filter((w) => w.cell === "Settings!B2")).toEqual([]);
  });
});
