import { planSampleModel } from "../../../src/core/report/sheets/planSample";
import { sampleModelTables } from "../../../src/core/workbook/sample";
import { formatAt, valueAt } from "./planHelpers";

describe("the sample model as a plan", () => {
  const plan = planSampleModel();
  const tables = sampleModelTables();

  it("writes each of the five tables as an Excel table at A1 of its own sheet, header frozen", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(tables.map((t) => t.sheet));
    plan.sheets.forEach((sheet, i) => {
      expect(sheet.blocks).toHaveLength(1);
      const [b] = sheet.blocks;
      expect(b.at).toBe("A1");
      expect(b.table?.name).toBe(tables[i].tableName);
      expect(b.values).toEqual([tables[i].header, ...tables[i].rows]);
      expect(sheet.freezeRows).toBe(1);
    });
  });

  it("formats fees as money, hours as hours and the margin settings as percentages", () => {
    const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
    const tiers = sheet("Tiers");
    expect(valueAt(tiers, "B3")).toBe(900);
    expect(formatAt(tiers, "B3")).toBe('"$"#,##0.00');
    expect(formatAt(tiers, "C3")).toBe("0.00");
    const settings = sheet("Settings");
    const row = (label: string) => 2 + tables[0].rows.findIndex((r) => r[0] === label);
    expect(formatAt(settings, `B${row("Target margin")}`)).toBe("0%");
    expect(valueAt(settings, `B${row("Target margin")}`)).toBe(0.5);
    expect(formatAt(settings, `B${row("Hourly rate")}`)).toBe('"$"#,##0.00');
    expect(formatAt(settings, `B${row("Business name")}`)).toBeNull();
    expect(formatAt(sheet("Clients"), "H2")).toBe("0");
  });
});
