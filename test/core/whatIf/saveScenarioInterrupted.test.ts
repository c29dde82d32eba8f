/**
 * A Save scenario cut short never loses the scenarios already saved. Excel runs a request's
 * operations in order and does not undo those before a failure ("Error handling with the
 * application-specific JavaScript APIs"), so the new rows are written before the old ones are
 * removed: whichever operation the write fails at, the saved scenario is still on the sheet.
 */
import { createFakeExcel, installFakeExcel, workbookFromGrids, type FakeExcel } from "../../../src/testing/fakeExcel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { analyze } from "../../../src/core/pricing/analyze";
import { kpis } from "../../../src/core/pricing/kpis";
import { analyzeWhatIf } from "../../../src/core/whatIf/whatIf";
import type { Levers } from "../../../src/core/whatIf/levers";
import type { SavedScenario } from "../../../src/core/whatIf/scenarios";
import { saveScenario, readSavedScenarios } from "../../../src/shells/excel/saveScenario";
import { loadWorkbookState } from "../../../src/shells/excel/workbookState";
import { parsed } from "./helpers";

const ctx = (fake: FakeExcel) => fake.context() as unknown as Excel.RequestContext;
const { model } = parsed();
const workbookKpis = kpis(analyze(model));
const scenario = (name: string, levers: Levers): SavedScenario => {
  const w = analyzeWhatIf(model, levers);
  return { name, changes: w.changes, kpis: w.kpis };
};

async function savedOnce(): Promise<FakeExcel> {
  const fake = createFakeExcel(workbookFromGrids(sampleGrids()));
  installFakeExcel(fake);
  await saveScenario(ctx(fake), scenario("Rate 140", { settings: { hourlyRate: 140 } }), "USD", workbookKpis);
  return fake;
}

async function savedNames(fake: FakeExcel): Promise<string[]> {
  const state = await loadWorkbookState(ctx(fake));
  return (await readSavedScenarios(ctx(fake), state)).map((s) => s.name);
}

test("the second save's write fails after any of its operations: 'Rate 140' is still saved", async () => {
  // How many operations the second save's write request holds (find, read, write: the third request).
  const probe = await savedOnce();
  const before = probe.workbook.requests.length;
  await saveScenario(ctx(probe), scenario("Rate 95", { settings: { hourlyRate: 95 } }), "USD", workbookKpis);
  const write = probe.workbook.requests[before + 2]!;
  expect(await savedNames(probe)).toEqual(["Rate 140", "Rate 95"]);

  for (let afterOps = 0; afterOps <= write.ops; afterOps++) {
    const fake = await savedOnce();
    fake.workbook.failRequest(3, afterOps);
    await expect(saveScenario(ctx(fake), scenario("Rate 95", { settings: { hourlyRate: 95 } }), "USD", workbookKpis)).rejects.toThrow();
    expect({ afterOps, saved: (await savedNames(fake)).includes("Rate 140") }).toEqual({ afterOps, saved: true });
  }
});
