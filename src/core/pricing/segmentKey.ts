/**
 * Segments group ignoring case and every character that is not a letter or digit (PRICING.md §3):
 * `small-business` = `Small Business` = ` small business `. One rule for clients and tiers.
 */
export { segmentKey } from "../workbook/tierSegments";
