import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import type { Grid } from "../../../src/core/workbook/grid";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";

function grids(change: (byKey: Record<string, Grid>) => void): Grid[] {
  const all = sampleGrids();
  const byKey = Object.fromEntries(all.map((g) => [g.key, g]));
  change(byKey);
  return all;
}

describe("runFlow", () => {
  it("prices the sample and plans both output sheets", () => {
    const { parse, analysis, plan } = runFlow(sampleGrids());
    expect(parse.errors).toEqual([]);
    expect(analysis.errors).toEqual([]);
    expect(analysis.clients).toHaveLength(28);
    expect(plan?.sheets.map((s) => s.name)).toEqual([RESULTS_SHEET, RATE_CARD_SHEET]);
  });

  it("plans only the sheets asked for, showing the one sheet asked for", () => {
    const alone = runFlow(sampleGrids(), { sheets: ["rateCard"] }).plan!.sheets;
    expect(alone.map((s) => [s.name, s.activate])).toEqual([[RATE_CARD_SHEET, true]]);
    const both = runFlow(sampleGrids()).plan!.sheets;
    expect(both.map((s) => [s.name, s.activate ?? false])).toEqual([[RESULTS_SHEET, true], [RATE_CARD_SHEET, false]]);
  });

  it("on a parse error prices nothing, plans nothing and carries the errors with their cells", () => {
    const broken = grids((g) => {
      g.clients.values[3][3] = "far"; // Distance of the third client
    });
    const { analysis, plan } = runFlow(broken);
    expect(plan).toBeNull();
    expect(analysis.clients).toEqual([]);
    expect(analysis.segments).toEqual([]);
    expect(analysis.rateCard).toBeNull();
    expect(analysis.errors.map((e) => e.cell)).toEqual(["Clients!D4"]);
  });

  it("lists the parse warnings first, then the pricing's own", () => {
    const warned = grids((g) => {
      g.settings.values = g.settings.values.filter((r) => r[0] !== "Currency"); // missing setting: a parse warning
      g.clients.values[1][3] = 500; // beyond the last travel zone: a pricing warning
    });
    const { analysis, parse } = runFlow(warned);
    expect(parse.warnings.length).toBeGreaterThan(0);
    expect(analysis.warnings.slice(0, parse.warnings.length)).toEqual(parse.warnings);
    expect(analysis.warnings[analysis.warnings.length - 1].message).toContain("beyond the last travel zone");
  });
});
