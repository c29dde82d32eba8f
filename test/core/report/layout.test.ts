/**
 * How the output sheets look: columns as wide as what they hold (no ###, no cut headers), wrapped
 * rows as tall as their lines, and a rate card that fills one portrait page, A4 or Letter.
 */
import { planRateCardSheet } from "../../../src/core/report/sheets/planRateCard";
import { planResultsSheet } from "../../../src/core/report/sheets/planResults";
import { runFlow } from "../../../src/core/flow";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { cellText } from "../../../src/core/report/layout/cellText";
import { cellFont, cellFormat } from "../../../src/core/report/layout/blockCells";
import { fitWidth, lineHeight, wrappedLines } from "../../../src/core/report/layout/textWidth";
import type { Analysis, ClientResult } from "../../../src/core/pricing/results";
import type { Block, SheetSpec } from "../../../src/core/report/sheetPlan";
import { parseA1 } from "../../../src/core/workbook/address";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../../src/core/report/outputs/names";
import { LINDA, handAnalysis, handModel } from "./fixtures";
import { block } from "./planHelpers";
import { fitOnPage } from "./printedPage";

const samplePlan = runFlow(sampleGrids()).plan!;
const sampleResults = samplePlan.sheets.find((s) => s.name === RESULTS_SHEET)!;
const sampleCard = samplePlan.sheets.find((s) => s.name === RATE_CARD_SHEET)!;

/** A business ten thousand times the hand-made one: seven-figure monthly amounts, a negative saving. */
function bigAnalysis(): Analysis {
  const a = handAnalysis();
  const scale = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "number" && k !== "clients" ? v * 10_000 : v])) as T;
  a.segments = a.segments.map(scale);
  a.totals = scale(a.totals);
  a.clients = a.clients.map(scale);
  a.rateCard!.tiers = a.rateCard!.tiers.map((t) => ({ ...t, monthlyFee: t.monthlyFee * 100, includedValue: t.includedValue * 10, saving: t.includedValue * 10 - t.monthlyFee * 100 }));
  return a;
}

/** Every figure of the sheet's blocks: where it sits, its text as Excel shows it, and its font. */
function figures(spec: SheetSpec, ids?: string[]): { at: string; text: string; need: number; col: number }[] {
  const out: { at: string; text: string; need: number; col: number }[] = [];
  for (const b of spec.blocks.filter((x) => !ids || ids.includes(x.id))) {
    const { row, col } = parseA1(b.at);
    b.values.forEach((values, i) =>
      values.forEach((v, j) => {
        if (typeof v !== "number") return;
        const text = cellText(v, cellFormat(b, i, j) ?? undefined);
        out.push({ at: `${b.id}[${row + i + 1}, ${j}]`, text, need: fitWidth(text, cellFont(b, i)), col: col + j });
      }),
    );
  }
  return out;
}

function heightOf(spec: SheetSpec, row: number): number | undefined {
  return spec.rowHeights?.find((h) => h.row === row)?.height;
}

const topRow = (b: Block) => parseA1(b.at).row + 1;

describe("Pricing Results: columns fit their content", () => {
  const sheets = {
    sample: sampleResults,
    hand: planResultsSheet(handAnalysis(), handModel()),
    "seven figures": planResultsSheet(bigAnalysis(), handModel()),
    "in SEK": planResultsSheet(bigAnalysis(), handModel({ currency: "SEK" })),
  };

  it.each(Object.entries(sheets))("no key figure is wider than its column as formatted (%s)", (_, sheet) => {
    const width = sheet.columnWidths![1]!;
    for (const f of figures(sheet, ["kpiValues"])) expect({ at: f.at, text: f.text, fits: f.need <= width }).toEqual({ at: f.at, text: f.text, fits: true });
  });

  it("gives '4.3 home clients' (12 pt bold) room: the 14 characters it had showed ###", () => {
    const labels = block(sampleResults, "kpiLabels").values.map((r) => r[0]);
    const i = labels.indexOf("One small-business client earns as much as");
    const kpi = block(sampleResults, "kpiValues");
    expect(cellText(kpi.values[i]![0]!, kpi.cellFormats![i]![0]!)).toBe("4.3 home clients");
    expect(sampleResults.columnWidths![1]).toBeGreaterThanOrEqual(16);
  });

  it.each(Object.entries(sheets))("every figure of every table fits its column (%s)", (_, sheet) => {
    for (const f of figures(sheet, ["segments", "segmentTotals", "travelBands", "sensitivity", "clients"])) {
      expect({ at: f.at, text: f.text, fits: f.need <= sheet.columnWidths![f.col]! }).toEqual({ at: f.at, text: f.text, fits: true });
    }
  });

  it("wraps every table header in at most two lines, in a row tall enough for them", () => {
    for (const id of ["segments", "travelBands", "sensitivity", "clients"]) {
      const b = block(sampleResults, id);
      expect(b.wrapHeader).toBe(true);
      const lines = b.values[0]!.map((h, j) => wrappedLines(String(h), sampleResults.columnWidths![j]!, { bold: true }));
      expect(Math.max(...lines)).toBeLessThanOrEqual(2);
      expect(heightOf(sampleResults, topRow(b)) ?? 15).toBe(15 * Math.max(...lines));
    }
    // "Revenue with travel charge" does not fit on one line of its column: its header row is 30 pt.
    expect(heightOf(sampleResults, topRow(block(sampleResults, "sensitivity")))).toBe(30);
  });

  it("sets heights for the header rows only, however many clients there are", () => {
    const many: ClientResult[] = Array.from({ length: 50_000 }, (_, i) => ({ ...LINDA, client: `Client ${i}` }));
    const big = planResultsSheet(handAnalysis(many), handModel());
    expect(big.rowHeights!.length).toBeLessThanOrEqual(4);
    expect(big.rowHeights!.map((h) => h.row)).toContain(topRow(block(big, "clients")));
  });
});

