/**
 * A duration as the consultant typed it (PRICING.md §1): text such as `1:30` (h:mm) or `1:30:00`
 * (h:mm:ss, as Toggl and Clockify export it), or a number in a cell formatted as a time, which
 * Excel stores as a fraction of a day (1:30 = 0.0625). The one rule for both, whichever shell read
 * the cell and whichever table it is in (the Time log's Hours, the Clients' hour and minute columns).
 */
const HOURS_MINUTES = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/;

/** `1:30` → 1.5, `0:45:30` → 0.758…; null when the text is not a duration. */
export function durationTextHours(text: string): number | null {
  const m = HOURS_MINUTES.exec(text.trim());
  return m ? Number(m[1]) + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600 : null;
}

/**
 * A time cell's number in hours: its fraction of a day carries the float noise of 1/24ths, so it
 * is rounded to the second the cell shows (0.0625 → 1.5).
 */
export function timeCellHours(dayFraction: number): number {
  return Math.round(dayFraction * 86_400) / 3600;
}
