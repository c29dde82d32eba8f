import { formatHours, formatIncrement, formatMoney, moneyFormat, wholeMoneyFormat } from "../../../src/core/report/layout/formats";

describe("money formats in the workbook's currency", () => {
  it.each([
    ["USD", '"$"#,##0.00'],
    ["EUR", '"€"#,##0.00'],
    ["GBP", '"£"#,##0.00'],
    ["usd", '"$"#,##0.00'],
    ["SEK", '#,##0.00 "SEK"'],
    ["JPY", '"¥"#,##0'],
  ])("%s → %s", (currency, format) => {
    expect(moneyFormat(currency)).toBe(format);
  });

  it("has a whole-unit variant for headline figures", () => {
    expect(wholeMoneyFormat("GBP")).toBe('"£"#,##0');
    expect(wholeMoneyFormat("CHF")).toBe('"CHF "#,##0');
  });

  it("cannot be broken by a stray quote in the currency code", () => {
    expect(moneyFormat('X"Y')).toBe('#,##0.00 "XY"');
  });
});

describe("amounts as text", () => {
  it.each([
    [1200, "USD", "$1,200.00"],
    [-122.5, "USD", "-$122.50"],
    [-0.001, "USD", "$0.00"],
    [45, "EUR", "€45.00"],
    [1200, "SEK", "1,200.00 SEK"],
    [1200, "JPY", "¥1,200"],
  ])("%d %s → %s", (amount, currency, text) => {
    expect(formatMoney(amount, currency)).toBe(text);
  });

  it("says hours and increments as a consultant would", () => {
    expect(formatHours(1)).toBe("1 hour");
    expect(formatHours(0.5)).toBe("0.5 hours");
    expect(formatIncrement(0.25)).toBe("15 minutes");
    expect(formatIncrement(0.1)).toBe("6 minutes");
    expect(formatIncrement(1)).toBe("1 hour");
    expect(formatIncrement(0)).toBe("Exact time (no rounding)");
  });
});
