/**
 * Headings as consultants and PSA/accounting exports write them (PRICING.md §1): `Plan` = `Tier`,
 * `Hrs per visit` = `Hours per visit`, `Visits/mo` = `Visits per month`, `Dist (mi)` = `Distance`.
 * A heading is compared twice: as a plain name (case, spaces, punctuation and a trailing unit in
 * brackets ignored) and as its words with abbreviations expanded (`hrs` → hours, `mo` → month,
 * `/` → per, `min` → minimum before fee or hours, minutes otherwise) and plurals dropped.
 * The vocabulary itself is data: each column's `aliases` in tables.ts, each setting's in settingNames.ts.
 */
import { normalizeHeader, normalizeName } from "./normalize";

const ABBREVIATIONS: Record<string, string> = {
  h: "hours", hr: "hours", hrs: "hours", hour: "hours", hrly: "hourly",
  mo: "month", mos: "month", mth: "month", mths: "month", mnth: "month", months: "month", monthly: "monthly",
  pm: "per month", wk: "week", yr: "year",
  dist: "distance", mi: "miles", mile: "miles", kms: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mins: "minutes", minute: "minutes",
  tech: "technician", techs: "technician", incl: "included", inc: "included", includes: "included", including: "included",
  resp: "response", avg: "average", ave: "average", max: "maximum", no: "number", num: "number", qty: "quantity",
  onsite: "on site", "on-site": "on site", amt: "amount", addl: "additional", add: "additional", extra: "extra",
  cust: "customer", acct: "account", org: "organisation", organization: "organisation",
  travelling: "travel", traveling: "travel",
};

/** Words that say nothing about which column a heading is. */
const STOP_WORDS = new Set(["per", "of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "each", "way", "one", "number", "total", "site"]);

/** `RemoteHoursPerMonth` → `Remote Hours Per Month`; `/` → per; `&` → and. */
function words(heading: string): string[] {
  const text = heading
    .normalize("NFKC")
    .replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, "")
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/\//g, " per ")
    .replace(/&/g, " and ")
    .toLowerCase();
  const raw = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    if (w === "min") {
      // PRICING.md §1: min means minimum before fee or hours, minutes otherwise.
      const next = raw[i + 1];
      const minimum = next !== undefined && /^(?:fee|charge|hours?|hrs?|h)$/.test(next);
      out.push(minimum ? "minimum" : "minutes");
      continue;
    }
    out.push(...(ABBREVIATIONS[w] ?? w).split(" "));
  }
  return out.map(singular);
}

function singular(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The two keys a heading is compared by. */
export interface HeadingKeys {
  plain: string;
  expanded: string;
  /** The meaningful words, for "this heading may be …" suggestions. */
  words: readonly string[];
}

export function headingKeys(heading: string): HeadingKeys {
  const w = words(heading);
  return { plain: normalizeHeader(heading), expanded: w.join(""), words: w.filter((x) => !STOP_WORDS.has(x)) };
}

/** Does a heading in the workbook name this vocabulary entry? */
export function sameHeading(a: HeadingKeys, b: HeadingKeys): boolean {
  return (a.plain !== "" && a.plain === b.plain) || (a.expanded !== "" && a.expanded === b.expanded);
}

/** How many meaningful words two headings share (0 = unrelated). */
export function sharedWords(a: HeadingKeys, b: HeadingKeys): number {
  const theirs = new Set(b.words);
  return new Set(a.words.filter((w) => theirs.has(w))).size;
}

/** The unit in a heading's trailing brackets or last word, normalised: `Distance (km)` → `km`. */
export function headingUnit(heading: string): string | null {
  const bracket = /(?:\(([^()]*)\)|\[([^[\]]*)\])\s*$/.exec(heading.trim());
  if (bracket) return normalizeName(bracket[1] ?? bracket[2] ?? "");
  const last = heading.trim().split(/[\s_]+/).pop() ?? "";
  return normalizeName(last);
}
