import { parseNumber, readNumber, readText, readYesNo } from "../../../src/core/workbook/parseNumber";

describe("numbers stored as text are numbers", () => {
  it.each([
    ["12", 12],
    [" 12 ", 12],
    ["$1,200", 1200],
    ["1,200.50", 1200.5],
    ["1,234,567", 1234567],
    ["50%", 0.5],
    ["12.5 %", 0.125],
    ["€ 45", 45],
    ["45 €", 45],
    ["£0.70", 0.7],
    ["(100)", -100],
    ["($1,200)", -1200],
    ["-3", -3],
    ["-$3", -3],
    ["$-3", -3],
    ["+4", 4],
    [".5", 0.5],
    ["1e3", 1000],
    ["\u00a012\u00a0", 12],
  ])("%j → %d", (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  it("keeps numeric cells as they are", () => {
    expect(parseNumber(0.25)).toBe(0.25);
    expect(parseNumber(0)).toBe(0);
  });
});

describe("what is not a number", () => {
  it.each(["abc", "12 miles", "1,2", "12,5", "1.2.3", "$", "%", "--5", "(−5)x", "1 200", "twelve"])("%j", (text) => {
    expect(readNumber(text).kind).toBe("invalid");
  });

  it("a TRUE/FALSE cell is not a number", () => {
    expect(readNumber(true).kind).toBe("invalid");
    expect(readNumber(false).kind).toBe("invalid");
  });

  it.each(["#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?"])("the error value %s is reported as such", (code) => {
    expect(readNumber(code)).toEqual({ kind: "excelError", code });
  });

  it.each([null, "", "   "])("%j is blank, not zero", (cell) => {
    expect(readNumber(cell).kind).toBe("blank");
    expect(parseNumber(cell)).toBeNull();
  });

  it("NaN and Infinity are not numbers", () => {
    expect(readNumber(Number.NaN).kind).toBe("invalid");
    expect(readNumber(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });
});

describe("Travel included: yes or no", () => {
  it.each([["Yes", true], ["yes", true], ["Y", true], ["TRUE", true], ["true", true], [" Yes ", true], [true, true], [1, true], ["1", true],
    ["No", false], ["n", false], ["FALSE", false], [false, false], [0, false], ["0", false]] as const)("%j → %s", (cell, value) => {
    expect(readYesNo(cell)).toEqual({ kind: "ok", value });
  });

  it.each(["maybe", "Included", 2])("%j is not a yes or no", (cell) => {
    expect(readYesNo(cell).kind).toBe("invalid");
  });

  it("blank is left to the caller (the column's default)", () => {
    expect(readYesNo(null).kind).toBe("blank");
  });
});

describe("text cells", () => {
  it("trims and shows numbers and booleans as Excel does", () => {
    expect(readText("  Acme  ")).toEqual({ kind: "ok", value: "Acme" });
    expect(readText(2024)).toEqual({ kind: "ok", value: "2024" });
    expect(readText(true)).toEqual({ kind: "ok", value: "TRUE" });
  });
});
