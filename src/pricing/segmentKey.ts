/** Segments group trimmed and case-insensitive (PRICING.md §3): `Home ` = `home`. */
export function segmentKey(segment: string): string {
  return segment.trim().toLowerCase();
}
