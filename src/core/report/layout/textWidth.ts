/**
 * How much room text takes in a cell, in Excel's own units: a column width counts the "0"s of the
 * workbook font (Calibri 11, 7 px each) that fit, and a row height is in points. Plans use it to
 * size columns from their content and to give wrapped rows the height their lines need, so both
 * shells show the same layout without asking Excel to autofit. The estimate errs wide: a little
 * spare room is invisible, a clipped word is not.
 */
import type { BlockFont } from "./blockFonts";

/** Calibri's advance widths (1/2048 em) for printable ASCII, from the space to "~". */
const ASCII_WIDTHS = [
  463, 544, 653, 1019, 1038, 1464, 1397, 452, 621, 621, 1019, 1019, 511, 627, 517, 791, // space to /
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, // 0-9
  548, 548, 1019, 1019, 1019, 944, 1823, // : to @
  1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, // A-M
  1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, // N-Z
  627, 791, 627, 1019, 1019, 593, // [ to `
  981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, // a-m
  1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, // n-z
  640, 943, 640, 1019, // { to ~
];
const ZERO = 1038;
const EM = 2048;
/** Anything else: a wide letter, or two units for CJK and emoji. */
const OTHER = 1100;
const WIDE_FROM = 0x2e80;

const BOLD = 1.05;
/** Screen hinting rounds glyphs to whole pixels, mostly up; a wrapped line also needs some slack. */
const SAFETY = 1.08;
/** A cell's text starts and ends a few pixels inside its column. */
export const CELL_PADDING = 0.7;
const BASE_SIZE = 11;

function charWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20]!;
  if (code === 0x2014) return EM; // em dash
  return code >= WIDE_FROM ? EM : OTHER;
}

/** Width of one line of text, in "0"s of Calibri 11. */
export function textWidth(text: string, font: BlockFont = {}): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0)!);
  const scale = ((font.size ?? BASE_SIZE) / BASE_SIZE) * (font.bold ? BOLD : 1) * SAFETY;
  return (units / ZERO) * scale;
}

/**
 * Lines the text takes when wrapped in a column this wide: Excel breaks at spaces, and inside a
 * word only when the word alone is wider than the column.
 */
export function wrappedLines(text: string, columnWidth: number, font: BlockFont = {}): number {
  const room = Math.max(columnWidth - CELL_PADDING, 0.5);
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const w = textWidth(word, font);
      if (line > 0 && line + space + w <= room) {
        line += space + w;
        continue;
      }
      if (line > 0) lines++;
      const extra = Math.max(0, Math.ceil(w / room) - 1); // a word wider than the column breaks anywhere
      lines += extra;
      line = w - extra * room;
    }
  }
  return lines;
}

/** The narrowest width (to half a unit) at which the text takes at most `maxLines` lines. */
export function widthForLines(text: string, maxLines: number, font: BlockFont = {}): number {
  const longestWord = Math.max(0, ...text.split(/[ \n]/).map((w) => textWidth(w, font)));
  const oneLine = Math.max(0, ...text.split("\n").map((p) => textWidth(p, font)));
  let width = roundUpHalf(longestWord + CELL_PADDING);
  while (width < oneLine + CELL_PADDING && wrappedLines(text, width, font) > maxLines) width += 0.5;
  return width;
}

/** Width a single line of text needs in its column, padding included (to half a unit). */
export function fitWidth(text: string, font: BlockFont = {}): number {
  return roundUpHalf(textWidth(text, font) + CELL_PADDING);
}

/** Points per line of text: 15 for Calibri 11 as Excel sizes a row, in whole pixels (0.75 pt). */
export function lineHeight(fontSize: number = BASE_SIZE): number {
  return Math.ceil((fontSize * 15) / BASE_SIZE / 0.75) * 0.75;
}

function roundUpHalf(x: number): number {
  return Math.ceil(x * 2 - 1e-9) / 2;
}
