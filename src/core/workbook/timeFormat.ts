/**
 * Is a number format a time of day or a duration (`h:mm`, `[h]:mm`, `h:mm:ss AM/PM`, `mm:ss`)?
 * Such a cell holds a fraction of a day, so `1:30` is 0.0625; hour columns read it as 1.5 h
 * (PRICING.md §1). A date, or a date with a time, is not a time. Both shells ask this of the
 * formats they see (ExcelJS `numFmt`, Office.js `Range.numberFormat`), so they hand the core the same cells.
 */
export function isTimeFormat(format: string | null | undefined): boolean {
  if (!format || format === "General") return false;
  // Quoted literals, escaped characters and colours/conditions say nothing; [h], [mm], [ss] do.
  const section = format.split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (/[dy]/i.test(section)) return false;
  return /\[?h+\]?\s*:\s*\[?m+/i.test(section) || /\[?m+\]?\s*:\s*s+/i.test(section);
}
