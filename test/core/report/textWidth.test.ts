/**
 * Measuring text in Excel's units: a column width counts "0"s of Calibri 11, a row line is 15 pt.
 * The estimate must never be narrower than Excel draws (a clipped word), so it errs a little wide.
 */
import { fitWidth, lineHeight, textWidth, widthForLines, wrappedLines } from "../../../src/core/report/layout/textWidth";

describe("textWidth", () => {
  it("counts a digit as one unit, with a little to spare", () => {
    const ten = textWidth("0123456789");
    expect(ten).toBeGreaterThanOrEqual(10);
    expect(ten).toBeLessThan(11);
  });

  it("knows narrow from wide letters, bold from regular, and scales with the font size", () => {
    expect(textWidth("iiii")).toBeLessThan(textWidth("0000") / 2);
    expect(textWidth("MMMM")).toBeGreaterThan(textWidth("0000") * 1.5);
    expect(textWidth("Revenue", { bold: true })).toBeGreaterThan(textWidth("Revenue"));
    expect(textWidth("Revenue", { size: 22 })).toBeCloseTo(2 * textWidth("Revenue"), 9);
  });

  it("gives CJK characters two units each", () => {
    expect(textWidth("東京")).toBeGreaterThanOrEqual(2 * textWidth("0") * 1.9);
  });
});

describe("wrappedLines", () => {
  it("is one line when the text fits the column, padding included", () => {
    expect(wrappedLines("1 hour", 10)).toBe(1);
    expect(fitWidth("1 hour")).toBeLessThanOrEqual(10);
  });

  it("breaks at spaces: two eight-digit words in a ten-unit column take two lines", () => {
    expect(wrappedLines("00000000 00000000", 10)).toBe(2);
    expect(wrappedLines("00000000 00000000", 20)).toBe(1);
  });

  it("breaks a word wider than the column inside it", () => {
    expect(wrappedLines("0".repeat(25), 10)).toBe(3);
  });

  it("starts a new line at each line break", () => {
    expect(wrappedLines("Trip charge:\nup to 25 miles: $45.00\nbeyond: $65.00", 40)).toBe(3);
  });
});

describe("widthForLines", () => {
  it("finds the narrowest width for a header in two lines", () => {
    const header = "Revenue with travel charge";
    const width = widthForLines(header, 2, { bold: true });
    expect(wrappedLines(header, width, { bold: true })).toBeLessThanOrEqual(2);
    expect(wrappedLines(header, width - 0.5, { bold: true })).toBeGreaterThan(2);
    expect(width).toBeLessThan(fitWidth(header, { bold: true }));
  });

  it("never goes below the longest word", () => {
    expect(widthForLines("Extraordinarily long", 5)).toBeGreaterThanOrEqual(fitWidth("Extraordinarily"));
  });
});

describe("lineHeight", () => {
  it("is Excel's 15 points for Calibri 11, and grows with the font", () => {
    expect(lineHeight()).toBe(15);
    expect(lineHeight(16)).toBeGreaterThanOrEqual(21);
    expect(lineHeight(9)).toBeGreaterThanOrEqual(12);
    expect(lineHeight(9)).toBeLessThan(15);
  });
});
