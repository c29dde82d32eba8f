import { toCellValue, excelSerial } from "../../../src/shells/xlsx/read/cellValue";

describe("ExcelJS cell values as the user sees them", () => {
  it("keeps plain numbers, text and booleans", () => {
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue(" 12 ")).toBe(" 12 ");
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(null)).toBeNull();
    expect(toCellValue(undefined)).toBeNull();
  });

  it("turns a date into its Excel serial number", () => {
    expect(excelSerial(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(toCellValue(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(toCellValue(new Date(Date.UTC(2024, 0, 1, 12)))).toBe(45292.5);
  });

  it("reads rich text as its plain text", () => {
    expect(toCellValue({ richText: [{ text: "Acme " }, { font: { bold: true }, text: "Dental" }] })).toBe("Acme Dental");
  });

  it("reads a formula as its cached result, shared formulas too", () => {
    expect(toCellValue({ formula: "B2*2", result: 40 })).toBe(40);
    expect(toCellValue({ sharedFormula: "C2", result: "Home" })).toBe("Home");
    expect(toCellValue({ formula: "B2*2" })).toBeNull();
    expect(toCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  });

  it("reads an error cell as its text, and a hyperlink as its text", () => {
    expect(toCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(toCellValue({ text: "Acme", hyperlink: "https://example.com" })).toBe("Acme");
    expect(toCellValue({ text: { richText: [{ text: "Ac" }, { text: "me" }] }, hyperlink: "x" })).toBe("Acme");
  });
});
