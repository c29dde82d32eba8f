import { normalizeName } from "../workbook/normalize";

/**
 * Segments group ignoring case and every character that is not a letter or digit (PRICING.md §3):
 * `small-business` = `Small Business` = ` small business `.
 */
export function segmentKey(segment: string): string {
  return normalizeName(segment);
}
