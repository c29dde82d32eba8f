/**
 * A cell as Excel would show it, for the formats the add-in writes: `"$"#,##0.00`, `#,##0.00 "SEK"`,
 * `0.0%`, `0.00`, `#,##0.##`, General, and times (`h:mm`, `[h]:mm`, `h:mm:ss`, `h:mm AM/PM`: a day's fraction,
 * 0.0625 shown as 1:30, as a user types a duration). Not a full number-format engine: anything else falls back to
 * General, which is still the right value. The layout measures this text to size columns; the
 * preview's workbook view shows it.
 */
import type { CellValue } from "../../workbook/grid";

export function cellText(value: CellValue, format?: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General") return general(value);
  return time(value, format) ?? formatted(value, format) ?? general(value);
}

/**
 * `h:mm`, `hh:mm:ss`, `[h]:mm` (elapsed: hours beyond 24 kept), `h:mm AM/PM`: the value is a
 * fraction of a day, rounded to the second as Excel rounds it for display. null for any other format.
 */
function time(n: number, format: string): string | null {
  const section = format.split(";")[0]!.replace(/"[^"]*"|\\./g, "").trim();
  const match = /^(\[h+\]|h{1,2}):(mm)(:ss)?(\s*AM\/PM)?$/i.exec(section);
  if (!match || n < 0) return null;
  const [, hours, , seconds, ampm] = match;
  const total = Math.round(n * 86400);
  const elapsed = hours.startsWith("[");
  let h = elapsed ? Math.floor(total / 3600) : Math.floor(total / 3600) % 24;
  const suffix = ampm ? ` ${h < 12 ? "AM" : "PM"}` : "";
  if (ampm) h = h % 12 === 0 ? 12 : h % 12;
  const two = (x: number) => String(x).padStart(2, "0");
  const hText = hours.replace(/[[\]]/g, "").length === 2 ? two(h) : String(h);
  return `${hText}:${two(Math.floor(total / 60) % 60)}${seconds ? `:${two(total % 60)}` : ""}${suffix}`;
}

/** Excel's General: up to 11 characters, about 10 significant digits. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatted(n: number, format: string): string | null {
  const section = format.split(";")[0]!;
  const literals: string[] = [];
  const pattern = section.replace(/"([^"]*)"/g, (_m, text: string) => {
    literals.push(text);
    return "\u0000";
  });
  const number = /[#0,]*0[#0,]*(\.[0#]+)?|#,##0(\.[0#]+)?/.exec(pattern);
  if (!number) return null;
  const before = pattern.slice(0, number.index).split("\u0000");
  const after = pattern.slice(number.index + number[0].length).split("\u0000");
  let li = 0;
  const withLiterals = (parts: string[]) => parts.map((p, i) => (i === 0 ? p : literals[li++] + p)).join("");
  const prefix = withLiterals(before).replace(/[\\_*]/g, "");
  const suffix = withLiterals(after).replace(/[\\_*]/g, "");
  const percent = suffix.includes("%") || prefix.includes("%");
  const decimals = number[0].split(".")[1] ?? "";
  const text = Math.abs(percent ? n * 100 : n).toLocaleString("en-US", {
    minimumFractionDigits: decimals.replace(/#/g, "").length,
    maximumFractionDigits: decimals.length,
    useGrouping: number[0].includes(","),
  });
  const sign = n < 0 && /[1-9]/.test(text) ? "-" : "";
  return `${sign}${prefix}${text}${suffix}`;
}
