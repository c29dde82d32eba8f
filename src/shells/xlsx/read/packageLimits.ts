/**
 * What a package must be before anything inflates it for ExcelJS: a zip whose central directory
 * is whole, whose part names are plain (ECMA-376 Part 2 §6.2.2: no absolute names, no `..`
 * segment, no `\`, valid %-escapes), and whose parts, inflated, stay within bounds. Sizes are
 * checked twice: as the central directory declares them, then while inflating (a size can lie:
 * zlib stops at the cap, `maxOutputLength`). So a zip bomb or a damaged package is refused in
 * seconds and in bounded memory, with a sentence, before ExcelJS sees it.
 */
import zlib from "node:zlib";

/** Why the package cannot be read; the message is a sentence for the consultant. */
export class PackageLimitError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "PackageLimitError";
  }
}

/** The most one part may inflate to, and all of them together (DECISIONS: Reading: package limits). */
export const LIMITS = {
  partBytes: 128 * 1024 * 1024,
  totalBytes: 320 * 1024 * 1024,
  parts: 10_000,
  /** `<c` elements over all worksheets: ExcelJS keeps an object per cell. */
  cells: 4_000_000,
} as const;

export interface PackagePart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of its local header. */
  local: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const DAMAGED = "the zip package is damaged";

/** The parts as the central directory lists them, every offset and length checked against the file. */
export function listParts(bytes: Buffer): PackagePart[] {
  const eocd = endOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new PackageLimitError(DAMAGED);
    const z = safeNumber(bytes.readBigUInt64LE(locator + 8));
    if (z + 56 > bytes.length || bytes.readUInt32LE(z) !== ZIP64_EOCD) throw new PackageLimitError(DAMAGED);
    count = safeNumber(bytes.readBigUInt64LE(z + 32));
    offset = safeNumber(bytes.readBigUInt64LE(z + 48));
  }
  if (count > LIMITS.parts) throw new PackageLimitError(`it holds ${count.toLocaleString("en-US")} parts, more than a workbook has`);
  const parts: PackagePart[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw new PackageLimitError(DAMAGED);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLength + extraLength > bytes.length) throw new PackageLimitError(DAMAGED);
    let compressedSize = bytes.readUInt32LE(p + 20);
    let size = bytes.readUInt32LE(p + 24);
    let local = bytes.readUInt32LE(p + 42);
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = bytes.readUInt16LE(e);
      const length = bytes.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        const next = () => (q + 8 <= e + 4 + length ? safeNumber(bytes.readBigUInt64LE((q += 8) - 8)) : 0xffffffff);
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (local === 0xffffffff) local = next();
      }
      e += 4 + length;
    }
    const flags = bytes.readUInt16LE(p + 8);
    const raw = bytes.subarray(p + 46, p + 46 + nameLength);
    parts.push({
      name: raw.toString(flags & 0x0800 ? "utf8" : "latin1"),
      method: bytes.readUInt16LE(p + 10),
      crc: bytes.readUInt32LE(p + 16),
      compressedSize,
      size,
      local,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new PackageLimitError(DAMAGED);
  return Number(n);
}

function endOfCentralDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  throw new PackageLimitError(`${DAMAGED} (it ends before its table of contents: was it cut short?)`);
}

/** Why a part name is not one a package may hold, or null (ECMA-376 Part 2 §6.2.2.2). */
export function badPartName(name: string): string | null {
  const why = (what: string) => `its part "${shown(name)}" ${what}`;
  if (name.startsWith("/")) return why("has an absolute name");
  if (name.includes("\\")) return why("has a backslash in its name");
  if (name.split("/").some((s) => s === ".." || s === ".")) return why('has a ".." in its name');
  if (/%(?![0-9A-Fa-f]{2})/.test(name)) return why("has a broken %-escape in its name");
  if ([...name].some(isControl)) return why("has a control character in its name");
  return null;
}

/**
 * Every check above, then each part inflated up to its cap and compared with its declared size and
 * checksum. Returns nothing: the bytes are fit for ExcelJS. Throws PackageLimitError otherwise.
 */
export function checkPackage(bytes: Buffer): void {
  const parts = listParts(bytes);
  let declared = 0;
  const seen = new Set<string>();
  for (const part of parts) {
    const bad = badPartName(part.name);
    if (bad) throw new PackageLimitError(bad);
    const key = part.name.toLowerCase();
    if (seen.has(key)) throw new PackageLimitError(`its part "${shown(part.name)}" is there twice`);
    seen.add(key);
    if (part.size > LIMITS.partBytes) throw new PackageLimitError(tooBig(part.name, part.size));
    declared += part.size;
    if (declared > LIMITS.totalBytes) throw new PackageLimitError(tooBigTotal(declared));
  }
  let inflated = 0;
  let cells = 0;
  for (const part of parts) {
    if (part.name.endsWith("/")) continue;
    const content = inflate(bytes, part);
    inflated += content.length;
    if (inflated > LIMITS.totalBytes) throw new PackageLimitError(tooBigTotal(inflated));
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
      cells += countCells(content);
      if (cells > LIMITS.cells) {
        throw new PackageLimitError(`its sheets hold more than ${LIMITS.cells.toLocaleString("en-US")} cells, more than this tool reads — keep the pricing tables in a smaller workbook`);
      }
    }
  }
}

function inflate(bytes: Buffer, part: PackagePart): Buffer {
  const at = part.local;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new PackageLimitError(`${DAMAGED} (part ${shown(part.name)})`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + part.compressedSize > bytes.length) throw new PackageLimitError(`${DAMAGED} (it is cut short)`);
  const data = bytes.subarray(start, start + part.compressedSize);
  let content: Buffer;
  if (part.method === 0) content = data;
  else if (part.method === 8) {
    try {
      content = zlib.inflateRawSync(data, { maxOutputLength: Math.min(part.size, LIMITS.partBytes) + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new PackageLimitError(`${DAMAGED} (part ${shown(part.name)} inflates to more than its header says: a zip bomb or a damaged file)`);
      }
      throw new PackageLimitError(`${DAMAGED} (part ${shown(part.name)} cannot be inflated)`);
    }
  } else throw new PackageLimitError(`its part ${shown(part.name)} uses a compression Excel does not write (method ${part.method})`);
  if (content.length !== part.size) throw new PackageLimitError(`${DAMAGED} (part ${shown(part.name)} is not the size its header says)`);
  if ((zlib.crc32(content) >>> 0) !== part.crc >>> 0) throw new PackageLimitError(`${DAMAGED} (part ${shown(part.name)} fails its checksum)`);
  return content;
}

/** `<c ` and `<c>` and `<c/>` openings, counted without decoding the part. */
function countCells(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf("<c"); i >= 0; i = xml.indexOf("<c", i + 2)) {
    const next = xml[i + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) n++;
  }
  return n;
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f;
}

/** A part name as a message may show it: no control characters, not too long. */
export function shown(name: string): string {
  return [...name.slice(0, 80)].map((c) => (isControl(c) ? "?" : c)).join("");
}

const MB = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString("en-US")} MB`;

function tooBig(name: string, size: number): string {
  return `its part ${shown(name)} would inflate to ${MB(size)}, more than ${MB(LIMITS.partBytes)}: a zip bomb, or far more than the pricing tables need`;
}

function tooBigTotal(size: number): string {
  return `its parts inflate to more than ${MB(LIMITS.totalBytes)} (${MB(size)} so far): a zip bomb, or far more than the pricing tables need`;
}
