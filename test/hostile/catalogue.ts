/**
 * Hostile files, generated here: zip bombs and size lies, entity expansion and external entities,
 * truncations, traversal names, pathological XML and wrong formats. Each is a workbook a
 * consultant might be handed (or a file made to hurt), built from the §8 worked example written by
 * ExcelJS, then broken at the byte level. `expected` is the exit code PRICING.md §7 gives it.
 */
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ACME, CLIENT_HEADER, TIERS } from "./helpers";

export interface HostileFile {
  name: string;
  /** What the file is made to do. */
  what: string;
  bytes: () => Buffer | Promise<Buffer>;
  /** 2: refused with a sentence; 0: read as it is (a valid file with an odd claim). */
  expected: 0 | 1 | 2;
  /** Words stderr must hold (exit 2). */
  says?: RegExp;
}

/** §8's workbook (plain sheets: Tiers = sheet1, Clients = sheet2, Benefits = sheet3), as ExcelJS writes it. */
export async function baseWorkbook(options: { clientsTable?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const tiers = wb.addWorksheet("Tiers");
  for (const r of TIERS) tiers.addRow(r);
  const clients = wb.addWorksheet("Clients");
  if (options.clientsTable) clients.addTable({ name: "Clients", ref: "A1", columns: CLIENT_HEADER.map((name) => ({ name })), rows: [ACME] });
  else {
    clients.addRow(CLIENT_HEADER);
    clients.addRow(ACME);
  }
  const benefits = wb.addWorksheet("Benefits");
  for (const b of ["Benefit", "Priority response", "Fixed monthly cost", "Remote support", "Patching", "Backups checked", "Quarterly review"]) benefits.addRow([b]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The base package with parts replaced (a function gets the old text), added, or removed (null). */
async function edited(parts: Record<string, string | Buffer | null | ((xml: string) => string)>, base?: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base ?? (await baseWorkbook()));
  for (const [name, edit] of Object.entries(parts)) {
    if (edit === null) zip.remove(name);
    else if (typeof edit === "function") zip.file(name, edit(await zip.file(name)!.async("string")));
    else zip.file(name, edit);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const CLIENTS = "xl/worksheets/sheet2.xml";
const SHEET_DATA_END = "</sheetData>";

/** A raw deflate stream that inflates to `megabytes` MB of zeros, built from one repeated byte-aligned block (fast to make). */
function zerosStream(megabytes: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const end = Buffer.from([0x03, 0x00]);
  const blocks = new Array<Buffer>(megabytes).fill(block);
  return Buffer.concat([...blocks, end]);
}

interface RawEntry {
  name: string;
  data: Buffer;
  method?: number;
  crc?: number;
  size: number;
  flags?: number;
}

/** A zip written byte by byte, so its headers can say what we want (sizes that lie, odd names, methods). */
export function rawZip(entries: RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const big = e.size >= 0xffffffff;
    const extra = big ? Buffer.alloc(20) : Buffer.alloc(0);
    if (big) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(e.size), 4);
      extra.writeBigUInt64LE(BigInt(e.data.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(e.flags ?? 0x0800, 6);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(big ? 0xffffffff : e.data.length, 18);
    local.writeUInt32LE(big ? 0xffffffff : e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    chunks.push(local, name, extra, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(e.flags ?? 0x0800, 8);
    c.writeUInt16LE(e.method ?? 8, 10);
    c.writeUInt32LE(e.crc ?? 0, 16);
    c.writeUInt32LE(big ? 0xffffffff : e.data.length, 20);
    c.writeUInt32LE(big ? 0xffffffff : e.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(offset, 42);
    central.push(c, name, extra);
    offset += 30 + name.length + extra.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** The base workbook's parts as raw entries (deflated, true sizes and checksums), for rawZip. */
async function baseEntries(): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(await baseWorkbook());
  const out: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name]!.dir) continue;
    const content = await zip.file(name)!.async("nodebuffer");
    out.push({ name, data: zlib.deflateRawSync(content), size: content.length, crc: zlib.crc32(content) >>> 0 });
  }
  return out;
}

/** The base package plus (or with a part replaced by) one raw entry. */
async function withRawEntry(entry: RawEntry, replace = false): Promise<Buffer> {
  const entries = (await baseEntries()).filter((e) => !replace || e.name !== entry.name);
  return rawZip([...entries, entry]);
}

function entry(name: string, content: string | Buffer): RawEntry {
  const bytes = Buffer.from(content);
  return { name, data: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) >>> 0 };
}

const CANNOT = /Cannot read .*cannot read this file|Cannot read .*not an \.xlsx workbook/;

const LAUGHS = `<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]>`;

function withDoctype(xml: string, doctype: string): string {
  return xml.replace(/(<\?xml[^>]*\?>)/, `$1${doctype}`);
}

export const HOSTILE: HostileFile[] = [
  // ── Zip bombs and size lies
  {
    name: "bomb-declared-part.xlsx",
    what: "a part whose header says it inflates to 5 GB",
    bytes: () => withRawEntry({ name: "xl/media/huge.bin", data: zerosStream(2), size: 5 * 2 ** 30, crc: 0 }),
    expected: 2,
    says: /inflate to 5,120 MB/,
  },
  {
    name: "bomb-content-types.xlsx",
    what: "[Content_Types].xml inflating to 5 GB from a 5 MB stream, its header saying 5 GB",
    bytes: async () => withRawEntry({ name: "[Content_Types].xml", data: zerosStream(5 * 1024), size: 5 * 2 ** 30, crc: 0 }, true),
    expected: 2,
    says: /zip bomb/,
  },
  {
    name: "bomb-size-lie-small.xlsx",
    what: "a part that says 900 bytes and inflates to 3 GB",
    bytes: () => withRawEntry({ name: "[Content_Types].xml", data: zerosStream(3 * 1024), size: 900, crc: 0 }, true),
    expected: 2,
    says: /more than its header says/,
  },
  {
    name: "bomb-size-lie-under-cap.xlsx",
    what: "a sheet that says 100 MB and inflates to 2 GB",
    bytes: () => withRawEntry({ name: CLIENTS, data: zerosStream(2048), size: 100 * 2 ** 20, crc: 0 }, true),
    expected: 2,
    says: /more than its header says/,
  },
  {
    name: "bomb-many-parts.xlsx",
    what: "forty parts of 100 MB each, each under the part cap, 4 GB together",
    bytes: async () => {
      const stream = zerosStream(100);
      const crc = zlib.crc32(Buffer.alloc(100 * 2 ** 20)) >>> 0;
      const extra = Array.from({ length: 40 }, (_, i) => ({ name: `xl/media/image${i}.bin`, data: stream, size: 100 * 2 ** 20, crc }));
      return rawZip([...(await baseEntries()), ...extra]);
    },
    expected: 2,
    says: /inflate to more than 320 MB/,
  },
  {
    name: "bomb-nested-zip.xlsx",
    what: "a zip inside the zip (42.zip style): never opened",
    bytes: async () => edited({ "xl/embeddings/inner.zip": await JSZip.loadAsync(await baseWorkbook()).then((z) => z.generateAsync({ type: "nodebuffer" })) }),
    expected: 0,
  },
  {
    name: "sheet-2gb.xlsx",
    what: "a Clients sheet of 2 GB (header honest)",
    bytes: () => withRawEntry({ name: CLIENTS, data: zerosStream(2048), size: 2 * 2 ** 30, crc: 0 }, true),
    expected: 2,
    says: /inflate to 2,048 MB/,
  },
  {
    name: "many-cells.xlsx",
    what: "4.5 million empty cells in a few MB",
    bytes: async () => {
      const row = (r: number) => `<row r="${r}">${'<c r="A' + r + '"/>'.repeat(1) + "<c/>".repeat(449)}</row>`;
      const rows = Array.from({ length: 10_000 }, (_, i) => row(i + 3)).join("");
      return edited({ [CLIENTS]: (xml) => xml.replace(SHEET_DATA_END, `${rows}${SHEET_DATA_END}`) });
    },
    expected: 2,
    says: /more than 4,000,000 cells/,
  },
  {
    name: "many-parts.xlsx",
    what: "20,000 tiny parts",
    bytes: async () => rawZip([...(await baseEntries()), ...Array.from({ length: 20_000 }, (_, i) => entry(`xl/junk/p${i}.xml`, "<a/>"))]),
    expected: 2,
    says: /20,\d{3} parts/,
  },
  // ── Size claims a sheet does not hold
  {
    name: "table-ref-whole-sheet.xlsx",
    what: "a 20 KB file whose Clients table claims A1:XFD1048576",
    bytes: async () => edited({ "xl/tables/table1.xml": (xml) => xml.replace(/ref="[^"]*"/g, 'ref="A1:XFD1048576"') }, await baseWorkbook({ clientsTable: true })),
    expected: 0,
  },
  {
    name: "dimension-whole-sheet.xlsx",
    what: "a sheet whose <dimension> claims A1:XFD1048576",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') }),
    expected: 0,
  },
  {
    name: "value-in-xfd1048576.xlsx",
    what: "one value in Clients!XFD1048576",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace(SHEET_DATA_END, `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>${SHEET_DATA_END}`) }),
    expected: 2,
    says: /XFD1048576.*delete what lies far below or to the right/,
  },
  {
    name: "row-number-huge.xlsx",
    what: 'a row numbered r="99999999999" (beyond any sheet: left out by ExcelJS)',
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace(SHEET_DATA_END, `<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>${SHEET_DATA_END}`) }),
    expected: 0,
  },
  {
    name: "shared-string-index-huge.xlsx",
    what: "a cell pointing at shared string 99,999,999",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace(SHEET_DATA_END, `<row r="5"><c r="A5" t="s"><v>99999999</v></c></row>${SHEET_DATA_END}`) }),
    expected: 2,
  },
  // ── Entities
  {
    name: "billion-laughs-workbook.xlsx",
    what: "entity expansion (billion laughs) in workbook.xml",
    bytes: () => edited({ "xl/workbook.xml": (xml) => withDoctype(xml, LAUGHS).replace(/name="Clients"/, 'name="&lol9;"') }),
    expected: 2,
  },
  {
    name: "billion-laughs-sheet.xlsx",
    what: "entity expansion in a cell of Clients",
    bytes: () => edited({ [CLIENTS]: (xml) => withDoctype(xml, LAUGHS).replace(SHEET_DATA_END, `<row r="5"><c r="A5" t="inlineStr"><is><t>&lol9;</t></is></c></row>${SHEET_DATA_END}`) }),
    expected: 2,
  },
  {
    name: "billion-laughs-rels.xlsx",
    what: "entity expansion in the workbook's relationships",
    bytes: () => edited({ "xl/_rels/workbook.xml.rels": (xml) => withDoctype(xml, LAUGHS).replace('Target="worksheets/sheet1.xml"', 'Target="&lol9;"') }),
    expected: 2,
  },
  {
    name: "quadratic-blowup.xlsx",
    what: "one 100 KB entity used 50,000 times",
    bytes: () =>
      edited({
        [CLIENTS]: (xml) =>
          withDoctype(xml, `<!DOCTYPE x [<!ENTITY a "${"a".repeat(100_000)}">]>`).replace(SHEET_DATA_END, `<row r="5"><c r="A5" t="inlineStr"><is><t>${"&a;".repeat(50_000)}</t></is></c></row>${SHEET_DATA_END}`),
      }),
    expected: 2,
  },
  {
    name: "external-entity-file.xlsx",
    what: "an external entity naming /etc/passwd in a client's name",
    bytes: () => edited({ "xl/sharedStrings.xml": (xml) => withDoctype(xml, '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace("Acme Dental", "&xxe;") }),
    expected: 2,
  },
  {
    name: "external-entity-url.xlsx",
    what: "an external entity naming a URL, in sharedStrings-free workbook.xml",
    bytes: () => edited({ "xl/workbook.xml": (xml) => withDoctype(xml, '<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>').replace('name="Tiers"', 'name="&xxe;"') }),
    expected: 2,
  },
  {
    name: "external-dtd.xlsx",
    what: "an external DTD (a parameter entity naming /dev/zero): never fetched, the sheet read as it is",
    bytes: () => edited({ [CLIENTS]: (xml) => withDoctype(xml, '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///dev/zero">%p;]>') }),
    expected: 0,
  },
  // ── Truncations and damage
  ...[0.1, 0.5, 0.9, 0.99].map((f): HostileFile => ({
    name: `truncated-${Math.round(f * 100)}.xlsx`,
    what: `the file cut at ${Math.round(f * 100)}%`,
    bytes: async () => {
      const b = await baseWorkbook();
      return b.subarray(0, Math.floor(b.length * f));
    },
    expected: 2,
    says: CANNOT,
  })),
  {
    name: "truncated-central-directory.xlsx",
    what: "the central directory cut in half, its end record kept",
    bytes: async () => {
      const b = await baseWorkbook();
      const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const dir = b.readUInt32LE(eocd + 16);
      return Buffer.concat([b.subarray(0, dir + Math.floor((eocd - dir) / 2)), b.subarray(eocd)]);
    },
    expected: 2,
    says: CANNOT,
  },
  {
    name: "flipped-byte-data.xlsx",
    what: "one byte flipped inside the Clients sheet's compressed data",
    bytes: async () => {
      const b = Buffer.from(await baseWorkbook());
      const at = b.indexOf(Buffer.from(CLIENTS)) + CLIENTS.length + 20;
      b[at] = b[at]! ^ 0xff;
      return b;
    },
    expected: 2,
    says: CANNOT,
  },
  {
    name: "flipped-byte-directory.xlsx",
    what: "one byte flipped in the central directory's offsets",
    bytes: async () => {
      const b = Buffer.from(await baseWorkbook());
      const dir = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      b[dir + 44] = b[dir + 44]! ^ 0x7f;
      return b;
    },
    expected: 2,
    says: CANNOT,
  },
  {
    name: "bytes-before-zip.xlsx",
    what: "512 bytes of junk before the zip",
    bytes: async () => Buffer.concat([Buffer.alloc(512, 0x41), await baseWorkbook()]),
    expected: 2,
    says: /512 bytes before its zip package/,
  },
  {
    name: "pk-junk-before-zip.xlsx",
    what: "a junk local header (PK..) before the zip",
    bytes: async () => Buffer.concat([Buffer.from("PK\x03\x04 junk junk junk"), await baseWorkbook()]),
    expected: 2,
    says: CANNOT,
  },
  {
    name: "bad-checksum.xlsx",
    what: "a part whose checksum is wrong",
    bytes: async () => {
      const entries = await baseEntries();
      const clients = entries.find((e) => e.name === CLIENTS)!;
      clients.crc = (clients.crc! ^ 1) >>> 0;
      return rawZip(entries);
    },
    expected: 2,
    says: /checksum/,
  },
  {
    name: "unknown-method.xlsx",
    what: "a sheet compressed with a method Excel never writes (bzip2, 12)",
    bytes: async () => {
      const entries = await baseEntries();
      entries.find((e) => e.name === CLIENTS)!.method = 12;
      return rawZip(entries);
    },
    expected: 2,
    says: /method 12/,
  },
  {
    name: "encrypted-entry.xlsx",
    what: "a zip-encrypted part (flag bit 0)",
    bytes: async () => {
      const entries = await baseEntries();
      entries.find((e) => e.name === CLIENTS)!.flags = 0x0801;
      entries.find((e) => e.name === CLIENTS)!.data = Buffer.alloc(200, 7);
      return rawZip(entries);
    },
    expected: 2,
    says: CANNOT,
  },
  // ── Part names
  ...[
    ["traversal-dotdot.xlsx", "../../evil.xml", /\.\./],
    ["traversal-absolute.xlsx", "/etc/evil.xml", /absolute/],
    ["traversal-backslash.xlsx", "xl\\worksheets\\sheet9.xml", /backslash/],
    ["traversal-percent.xlsx", "xl/%zz.xml", /%-escape/],
    ["traversal-dot.xlsx", "xl/./worksheets/sheet9.xml", /\.\./],
    ["name-control-char.xlsx", "xl/a\u0000b.xml", /control character/],
  ].map(([name, part, says]): HostileFile => ({
    name: name as string,
    what: `a part named ${JSON.stringify(part)}`,
    bytes: () => withRawEntry(entry(part as string, "<x/>")),
    expected: 2,
    says: says as RegExp,
  })),
  {
    name: "duplicate-part.xlsx",
    what: "the Clients sheet twice, with different content",
    bytes: async () => rawZip([...(await baseEntries()), entry(CLIENTS, "<worksheet/>")]),
    expected: 2,
    says: /twice/,
  },
  {
    name: "long-part-name.xlsx",
    what: "a part name 60,000 characters long",
    bytes: () => withRawEntry(entry(`xl/${"a".repeat(60_000)}.xml`, "<x/>")),
    expected: 0,
  },
  // ── Pathological XML
  {
    name: "defined-names-in-comment.xlsx",
    what: "a 28 KB-compressed workbook.xml with 300,000 <definedNames> texts inside a comment",
    bytes: () => edited({ "xl/workbook.xml": (xml) => xml.replace("<sheets>", `<!--${"<definedNames>".repeat(300_000)}--><sheets>`) }),
    expected: 0,
  },
  {
    name: "open-tags-in-rels-comment.xlsx",
    what: "200,000 <Relationship openings inside a comment of the workbook's relationships",
    bytes: () => edited({ "xl/_rels/workbook.xml.rels": (xml) => xml.replace("<Relationship ", `<!--${"<Relationship ".repeat(200_000)}--><Relationship `) }),
    expected: 0,
  },
  {
    name: "unclosed-sheet.xlsx",
    what: "a Clients sheet cut off mid-element",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.slice(0, xml.indexOf("<sheetData>") + 40) }),
    expected: 2,
    says: CANNOT,
  },
  {
    name: "deep-nesting.xlsx",
    what: "200,000 nested elements in a cell",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace(SHEET_DATA_END, `<row r="5"><c r="A5" t="inlineStr"><is>${"<r>".repeat(200_000)}${"</r>".repeat(200_000)}</is></c></row>${SHEET_DATA_END}`) }),
    expected: 2,
  },
  {
    name: "huge-attribute.xlsx",
    what: "a 30 MB attribute on a row",
    bytes: () => edited({ [CLIENTS]: (xml) => xml.replace('<row r="1"', `<row x="${"x".repeat(30 * 2 ** 20)}" r="1"`) }),
    expected: 0,
  },
  {
    name: "invalid-utf8.xlsx",
    what: "bytes that are not UTF-8 in workbook.xml (outside any name: read as they are)",
    bytes: async () => {
      const zip = await JSZip.loadAsync(await baseWorkbook());
      const xml = await zip.file("xl/workbook.xml")!.async("nodebuffer");
      zip.file("xl/workbook.xml", Buffer.concat([xml.subarray(0, 100), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), xml.subarray(100)]));
      return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    },
    expected: 0,
  },
  {
    name: "table-ref-garbage.xlsx",
    what: "an Excel table whose ref is ZZZZZZZ0:A-1",
    bytes: async () => edited({ "xl/tables/table1.xml": (xml) => xml.replace(/ref="[^"]*"/g, 'ref="ZZZZZZZ0:A-1"') }, await baseWorkbook({ clientsTable: true })),
    // The table is no table of ours; the sheet named Clients is read instead.
    expected: 0,
  },
  {
    name: "missing-sheet-part.xlsx",
    what: "a sheet listed in workbook.xml whose part is missing",
    bytes: () => edited({ [CLIENTS]: null }),
    expected: 2,
    says: /a sheet points at the part .*, which is missing or is no sheet/,
  },
  {
    name: "rels-loop.xlsx",
    what: "the workbook's relationships pointing a sheet at workbook.xml itself",
    bytes: () => edited({ "xl/_rels/workbook.xml.rels": (xml) => xml.replace("worksheets/sheet2.xml", "workbook.xml") }),
    expected: 2,
    says: /a sheet points at the part .*, which is missing or is no sheet/,
  },
  // ── Wrong formats
  { name: "empty.xlsx", what: "an empty file", bytes: async () => Buffer.alloc(0), expected: 2, says: /empty/ },
  { name: "random.xlsx", what: "64 KB of random bytes", bytes: async () => Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919 + 13) % 251)), expected: 2 },
  { name: "pdf.xlsx", what: "a PDF named .xlsx", bytes: async () => Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), expected: 2, says: /PDF/ },
  { name: "gzip.xlsx", what: "a gzip file named .xlsx", bytes: async () => zlib.gzipSync(Buffer.from("Client,Segment\n")), expected: 2 },
  { name: "ods.xlsx", what: "an OpenDocument spreadsheet", bytes: () => rawZip([entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), entry("content.xml", "<x/>")]), expected: 2, says: /OpenDocument/ },
  { name: "xlsb.xlsx", what: "an Excel binary workbook", bytes: () => rawZip([entry("[Content_Types].xml", "<Types/>"), entry("xl/workbook.bin", "\u0000")]), expected: 2, says: /\.xlsb/ },
  { name: "docx.xlsx", what: "a Word document", bytes: () => rawZip([entry("[Content_Types].xml", "<Types/>"), entry("word/document.xml", "<w/>")]), expected: 2, says: /Word document/ },
  { name: "utf16-csv.xlsx", what: "a UTF-16 CSV named .xlsx", bytes: async () => Buffer.from("\ufeffClient,Segment\r\n", "utf16le"), expected: 2 },
];
