/**
 * How the pane writes numbers: money in the workbook's currency, percents, hours, plain counts,
 * all in the user's locale. One Formats object per (locale, currency), shared by the KPI cards
 * and the What-if section so both read the same way.
 */
export interface Formats {
  /** Whole units: annual totals ("$93,300"). */
  money(amount: number): string;
  /** With cents: rates ("$114.41"). */
  rate(amount: number): string;
  /** A difference, always signed ("+$4,200", "−$350"). */
  moneyChange(amount: number): string;
  /** A fraction as a percent with one decimal (0.544 → "54.4%"). */
  percent(fraction: number): string;
  /** Hours, at most one decimal ("1,234.5 h"). */
  hours(hours: number): string;
  /** Hours, at most two decimals ("0.25 h"): a billing increment of 0.25 h must not read 0.3. */
  preciseHours(hours: number): string;
  /** A plain number with at most one decimal ("3.2"). */
  number(value: number): string;
}

const MINUS = "\u2212";

/** A difference with its sign: "+3.2", "−3.2", and "±0" when it counts as none. */
export function signed(value: number, show: (abs: number) => string, isZero: (x: number) => boolean): string {
  if (isZero(value)) return `\u00b1${show(0)}`;
  return `${value > 0 ? "+" : MINUS}${show(Math.abs(value))}`;
}

function moneyFormat(locale: string | undefined, currency: string, digits: number): Intl.NumberFormat | null {
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    // Not a well-formed ISO 4217 code: fall back to the number followed by the code as typed.
    return null;
  }
}

export function makeFormats(locale: string | undefined, currency: string): Formats {
  const whole = moneyFormat(locale, currency, 0);
  const cents = moneyFormat(locale, currency, 2);
  const plainWhole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const plainCents = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Round first so that −0.4 does not show as "−$0".
  const money = (amount: number) => {
    const rounded = Math.round(amount) || 0;
    return whole ? whole.format(rounded) : `${plainWhole.format(rounded)} ${currency}`;
  };
  return {
    money,
    rate: (amount) => (cents ? cents.format(amount) : `${plainCents.format(amount)} ${currency}`),
    moneyChange: (amount) => signed(Math.round(amount) || 0, money, (x) => x === 0),
    percent: (fraction) => percent.format(fraction),
    hours: (hours) => `${oneDecimal.format(hours)} h`,
    preciseHours: (hours) => `${twoDecimals.format(hours)} h`,
    number: (value) => oneDecimal.format(value),
  };
}