describe("Rate Card: one page a consultant hands a client", () => {
  const cards = {
    sample: sampleCard,
    hand: planRateCardSheet(handAnalysis(), handModel()),
    "seven figures in SEK": planRateCardSheet(
      (() => {
        const a = bigAnalysis();
        a.rateCard!.currency = "SEK";
        return a;
      })(),
      handModel({ currency: "SEK" }),
    ),
  };

  it.each(Object.entries(cards))("prints on one portrait page at 90%% or more, A4 and Letter, using the page's width (%s)", (_, card) => {
    expect(card.print).toMatchObject({ orientation: "portrait", fitToPages: { wide: 1, tall: 1 } });
    for (const paper of ["A4", "Letter"] as const) {
      const { scale, widthFilled } = fitOnPage(card, paper);
      expect({ paper, readable: scale >= 0.9 }).toEqual({ paper, readable: true });
      expect({ paper, filled: widthFilled >= 0.9 }).toEqual({ paper, filled: true });
    }
  });

  it("gives each price-list row the height of its most wrapped cell: the sample's travel zones take a line each", () => {
    const list = block(sampleCard, "priceList");
    const rowOf = (term: string) => topRow(list) + list.values.findIndex((r) => String(r[0]).startsWith(term));
    // "Trip charge per visit:" and the sample's three zones, at 10 pt (14.25 pt a line).
    expect(heightOf(sampleCard, rowOf("Travel beyond"))).toBeGreaterThanOrEqual(4 * 14.25);
    expect(heightOf(sampleCard, rowOf("Minimum per visit"))).toBeLessThan(2 * 14.25);
  });

  it.each(Object.entries(cards))("no wrapped cell has more lines than its row holds (%s)", (_, card) => {
    for (const b of card.blocks.filter((x) => x.wrap)) {
      b.values.forEach((values, i) => {
        const font = cellFont(b, i);
        const lines = Math.max(1, ...values.map((v, j) => (typeof v === "string" ? wrappedLines(v, card.columnWidths![j]!, font) : 1)));
        const height = heightOf(card, topRow(b) + i) ?? 15;
        expect({ at: `${b.id}[${i}]`, fits: height >= lines * lineHeight(font.size) }).toEqual({ at: `${b.id}[${i}]`, fits: true });
      });
    }
  });

  it.each(Object.entries(cards))("every figure of the price list fits its column as formatted (%s)", (_, card) => {
    for (const f of figures(card, ["priceList"])) {
      expect({ at: f.at, text: f.text, fits: f.need <= card.columnWidths![f.col]! }).toEqual({ at: f.at, text: f.text, fits: true });
    }
  });

  it("wraps a long tier name in its column's header, in a row tall enough, the card still one readable page", () => {
    const a = handAnalysis();
    a.rateCard!.tiers[0]!.tier = "Essentials for home offices and very small practices";
    const card = planRateCardSheet(a, handModel());
    const list = block(card, "priceList");
    expect(list.values[0]![2]).toBe("Essentials for home offices and very small practices");
    // 53 characters, 12 pt bold, in a third of the page: two lines or more.
    expect(heightOf(card, topRow(list))).toBeGreaterThanOrEqual(2 * lineHeight(12));
    for (const paper of ["A4", "Letter"] as const) expect(fitOnPage(card, paper).scale).toBeGreaterThanOrEqual(0.9);
  });

  it("centres pay as you go and the tiers under their names, the terms down the left", () => {
    expect(block(sampleCard, "priceList").columnAlign).toEqual([null, "center", "center", "center", "center", "center"]);
  });
});
