/**
 * A client's use said as people say it (PRICING.md §5b): "a visit every 4 months", "2 visits a
 * month", "3 visits every 2 months", "about 55 minutes" — never "0.25 visits a month".
 */
import { formatHours, formatNumber } from "../layout/formats";

/** Visits per month in words; "no visits on site" for 0. */
export function visitsInWords(perMonth: number): string {
  if (!(perMonth > 0)) return "no visits on site";
  // A whole number of visits every 1–12 months (0.25 = 1 every 4; 2/3 = 2 every 3), the fewest months first.
  for (let months = 1; months <= 12; months++) {
    const visits = Math.round(perMonth * months);
    if (visits >= 1 && Math.abs(visits - perMonth * months) < 0.02) return every(visits, months);
  }
  if (perMonth >= 1) return `about ${formatNumber(perMonth, 1)} visits a month`;
  return `about ${visitsWord(1)} every ${Math.round(1 / perMonth)} months`;
}

function every(visits: number, months: number): string {
  const count = visitsWord(visits);
  if (months === 1) return `${count} a month`;
  if (months === 12) return `${count} a year`;
  return `${count} every ${months} months`;
}

function visitsWord(n: number): string {
  return n === 1 ? "a visit" : `${formatNumber(n)} visits`;
}

/** A duration in words: under an hour in minutes (to the nearest 5), else hours ("about" where rounded). */
export function durationInWords(hours: number): string {
  if (!(hours > 0)) return "no time";
  if (hours < 1) {
    const minutes = Math.max(5, Math.round((hours * 60) / 5) * 5);
    return `${Math.abs(minutes - hours * 60) < 1e-9 ? "" : "about "}${minutes} minutes`;
  }
  const rounded = Math.round(hours * 100) / 100;
  return `${Math.abs(rounded - hours) < 1e-9 ? "" : "about "}${formatHours(rounded)}`;
}
