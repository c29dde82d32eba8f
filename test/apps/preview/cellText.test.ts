import { cellText } from "../../../src/apps/preview/page/cellText";

describe("cellText: cells in the workbook view as Excel shows them", () => {
  it.each([
    [1234.5, '"$"#,##0.00', "$1,234.50"],
    [-122.5, '"$"#,##0.00', "-$122.50"],
    [93300.4, '"$"#,##0', "$93,300"],
    [1200.5, '#,##0.00 "SEK"', "1,200.50 SEK"],
    [0.5443, "0.0%", "54.4%"],
    [2.345, "0.00", "2.35"],
    [12.5, "#,##0.##", "12.5"],
    [12, "#,##0.##", "12"],
    [129, '0 "min"', "129 min"],
    [0.1 + 0.2, "General", "0.3"],
    [5, '"CHF "#,##0.00', "CHF 5.00"],
    // Times: a fraction of a day, as a duration typed "1:30" is stored (1.5 h / 24 = 0.0625).
    [0.0625, "h:mm", "1:30"],
    [0.0625, "[h]:mm", "1:30"],
    [1.25, "[h]:mm", "30:00"],
    [1.25, "h:mm", "6:00"],
    [0.0625 + 15 / 86400, "h:mm:ss", "1:30:15"],
    [0.0625, "hh:mm", "01:30"],
    [0.5625, "h:mm AM/PM", "1:30 PM"],
  ])("%p in %s reads %s", (value, format, text) => {
    expect(cellText(value, format)).toBe(text);
  });

  it("shows text, booleans and blanks as they are", () => {
    expect([cellText("=1+2"), cellText(true), cellText(null), cellText(""), cellText(42)]).toEqual(["=1+2", "TRUE", "", "", "42"]);
  });
});
