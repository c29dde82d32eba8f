/**
 * On Excel on the web every context.sync() is a network round trip, so the number of syncs is the
 * add-in's speed (issue 3): reading takes at most two (find, then load); applying takes one when
 * the values fit a request, and at most one more per block of 5,000 rows beyond.
 */
import { PAYLOAD_LIMIT } from "../../src/preview/fakeExcel";
import { REQUEST_BUDGET } from "../../src/excel/syncBudget";
import { RESULT_TABLES } from "../../src/report/names";
import { runFlow } from "../../src/flow";
import { analyzeIn, excelWith, sampleWithClients } from "./helpers";

const ROWS_PER_BLOCK = 5_000;

describe.each([
  [30, 1],
  [5_000, 1],
  [50_000, 1 + Math.ceil((50_000 + 1) / ROWS_PER_BLOCK)],
])("%i clients", (clients, maxApplySyncs) => {
  let run: Awaited<ReturnType<typeof analyzeIn>>;
  let fake: ReturnType<typeof excelWith>;
  let expectedNames: string[];

  beforeAll(async () => {
    const grids = sampleWithClients(clients);
    const analysis = runFlow(grids, { sheets: [] }).analysis;
    expectedNames = [analysis.clients[0]!.client, analysis.clients[clients - 1]!.client];
    fake = excelWith(grids);
    run = await analyzeIn(fake);
  }, 120_000);

  test("reading the five tables takes at most two syncs", () => {
    expect(run.readSyncs).toBeLessThanOrEqual(2);
  });

  test(`applying the results and the rate card takes at most ${maxApplySyncs} sync(s)`, () => {
    expect(run.applySyncs).toBeGreaterThanOrEqual(1);
    expect(run.applySyncs).toBeLessThanOrEqual(maxApplySyncs);
    expect(run.result?.syncs).toBe(run.applySyncs);
  });

  test("no request exceeds Excel on the web's 5 MB payload limit", () => {
    for (const request of fake.workbook.requests) expect(request.bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  test("every client lands in the client table, the last one included", () => {
    const table = fake.workbook.table(RESULT_TABLES.clients)!;
    expect(table.rect.bottom - table.rect.top).toBe(clients);
    const sheet = table.sheet;
    const names = [table.rect.top + 1, table.rect.bottom].map((r) => sheet.cell(r, table.rect.left)?.value);
    expect(names).toEqual(expectedNames);
  });
});

test("a model too big for one request fills each request before it sends the next", async () => {
  const fake = excelWith(sampleWithClients(50_000));
  const run = await analyzeIn(fake, ["results"]);
  const applyRequests = fake.workbook.requests.slice(-run.applySyncs);
  expect(applyRequests.length).toBeGreaterThan(1);
  for (const r of applyRequests.slice(0, -1)) expect(r.bytes).toBeGreaterThan(REQUEST_BUDGET * 0.9);
}, 120_000);
