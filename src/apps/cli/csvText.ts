/**
 * A CSV file's bytes as text, in the encoding they are in (issue 18): a byte-order mark says
 * UTF-8, UTF-16LE or UTF-16BE; without one, a file that is valid UTF-8 is UTF-8, one whose every
 * other byte is 0 is UTF-16, and anything else is Windows-1252 (what Excel's "CSV" saves on a
 * Western Windows). Node's TextDecoder decodes all four
 * (https://nodejs.org/api/util.html#class-utiltextdecoder, WHATWG Encoding Standard), so a
 * name such as "Müller" or "Café" is never read as mojibake.
 */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export function csvEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (sample.length >= 4 && oddZeros >= half * 0.9 && evenZeros === 0) return { encoding: "utf-16le", bom: 0 };
  if (sample.length >= 4 && evenZeros >= half * 0.9 && oddZeros === 0) return { encoding: "utf-16be", bom: 0 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "windows-1252", bom: 0 };
  }
}

export function csvText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, bom } = csvEncoding(bytes);
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom)), encoding };
}
