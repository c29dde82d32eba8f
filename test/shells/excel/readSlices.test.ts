/**
 * Reading big inputs within Excel on the web's 5 MB per response ("Payload size limit best
 * practices", Excel JavaScript API performance optimization), counted as the wire counts it: in
 * UTF-8 bytes (the fake does too). Slices are estimated from the rows already read; a response
 * still too large is re-estimated and its rows read again in smaller requests of their own; a bare
 * GeneralException on a large read is taken as possibly too large (OfficeDev/office-js#1314).
 */
import type { Grid } from "../../../src/core/workbook/grid";
import { PAYLOAD_LIMIT } from "../../../src/testing/fakeExcel";
import { readWorkbook } from "../../../src/shells/excel";
import { ctx, excelWith, sampleWithClients } from "./helpers";

/** `count` clients; rows from `notesFrom` on carry a 250-character note in an extra Notes column. */
function clientsWithNotes(count: number, notesFrom: number): Grid[] {
  return sampleWithClients(count).map((g) => {
    if (g.key !== "clients") return g;
    const note = "Visited quarterly; server room on the second floor, ask for the facilities manager. ".repeat(4).slice(0, 250);
    return { ...g, values: g.values.map((r, i) => [...r, i === 0 ? "Notes" : i >= notesFrom ? note : null]) };
  });
}

/** `count` clients whose names are Japanese (three UTF-8 bytes a character). */
function japaneseClients(count: number): Grid[] {
  return sampleWithClients(count).map((g) => {
    if (g.key !== "clients") return g;
    return { ...g, values: g.values.map((r, i) => (i === 0 ? r : [`株式会社山田電機サービス東京本社営業所・大阪支店・名古屋出張所・福岡事務所・札幌連絡所第${i}号`, ...r.slice(1)])) };
  });
}

function clientsRead(grids: Grid[]): Grid {
  return grids.find((g) => g.key === "clients")!;
}

test("20,000 clients whose later rows carry 250-character notes are read whole: one request too large at most, then requests that fit", async () => {
  const grids = clientsWithNotes(20_000, 5_300);
  const fake = excelWith(grids);
  const read = await readWorkbook(ctx(fake));
  expect(clientsRead(read.grids).values).toEqual(clientsRead(grids).values);
  const answered = fake.workbook.requests.filter((r) => r.responseBytes <= PAYLOAD_LIMIT);
  expect(answered.length).toBeGreaterThan(0);
  // The rows with notes are larger than the first rows foretold: one request fails for size, and
  // its rows are re-estimated and read in requests that fit (the old halving re-packed the halves
  // into the same oversized request until it gave up).
  expect(fake.workbook.requests.length - answered.length).toBeLessThanOrEqual(1);
}, 240_000);

test("40,000 clients with Japanese names are read whole when bytes are counted as UTF-8", async () => {
  const grids = japaneseClients(40_000);
  const fake = excelWith(grids);
  const read = await readWorkbook(ctx(fake));
  expect(clientsRead(read.grids).values.length).toBe(40_001);
  // Estimated in UTF-8 from the start, no request comes back too large.
  expect(fake.workbook.requests.every((r) => r.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
  expect(clientsRead(read.grids).values[40_000]![0]).toBe("株式会社山田電機サービス東京本社営業所・大阪支店・名古屋出張所・福岡事務所・札幌連絡所第40000号");
}, 240_000);

test("an Excel that answers an oversized read with a bare GeneralException (office-js#1314) is read in smaller requests", async () => {
  const grids = clientsWithNotes(20_000, 5_300);
  const fake = excelWith(grids);
  fake.workbook.oversizedReadAnswer = "GeneralException";
  const read = await readWorkbook(ctx(fake));
  expect(clientsRead(read.grids).values).toEqual(clientsRead(grids).values);
}, 240_000);
