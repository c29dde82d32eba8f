/**
 * On Excel on the web every context.sync() is a network round trip, so the number of syncs is the
 * add-in's speed (issue 3), within Excel on the web's 5 MB per request and per response (issue 9):
 * reading takes at most two syncs up to 5,000 clients (find, then load), then one more per ~3 MB of
 * cells; applying takes two on the first run (the second activates the new sheet, OfficeDev/office-js#930)
 * and one on a re-run, plus one more per ~3 MB of values beyond the first request.
 */
import { PAYLOAD_LIMIT } from "../../../src/testing/fakeExcel";
import { REQUEST_BUDGET } from "../../../src/shells/excel/syncBudget";
import { RESULT_TABLES } from "../../../src/core/report/outputs/names";
import { runFlow } from "../../../src/core/flow";
import { readWorkbook } from "../../../src/shells/excel";
import { analyzeIn, ctx, excelWith, sampleWithClients } from "./helpers";

const ROWS_PER_BLOCK = 5_000;

/** The most syncs a read may take for this many bytes of responses: two, then one per ~3 MB. */
function readBudget(responseBytes: number): number {
  return 2 + Math.ceil(Math.max(0, responseBytes - REQUEST_BUDGET) / REQUEST_BUDGET);
}

describe.each([
  [30, 2],
  [5_000, 2],
  [50_000, 2 + Math.ceil((50_000 + 1) / ROWS_PER_BLOCK)],
])("%i clients", (clients, maxApplySyncs) => {
  let run: Awaited<ReturnType<typeof analyzeIn>>;
  let again: Awaited<ReturnType<typeof analyzeIn>>;
  let fake: ReturnType<typeof excelWith>;
  let expectedNames: string[];
  let readResponses: number;

  beforeAll(async () => {
    const grids = sampleWithClients(clients);
    const analysis = runFlow(grids, { sheets: [] }).analysis;
    expectedNames = [analysis.clients[0]!.client, analysis.clients[clients - 1]!.client];
    fake = excelWith(grids);
    run = await analyzeIn(fake);
    readResponses = fake.workbook.requests.slice(0, run.readSyncs).reduce((sum, r) => sum + r.responseBytes, 0);
    again = await analyzeIn(fake);
  }, 240_000);

  test(clients <= 5_000 ? "reading the five tables takes at most two syncs" : "reading takes two syncs, then one more per ~3 MB of cells", () => {
    if (clients <= 5_000) expect(run.readSyncs).toBeLessThanOrEqual(2);
    else expect(run.readSyncs).toBeGreaterThan(2);
    expect(run.readSyncs).toBeLessThanOrEqual(readBudget(readResponses));
  });

  test(`the first analysis applies the results and the rate card in at most ${maxApplySyncs} syncs`, () => {
    expect(run.applySyncs).toBeGreaterThanOrEqual(2);
    expect(run.applySyncs).toBeLessThanOrEqual(maxApplySyncs);
    expect(run.result?.syncs).toBe(run.applySyncs);
  });

  test("a re-run updates the sheets in place in one sync fewer (nothing new to activate)", () => {
    expect(again.applySyncs).toBe(run.applySyncs - 1);
  });

  test("no request and no response exceeds Excel on the web's 5 MB payload limit", () => {
    for (const request of fake.workbook.requests) {
      expect(request.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
      expect(request.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    }
  });

  test("every client lands in the client table, the last one included", () => {
    const table = fake.workbook.table(RESULT_TABLES.clients)!;
    expect(table.rect.bottom - table.rect.top).toBe(clients);
    const sheet = table.sheet;
    const names = [table.rect.top + 1, table.rect.bottom].map((r) => sheet.cell(r, table.rect.left)?.value);
    expect(names).toEqual(expectedNames);
  });
});

test("100,000 clients (more than one 5 MB response) are read whole, each response under 5 MB", async () => {
  const grids = sampleWithClients(100_000);
  const fake = excelWith(grids);
  const read = await readWorkbook(ctx(fake));
  const responses = fake.workbook.requests.map((r) => r.responseBytes);
  expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT); // one response could not hold it
  for (const bytes of responses) expect(bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  expect(read.syncs).toBe(fake.workbook.syncs);
  expect(read.syncs).toBeLessThanOrEqual(readBudget(responses.reduce((a, b) => a + b, 0)));
  expect(read.grids.map(({ rowBelow: _, ...g }) => g)).toEqual(grids);
}, 120_000);

test("a model too big for one request fills each request before it sends the next", async () => {
  const fake = excelWith(sampleWithClients(50_000));
  const run = await analyzeIn(fake, ["results"]);
  const applyRequests = fake.workbook.requests.slice(-run.applySyncs);
  expect(applyRequests.length).toBeGreaterThan(2);
  for (const r of applyRequests.slice(0, -2)) expect(r.bytes).toBeGreaterThan(REQUEST_BUDGET * 0.9);
}, 120_000);
