/** Columns sized from their content, and wrapped rows given the height of their lines. */
import { contentWidths } from "../../../src/core/report/layout/contentWidths";
import { wrappedRowHeights } from "../../../src/core/report/layout/wrappedRowHeights";
import { fitWidth, widthForLines } from "../../../src/core/report/layout/textWidth";
import type { Block } from "../../../src/core/report/sheetPlan";

const USD = '"$"#,##0.00';
const LIMITS = { min: 8, max: 40 };

describe("contentWidths", () => {
  it("fits the widest figure as formatted, a negative one included", () => {
    const table: Block = {
      id: "t",
      at: "A1",
      values: [["Cost"], [5], [-12345.67], [99]],
      table: { name: "T" },
      columnFormats: [USD],
    };
    const [width] = contentWidths([table], 1, LIMITS);
    expect(width).toBeGreaterThanOrEqual(fitWidth("-$12,345.67"));
    expect(width).toBeGreaterThanOrEqual("-$12,345.67".length);
  });

  it("measures per-cell formats in the block's font (a 12 pt bold KPI is wider than plain text)", () => {
    const kpi: Block = { id: "k", at: "B1", values: [[3.9]], cellFormats: [['0.0" home clients"']], style: "kpiValue" };
    const widths = contentWidths([kpi], 2, LIMITS);
    expect(widths[0]).toBe(LIMITS.min); // column A holds nothing measured
    expect(widths[1]).toBeGreaterThanOrEqual(fitWidth("3.9 home clients", { size: 12, bold: true }));
    expect(widths[1]).toBeGreaterThan(fitWidth("3.9 home clients"));
  });

  it("lets a wrapped header take two lines instead of widening its column", () => {
    const table: Block = {
      id: "s",
      at: "A1",
      values: [["Revenue with travel charge"], [281.25]],
      table: { name: "S" },
      columnFormats: [USD],
      wrapHeader: true,
    };
    const [width] = contentWidths([table], 1, LIMITS);
    expect(width).toBe(widthForLines("Revenue with travel charge", 2, { bold: true }));
    expect(width).toBeLessThan(fitWidth("Revenue with travel charge", { bold: true }));
    const unwrapped = contentWidths([{ ...table, wrapHeader: false }], 1, LIMITS)[0];
    expect(unwrapped).toBe(fitWidth("Revenue with travel charge", { bold: true }));
  });

  it("keeps every column within the limits", () => {
    const names: Block = { id: "n", at: "A1", values: [["x".repeat(200)], ["ab"]] };
    expect(contentWidths([names], 2, LIMITS)).toEqual([LIMITS.max, LIMITS.min]);
  });
});

describe("wrappedRowHeights", () => {
  const comparison: Block = {
    id: "c",
    at: "A5",
    values: [
      ["Terms", "Pay as you go"],
      ["Labour rate", "$125.00 per hour"],
      ["Travel", "Trip charge per visit:\nup to 25 miles: $45.00\nbeyond: $65.00"],
    ],
    table: { name: "C" },
    wrap: true,
  };

  it("gives a row 15 points per line of its tallest cell, 1-based, and leaves one-line rows alone", () => {
    expect(wrappedRowHeights([comparison], [12, 30])).toEqual([{ row: 7, height: 45 }]);
  });

  it("counts the lines at the given column width", () => {
    const narrow = wrappedRowHeights([comparison], [12, 12]);
    expect(narrow.find((h) => h.row === 6)).toEqual({ row: 6, height: 30 }); // "$125.00 per hour" in two lines
    expect(narrow.find((h) => h.row === 7)!.height).toBeGreaterThanOrEqual(60);
  });

  it("wraps only the header row of a table marked wrapHeader", () => {
    const table: Block = {
      id: "s",
      at: "A3",
      values: [["Drive minutes (one way)", "Revenue with travel charge"], [5, "a long text that is not wrapped at all"]],
      table: { name: "S" },
      wrapHeader: true,
    };
    expect(wrappedRowHeights([table], [30, 16])).toEqual([{ row: 3, height: 30 }]);
  });

  it("uses the block's font: a 9 pt note needs less than 15 points a line", () => {
    const note: Block = { id: "n", at: "A1", values: [["one two three four five six"]], style: "note", wrap: true };
    const [small] = wrappedRowHeights([note], [8]);
    const [body] = wrappedRowHeights([{ ...note, style: "body" }], [8]);
    expect(small!.height % 12.75).toBe(0); // whole lines of a 9 pt font
    expect(small!.height).toBeGreaterThanOrEqual(2 * 12.75);
    expect(small!.height).toBeLessThan(body!.height);
  });

  it("never asks for more than Excel's 409-point row", () => {
    const essay: Block = { id: "e", at: "A1", values: [["word ".repeat(2000)]], wrap: true };
    expect(wrappedRowHeights([essay], [10])).toEqual([{ row: 1, height: 409 }]);
  });
});
