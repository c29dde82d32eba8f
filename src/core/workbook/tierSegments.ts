/**
 * A tier's `Segment` cell (PRICING.md §1 Tiers): the client segments the tier is offered to,
 * separated by commas or semicolons, each matched like a client segment (§3). Blank, `All`,
 * `Everyone` or `Any` offers it to every client.
 */
import { normalizeName } from "./normalize";

/** The words that offer a tier to every client, matched like segment names. */
const EVERYONE: ReadonlySet<string> = new Set(["all", "everyone", "any"]);

/** How a segment name compares: case and every character that is not a letter or digit ignored (§3). */
export function segmentKey(segment: string): string {
  return normalizeName(segment);
}

/**
 * The segment names listed in a tier's Segment cell, trimmed, in the order typed; null when the
 * tier is offered to every client (blank, or any listed name is All, Everyone or Any).
 */
export function offeredSegments(cell: string | null): string[] | null {
  if (cell === null) return null;
  const names = cell.split(/[,;]/).map((n) => n.trim()).filter((n) => segmentKey(n) !== "");
  if (names.length === 0 || names.some((n) => EVERYONE.has(segmentKey(n)))) return null;
  return names;
}
