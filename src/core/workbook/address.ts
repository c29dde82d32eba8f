/**
 * A1-style addresses, as Excel writes them: sheet-relative (`E7`, `L2:S18`) for the plans and the
 * shells, sheet-qualified (`Clients!E7`) so a problem can name its cell and the add-in select it.
 * Rows and columns are 0-based in code, 1-based and lettered on screen.
 */

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
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

/** `E7` for row 6, column 4. */
export function a1(row0: number, col0: number): string {
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** `L2:S18` for its corners. */
export function rangeA1(top0: number, left0: number, bottom0: number, right0: number): string {
  return `${a1(top0, left0)}:${a1(bottom0, right0)}`;
}

/** `B7` → { row: 6, col: 1 } (`$` allowed); throws on anything else. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `L2:S18` → its corners (0-based). A single cell is a one-cell range. */
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

/**
 * The sheet name as it must appear before `!`: bare when Excel would leave it bare (letters,
 * digits and underscores, not starting with a digit, not readable as a cell reference),
 * otherwise in single quotes with inner apostrophes doubled: `'Travel Zones'`, `'Bob''s'`.
 */
export function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) && !looksLikeReference(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `A1`, `XFD1048576`, `R1C1`, `R`, `C`: names Excel would read as a reference. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** `Clients!E7`, `'Travel Zones'!A2`. */
export function cellAddress(sheet: string, row0: number, col0: number): string {
  return `${sheetPrefix(sheet)}!${a1(row0, col0)}`;
}

/** `Clients!A1:H1`; a single cell when both corners are the same. */
export function rangeAddress(sheet: string, row0: number, col0: number, row1: number, col1: number): string {
  const first = a1(Math.min(row0, row1), Math.min(col0, col1));
  const last = a1(Math.max(row0, row1), Math.max(col0, col1));
  return `${sheetPrefix(sheet)}!${first === last ? first : `${first}:${last}`}`;
}

/**
 * The reverse of `cellAddress`: `'Bob''s'!B2` → { sheet: "Bob's", range: "B2" }; sheet null when
 * the address names none. Shells read defined names' references (`'Pricing Results'!$A$1`) with it too.
 */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address.trim() };
  const sheet = address.slice(0, bang).trim();
  const unquoted = sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, range: address.slice(bang + 1).trim() };
}
