/**
 * Name matching for tables, headers and settings (PRICING.md §1): case-insensitive, ignoring
 * spaces and punctuation, so `TravelZones` = `Travel zones` = `travel_zones`.
 */

/** Lower case, letters and digits only (any script: `Übersicht` keeps its Ü). */
export function normalizeName(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * A header or setting name: as `normalizeName`, after dropping one trailing unit in parentheses
 * (or square brackets), so `Response time (hours)` = `response time` = `ResponseTime`.
 */
export function normalizeHeader(s: string): string {
  return normalizeName(s.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, ""));
}
