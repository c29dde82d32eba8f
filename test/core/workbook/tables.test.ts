import { locateTables, TABLES, TABLE_KEYS } from "../../../src/core/workbook/tables";

describe("locateTables", () => {
  it("prefers an Excel table of that name, matched loosely", () => {
    const found = locateTables({
      tables: [{ name: "Travel_Zones", sheet: "Pricing inputs" }, { name: "tblClients", sheet: "Clients" }],
      sheets: ["Pricing inputs", "Clients", "Travel Zones"],
    });
    expect(found.travelZones).toEqual({ source: "table", tableName: "Travel_Zones", sheet: "Pricing inputs" });
  });

  it("falls back to a sheet of that name when no table has it", () => {
    const found = locateTables({ tables: [{ name: "ClientList", sheet: "Clients" }], sheets: ["clients", "TIERS", "Travel zones"] });
    expect(found.clients).toEqual({ source: "sheet", sheet: "clients" });
    expect(found.tiers).toEqual({ source: "sheet", sheet: "TIERS" });
    expect(found.travelZones).toEqual({ source: "sheet", sheet: "Travel zones" });
  });

  it("is null for a table that is nowhere", () => {
    const found = locateTables({ tables: [], sheets: ["Sheet1"] });
    for (const key of TABLE_KEYS) expect(found[key]).toBeNull();
  });

  it("finds all five tables of a workbook laid out like the sample", () => {
    const tables = TABLE_KEYS.map((k) => ({ name: TABLES[k].tableName, sheet: TABLES[k].sheetName }));
    const found = locateTables({ tables, sheets: tables.map((t) => t.sheet) });
    for (const key of TABLE_KEYS) {
      expect(found[key]).toEqual({ source: "table", tableName: TABLES[key].tableName, sheet: TABLES[key].sheetName });
    }
  });

  it("gives the columns each table needs", () => {
    const required = (k: keyof typeof TABLES) => TABLES[k].columns.filter((c) => c.required).map((c) => c.header);
    expect(required("clients")).toEqual(["Client", "Segment", "Distance", "Visits per month"]);
    expect(required("tiers")).toEqual(["Tier", "Monthly fee"]);
    expect(required("settings")).toEqual(["Setting", "Value"]);
    expect(required("travelZones")).toEqual(["Up to", "Trip charge"]);
    expect(required("benefits")).toEqual(["Benefit"]);
  });
});
