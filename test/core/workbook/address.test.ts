import { cellAddress, columnLetter, rangeAddress, sheetPrefix } from "../../../src/core/workbook/address";

describe("columnLetter", () => {
  it.each([[0, "A"], [4, "E"], [25, "Z"], [26, "AA"], [27, "AB"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]])(
    "column %i is %s", (col, letters) => {
      expect(columnLetter(col)).toBe(letters);
    });
});

describe("cellAddress", () => {
  it("names a cell the way a consultant reads it", () => {
    expect(cellAddress("Clients", 6, 4)).toBe("Clients!E7");
  });

  it("quotes sheet names with spaces, as Excel does", () => {
    expect(cellAddress("Travel Zones", 1, 0)).toBe("'Travel Zones'!A2");
  });

  it("doubles apostrophes inside a quoted sheet name", () => {
    expect(cellAddress("Bob's clients", 0, 0)).toBe("'Bob''s clients'!A1");
  });

  it.each(["2024", "A1", "R1C1", "Clients-2", "Tiers.old"])("quotes %s", (sheet) => {
    expect(sheetPrefix(sheet)).toBe(`'${sheet}'`);
  });

  it.each(["Clients", "Travel_Zones", "Settings2"])("leaves %s bare", (sheet) => {
    expect(sheetPrefix(sheet)).toBe(sheet);
  });
});

describe("rangeAddress", () => {
  it("spans the two corners", () => {
    expect(rangeAddress("Clients", 0, 0, 0, 7)).toBe("Clients!A1:H1");
    expect(rangeAddress("Travel Zones", 2, 1, 9, 2)).toBe("'Travel Zones'!B3:C10");
  });

  it("is one cell when the corners meet", () => {
    expect(rangeAddress("Benefits", 0, 0, 0, 0)).toBe("Benefits!A1");
  });
});
