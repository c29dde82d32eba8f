/** Text from the workbook must land in Excel as the same text: never a formula, number or date. */
import { cellInput } from "../../../src/shells/excel/cellInput";

describe("cellInput", () => {
  test.each(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "12", "0042", "$1,200", "50%", "TRUE", "#N/A", "Jan 5", "March 2024", "dec-25"])(
    "%s is sent with an apostrophe so Excel keeps it as typed",
    (text) => {
      expect(cellInput(text)).toBe(`'${text}`);
    },
  );

  test.each(["Acme Dental", "May Family", "Hourly", "Small business", "Marchetti & Sons"])("%s is sent as it is", (text) => {
    expect(cellInput(text)).toBe(text);
  });

  test("numbers stay numbers and non-finite numbers become blank", () => {
    expect(cellInput(777.5)).toBe(777.5);
    expect(cellInput(Number.NaN)).toBeNull();
    expect(cellInput(null)).toBeNull();
  });
});
