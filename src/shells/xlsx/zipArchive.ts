/**
 * The .xlsx package as a zip archive, read and written at the level of its entries. The result
 * workbook is the input's entries copied as they are (their compressed bytes, CRC and all: never
 * inflated, never deflated again) plus the few parts we write, deflated with Node's zlib. So the
 * cost of a result grows with the parts we add, not with the size of what we copy (a 20 MB pivot
 * cache is one memory copy).
 * Only what an .xlsx needs of the zip format (APPNOTE.TXT 6.3): stored and deflated entries,
 * Zip64 sizes and offsets read; archives split over several disks are not workbooks.
 */
import zlib from "node:zlib";

export interface ZipEntry {
  /** The part name as stored ("xl/workbook.xml"). */
  name: string;
  /** The name's bytes as stored, so it is written back exactly. */
  rawName: Buffer;
  /** 0 = stored, 8 = deflated. */
  method: number;
  /** General-purpose flags, minus the data-descriptor bit (sizes go in the local header here). */
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  /** The compressed bytes (a view into the input buffer for copied entries). */
  data: Buffer;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x0800;
const DESCRIPTOR_FLAG = 0x0008;

/** The archive's entries in central-directory order. */
export function readZip(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_EOCD_LOCATOR) throw new ZipFormatError("damaged Zip64 archive");
    const z = Number(buffer.readBigUInt64LE(locator + 8));
    if (buffer.readUInt32LE(z) !== ZIP64_EOCD) throw new ZipFormatError("damaged Zip64 archive");
    count = Number(buffer.readBigUInt64LE(z + 32));
    offset = Number(buffer.readBigUInt64LE(z + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("damaged central directory");
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    const dosTime = buffer.readUInt16LE(p + 12);
    const dosDate = buffer.readUInt16LE(p + 14);
    const crc = buffer.readUInt32LE(p + 16);
    let compressedSize = buffer.readUInt32LE(p + 20);
    let size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    let local = buffer.readUInt32LE(p + 42);
    const rawName = buffer.subarray(p + 46, p + 46 + nameLength);
    // Zip64 extra field (id 1): the 64-bit values, in this order, for those set to 0xFFFFFFFF.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = buffer.readUInt16LE(e);
      const length = buffer.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = Number(buffer.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(buffer.readBigUInt64LE(q));
          q += 8;
        }
        if (local === 0xffffffff) local = Number(buffer.readBigUInt64LE(q));
      }
      e += 4 + length;
    }
    if (buffer.readUInt32LE(local) !== LOCAL) throw new ZipFormatError(`damaged entry ${rawName.toString()}`);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries.push({
      name: rawName.toString(flags & UTF8_FLAG ? "utf8" : "latin1"),
      rawName,
      method,
      flags: flags & ~DESCRIPTOR_FLAG,
      crc,
      compressedSize,
      size,
      dosTime,
      dosDate,
      data: buffer.subarray(dataStart, dataStart + compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipFormatError("not a zip archive");
}

/** An entry's uncompressed bytes. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return zlib.inflateRawSync(entry.data);
  throw new ZipFormatError(`${entry.name} uses zip compression method ${entry.method}`);
}

/** A new entry holding `content`, deflated. */
export function newEntry(name: string, content: string | Buffer, like?: Pick<ZipEntry, "dosTime" | "dosDate">): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const rawName = Buffer.from(name, "utf8");
  const { time, date } = like ? { time: like.dosTime, date: like.dosDate } : dosNow();
  const data = zlib.deflateRawSync(bytes, { level: 6 });
  return {
    name,
    rawName,
    method: 8,
    flags: /[^\x20-\x7e]/.test(name) ? UTF8_FLAG : 0,
    crc: zlib.crc32(bytes) >>> 0,
    compressedSize: data.length,
    size: bytes.length,
    dosTime: time,
    dosDate: date,
    data,
  };
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive of these entries, in this order (Zip64 records only when sizes or offsets need them). */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressedSize = entry.data.length;
    const big = compressedSize >= 0xffffffff || entry.size >= 0xffffffff || offset >= 0xffffffff;
    const zip64 = big ? zip64Extra(entry.size, compressedSize, offset) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(big ? 45 : 20, 4);
    local.writeUInt16LE(entry.flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.dosTime, 10);
    local.writeUInt16LE(entry.dosDate, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(big ? 0xffffffff : compressedSize, 18);
    local.writeUInt32LE(big ? 0xffffffff : entry.size, 22);
    local.writeUInt16LE(entry.rawName.length, 26);
    local.writeUInt16LE(zip64.length, 28);
    chunks.push(local, entry.rawName, zip64, entry.data);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(big ? 45 : 20, 4);
    header.writeUInt16LE(big ? 45 : 20, 6);
    header.writeUInt16LE(entry.flags, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(entry.dosTime, 12);
    header.writeUInt16LE(entry.dosDate, 14);
    header.writeUInt32LE(entry.crc >>> 0, 16);
    header.writeUInt32LE(big ? 0xffffffff : compressedSize, 20);
    header.writeUInt32LE(big ? 0xffffffff : entry.size, 24);
    header.writeUInt16LE(entry.rawName.length, 28);
    header.writeUInt16LE(zip64.length, 30);
    header.writeUInt32LE(big ? 0xffffffff : offset, 42);
    central.push(header, entry.rawName, zip64);
    offset += local.length + entry.rawName.length + zip64.length + compressedSize;
  }
  const centralBytes = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (offset >= 0xffffffff || entries.length >= 0xffff) {
    const z = Buffer.alloc(56);
    z.writeUInt32LE(ZIP64_EOCD, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(entries.length), 24);
    z.writeBigUInt64LE(BigInt(entries.length), 32);
    z.writeBigUInt64LE(BigInt(centralBytes.length), 40);
    z.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(ZIP64_EOCD_LOCATOR, 0);
    locator.writeBigUInt64LE(BigInt(offset + centralBytes.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(z, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(Math.min(offset, 0xffffffff), 16);
  return Buffer.concat([...chunks, centralBytes, ...tail, end]);
}

function zip64Extra(size: number, compressedSize: number, offset: number): Buffer {
  const extra = Buffer.alloc(28);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(size), 4);
  extra.writeBigUInt64LE(BigInt(compressedSize), 12);
  extra.writeBigUInt64LE(BigInt(offset), 20);
  return extra;
}
