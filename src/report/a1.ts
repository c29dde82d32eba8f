/** Sheet-relative A1 addresses for the plans (0-based row and column in, "B7" out). */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col0: number): string {
  let n = col0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

export function rangeA1(top0: number, left0: number, bottom0: number, right0: number): string {
  return `${a1(top0, left0)}:${a1(bottom0, right0)}`;
}

/** "B7" → { row: 6, col: 1 } (0-based); throws on anything else. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "L2:S18" → its corners (0-based). A single cell is a one-cell range. */
export function parseRangeA1(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
