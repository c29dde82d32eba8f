/**
 * A1-style addresses, as Excel writes them, so a problem can name its cell (`Clients!E7`) and the
 * add-in can select it. Rows and columns are 0-based in code, 1-based and lettered on screen.
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
