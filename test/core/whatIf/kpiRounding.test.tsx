/** @jest-environment jsdom */
/**
 * The what-if table's change column agrees with the two figures beside it: it is the difference of
 * the values as shown, not of the unrounded ones ("3.9 → 3.9, +0.1" was the walkthrough's bug).
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { WhatIfKpis } from "../../../src/apps/taskpane/components/WhatIfKpis";
import { makeFormats } from "../../../src/apps/taskpane/format";
import { formatKpi, formatKpiChange, shownDifference, type KpiKind } from "../../../src/apps/taskpane/whatIfFormat";
import { compareKpis } from "../../../src/core/whatIf/levers";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { parsed } from "./helpers";

const formats = makeFormats("en-US", "USD");

/** [workbook, what-if, change] as the table writes them. */
function row(kind: KpiKind, base: number, whatIf: number): string[] {
  return [formatKpi(kind, base, formats), formatKpi(kind, whatIf, formats), formatKpiChange(kind, shownDifference(kind, base, whatIf), formats)];
}

/** The number a figure's text shows: "$1,234" → 1234, "−0.2" → −0.2, "+0.1 pts" → 0.1, "±0" → 0. */
function shown(text: string): number {
  return Number(text.replace(/\u2212/g, "-").replace(/[^\d.-]/g, ""));
}

describe("a what-if change", () => {
  it("reads ±0 when both figures show the same value", () => {
    expect(row("ratio", 3.86, 3.94)).toEqual(["3.9", "3.9", "±0"]);
    expect(row("percent", 0.54431, 0.54449)).toEqual(["54.4%", "54.4%", "±0 pts"]);
    expect(row("annualMoney", 100.4, 99.6)).toEqual(["$100", "$100", "±$0 / yr"]);
  });

  it("is the difference of the figures shown, not of the unrounded values", () => {
    expect(row("ratio", 3.84, 3.96)).toEqual(["3.8", "4", "+0.2"]);
    expect(row("annualMoney", 100.4, 101.6)).toEqual(["$100", "$102", "+$2 / yr"]);
    expect(row("percent", 0.5444, 0.5446)).toEqual(["54.4%", "54.5%", "+0.1 pts"]);
    expect(row("rate", 114.404, 114.406)).toEqual(["$114.40", "$114.41", "+$0.01 / h"]);
  });

  it("always equals what-if minus workbook as written (any figures, every kind)", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom<KpiKind>("annualMoney", "percent", "rate", "count", "ratio"), value, value, (kind, base, whatIf) => {
        const [b, w, change] = row(kind, base, whatIf);
        expect(shown(change)).toBeCloseTo(shown(w) - shown(b), 6);
      }),
    );
  });

  it("in the pane's table: the home vs small business row agrees with itself", () => {
    const base = kpis(analyze(parsed().model));
    render(
      <WhatIfKpis
        comparison={compareKpis({ ...base, homeClientsPerSmallBusiness: 3.86 }, { ...base, homeClientsPerSmallBusiness: 3.94 })}
        formats={formats}
      />,
    );
    const cells = within(screen.getByRole("row", { name: /^One small-business client earns as much as \(home clients\)/ })).getAllByRole("cell");
    expect(cells.map((c) => c.textContent)).toEqual(["3.9", "3.9", "±0"]);
  });
});
