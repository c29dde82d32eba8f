/**
 * What a consultant does in the pane, each step asserted twice: what the pane (and the workbook
 * view beside it) shows, and what landed in the in-memory workbook. Every state of the pane is also
 * checked with axe-core and photographed at 320 and 450 px.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import type { Browser } from "playwright-core";
import { runFlow } from "../../src/core/flow";
import { kpis } from "../../src/core/pricing/kpis";
import { hasToolCosts } from "../../src/core/pricing/toolCost";
import { makeFormats } from "../../src/apps/taskpane/format";
import { sampleGrids, sampleModelTables } from "../../src/core/workbook/sample";
import { PANE_GLOBAL, type PaneWorkbook } from "../../src/apps/preview/protocol";
import { RATE_CARD_SHEET, RESULTS_SHEET, SCENARIOS_SHEET, ownershipName } from "../../src/core/report/outputs/names";
import type { SheetSpec } from "../../src/core/report/sheetPlan";
import type { Grid } from "../../src/core/workbook/grid";
import type { WorkbookSnapshot } from "../../src/testing/fakeExcel/snapshot";
import { snapshotRows, snapshotValue } from "../../src/testing/fakeExcel/snapshot";
import { startPreviewServer, type PreviewServer } from "../../src/apps/preview/server/server";
import JSZip from "jszip";
import { a1, parseA1 } from "../../src/core/workbook/address";
import { loadWorkbookBytes } from "../../src/shells/xlsx/read/files";
import { readGrids } from "../../src/shells/xlsx/read/readGrids";
import { sheetState as xlsxSheetState } from "../../src/shells/xlsx/write/ownership";
import { toCellValue } from "../../src/shells/xlsx/read/cellValue";
import { checkAccessibility } from "./accessibility";
import { assertNoFormulas, assertPlanLanded, assertUnchanged, ownershipNames, sheet, sheetNames } from "./expect";
import { assertEveryControlReachable, focusPane, runByKeyboard, tabTo } from "./keyboard";
import { PreviewPage } from "./previewPage";
import { proposalFlow } from "./proposalScenario";
import { whatIfFlow } from "./whatIfScenario";
import { screenshotPage, screenshotPane } from "./screenshots";
import {
  ERROR_CELLS,
  FOREIGN_CONTENT,
  HOSTILE_NAMES,
  gridsOf,
  workbookWithEarlierResults,
  workbookWithErrors,
  workbookWithForeignSheet,
  workbookWithHostileNames,
  type WorkbookFile,
} from "./workbooks";

export interface ScenarioContext {
  browser: Browser;
  screenshots: boolean;
  /** Time from navigation to the first enabled button, per page opened. */
  timings: number[];
}

export interface Scenario {
  name: string;
  run(ctx: ScenarioContext): Promise<void>;
}

/** A server and a page for one workbook; both closed afterwards, whatever happens. */
async function withPreview(ctx: ScenarioContext, file: WorkbookFile | null, body: (preview: PreviewPage, server: PreviewServer) => Promise<void>): Promise<void> {
  const server = await startPreviewServer({ workbook: file, rewriteOfficeJs: false });
  let preview: PreviewPage | null = null;
  try {
    preview = await PreviewPage.open(ctx.browser, server);
    preview.context.setDefaultTimeout(20_000);
    ctx.timings.push(preview.firstButtonMs);
    await body(preview, server);
    assert.deepEqual(preview.problems, [], "errors in the page");
    assert.deepEqual(preview.outside, [], "requests that left localhost (only Office.js may)");
  } finally {
    await preview?.close();
    await server.close();
  }
}

/** axe-core, then screenshots, of the state the pane is in. */
async function capture(ctx: ScenarioContext, preview: PreviewPage, state: string): Promise<void> {
  await checkAccessibility(preview.paneFrame(), state);
  if (ctx.screenshots) await screenshotPane(preview, state);
}

/** The pane's actions, which it disables (focusably) while one of them runs. */
const BUSY_ACTIONS = /^(Create sample model|Creating sample model…|Analyze|Analyzing…|Generate rate card|Generating rate card…|Check the workbook again)$/;

/** Wait until the pane has finished what it was doing (no control is busy) and the workbook has had `syncs` more requests. */
async function settled(preview: PreviewPage, since: number, syncs: number): Promise<WorkbookSnapshot> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const snapshot = await preview.snapshot();
    const busy = (await preview.pane.locator('button[aria-disabled="true"]', { hasText: BUSY_ACTIONS }).count()) + (await preview.pane.getByText("Looking for your pricing model…").count());
    if (snapshot.syncs >= since + syncs && busy === 0) return snapshot;
    if (Date.now() > deadline) throw new Error(`The pane did not settle (${snapshot.syncs - since} requests, ${busy} busy controls)`);
    await preview.page.waitForTimeout(50);
  }
}

function plannedSheet(grids: Grid[], which: "results" | "rateCard"): SheetSpec {
  const { plan } = runFlow(grids, { sheets: [which] });
  assert.ok(plan, "the engine refused the fixture");
  return plan.sheets[0]!;
}

function assertResultsSheet(snapshot: WorkbookSnapshot, spec: SheetSpec, usersFormulaSheets: readonly string[] = []): void {
  assertPlanLanded(snapshot, spec);
  const results = sheet(snapshot, RESULTS_SHEET);
  assert.equal(results.charts.length, 3, "the results sheet has three charts");
  assert.deepEqual(
    results.charts.map((c) => c.title),
    spec.charts.map((c) => c.title),
    "chart titles",
  );
  for (const chart of results.charts) {
    assert.ok(chart.series.length > 0, `chart “${chart.title}” has series`);
    for (const s of chart.series) assert.match(s.values ?? "", /^'Pricing Results'!/, `chart “${chart.title}” draws from the results sheet`);
  }
  assert.deepEqual(
    ownershipNames(snapshot).filter((n) => n.name === ownershipName(RESULTS_SHEET)),
    [{ name: ownershipName(RESULTS_SHEET)!, sheet: RESULTS_SHEET, ref: "$A$1", visible: false }],
    "the results sheet carries its ownership marker, hidden from Name Manager",
  );
  assertNoFormulas(snapshot, usersFormulaSheets);
}

async function assertKpiCards(preview: PreviewPage, grids: Grid[]): Promise<void> {
  const { analysis, parse } = runFlow(grids, { sheets: [] });
  const k = kpis(analysis);
  const f = makeFormats("en-US", parse.model!.settings.currency);
  // Each figure in its own card (a card is a region named by its heading).
  const cards: Record<string, string[]> = {
    "Annual revenue": [
      f.money(k.annualCurrentRevenue),
      f.money(k.annualHourlyRevenue),
      f.money(k.annualRecommendedRevenue),
      f.moneyChange(k.annualRecommendedRevenue - k.annualCurrentRevenue),
      String(k.clients),
    ],
    // The pane says "after tools" when the workbook has tool costs (the v2 sample does).
    [hasToolCosts(parse.model!) ? "Margin after tools" : "Margin"]: [f.percent(k.currentMarginPct!), f.money(k.annualCurrentMargin)],
    Capacity: [f.percent(k.utilisation!), `uses ${f.percent(k.utilisation!)} of your ${f.number(k.availableHours)} hours a month`],
    "Effective rate": [f.rate(k.effectiveRate!)],
    "Hours a year": [],
    "Home vs small business": [f.number(k.homeClientsPerSmallBusiness!)],
  };
  for (const [title, figures] of Object.entries(cards)) {
    const card = preview.pane.getByRole("region", { name: title, exact: true });
    await card.waitFor();
    const text = await card.innerText();
    for (const figure of figures) assert.ok(text.includes(figure), `the ${title} card shows ${figure}: ${text.replace(/\s+/g, " ")}`);
  }
}

async function viewTabs(preview: PreviewPage): Promise<string[]> {
  return preview.view.getByRole("tab").allInnerTexts();
}

async function selectedViewTab(preview: PreviewPage): Promise<string> {
  return preview.view.locator('[role="tab"][aria-selected="true"]').innerText();
}

// ------------------------------------------------------------------------------------------

const fromEmptyToRateCard: Scenario = {
  name: "Empty workbook → Create sample model → Analyze → KPI cards and a results sheet with three charts → Generate rate card",
  run: (ctx) =>
    withPreview(ctx, null, async (preview) => {
      const pane = preview.pane;
      await pane.getByRole("heading", { name: "No pricing model in this workbook yet" }).waitFor();
      let snapshot = await preview.snapshot();
      assert.deepEqual(sheetNames(snapshot), ["Sheet1"]);
      await capture(ctx, preview, "1-empty-workbook");

      let syncs = snapshot.syncs;
      await preview.button("Create sample model").click();
      await pane.getByText("Sample model created").waitFor();
      snapshot = await settled(preview, syncs, 1);
      const tables = sampleModelTables();
      assert.deepEqual(sheetNames(snapshot), ["Sheet1", ...tables.map((t) => t.sheet)], "the sample's sheets follow Sheet1");
      for (const t of tables) {
        const s = sheet(snapshot, t.sheet);
        assert.deepEqual(s.tables.map((x) => x.name), [t.tableName], `${t.sheet} holds the ${t.tableName} table`);
        assert.deepEqual(snapshotRows(s), [t.header, ...t.rows].map((r) => r.map((v) => v ?? "")), `${t.sheet} holds the sample's rows`);
      }
      assert.equal(sheet(snapshot, "Sheet1").cells.length, 0, "Sheet1 is left alone");
      await pane.getByText("Excel table “Clients”, 28 rows").waitFor();
      assert.ok((await viewTabs(preview)).includes("Clients"), "the workbook view shows the new Clients sheet");
      const inputs = snapshot;
      await capture(ctx, preview, "2-sample-created");

      syncs = snapshot.syncs;
      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      snapshot = await settled(preview, syncs, 3);
      await assertKpiCards(preview, sampleGrids());
      assertResultsSheet(snapshot, plannedSheet(sampleGrids(), "results"));
      for (const name of sheetNames(inputs)) assert.deepEqual(sheet(snapshot, name), sheet(inputs, name), `Analyze leaves ${name} alone`);
      await preview.view.getByText("3 charts:").waitFor();
      await capture(ctx, preview, "3-results");
      const results = sheet(snapshot, RESULTS_SHEET);

      syncs = snapshot.syncs;
      await preview.button("Generate rate card").click();
      await pane.getByText(`Your rate card is on the “${RATE_CARD_SHEET}” sheet`, { exact: false }).waitFor();
      snapshot = await settled(preview, syncs, 3);
      const card = plannedSheet(sampleGrids(), "rateCard");
      assertPlanLanded(snapshot, card);
      assert.equal(snapshot.activeSheet, RATE_CARD_SHEET, "the rate card is the active sheet");
      const layout = sheet(snapshot, RATE_CARD_SHEET).pageLayout;
      assert.equal(layout.printArea, card.print!.printArea, "the rate card's print area");
      assert.deepEqual(
        [layout.zoom.horizontalFitToPages, layout.zoom.verticalFitToPages],
        [card.print!.fitToPages.wide, card.print!.fitToPages.tall],
        "the rate card fits on one page",
      );
      assert.ok(ownershipNames(snapshot).some((n) => n.name === ownershipName(RATE_CARD_SHEET) && n.sheet === RATE_CARD_SHEET));
      assert.deepEqual(sheet(snapshot, RESULTS_SHEET), results, "the rate card leaves the results sheet alone");
      assertNoFormulas(snapshot);
      await preview.page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === "Rate Card");
      assert.equal(await selectedViewTab(preview), RATE_CARD_SHEET, "the workbook view follows to the rate card");
      await capture(ctx, preview, "4-rate-card");
      await checkAccessibility(preview.page.mainFrame(), "the preview page around the pane");
      if (ctx.screenshots) {
        await preview.view.getByRole("tab", { name: RESULTS_SHEET }).click();
        await screenshotPage(preview, "preview-page");
      }
    }),
};

const errorsListed: Scenario = {
  name: "Workbook with errors → the error list names the cells, choosing one selects it, nothing was written",
  run: async (ctx) => {
    const file = await workbookWithErrors();
    const expected = runFlow(await gridsOf(file)).analysis.errors;
    assert.ok(expected.length >= 2, "the fixture has errors");
    await withPreview(ctx, file, async (preview) => {
      const pane = preview.pane;
      await pane.getByRole("heading", { name: "Your pricing model" }).waitFor();
      const before = await preview.snapshot();
      await preview.button("Analyze").click();
      await pane.getByText("Not priced yet").waitFor();
      const list = pane.getByRole("list", { name: "Problems to fix" });
      assert.equal(await list.getByRole("listitem").count(), expected.length, "one item per error");
      const text = await list.innerText();
      for (const e of expected) {
        if (e.cell) await list.getByRole("button", { name: `Go to ${e.cell}`, exact: true }).waitFor();
        assert.ok(text.includes(e.message), `the list says: ${e.message}`);
      }
      for (const cell of Object.values(ERROR_CELLS)) assert.ok(expected.some((e) => e.cell === cell), `an error names ${cell}`);
      assertUnchanged(before, await settled(preview, before.syncs, 2), "after Analyze with errors");
      await capture(ctx, preview, "5-errors");

      await list.getByRole("button", { name: `Go to ${ERROR_CELLS.visits}`, exact: true }).click();
      await preview.page.waitForFunction(() => document.querySelector("td[data-selected]") !== null);
      const after = await preview.snapshot();
      assert.deepEqual(after.selection, { sheet: "Clients", address: "E14" }, "the cell is selected in the workbook");
      assert.equal(after.activeSheet, "Clients", "its sheet is active");
      assertUnchanged(before, after, "after choosing an error");
      assert.equal(await selectedViewTab(preview), "Clients", "the workbook view shows the Clients sheet");
      assert.equal(await preview.view.locator("td[data-selected]").innerText(), "abc", "the view marks the cell that holds the mistake");
    });
  },
};

const secondAnalyzeReplaces: Scenario = {
  name: "A second Analyze replaces the results rather than duplicating them (also over results the command line wrote)",
  run: async (ctx) => {
    const file = await workbookWithEarlierResults();
    const grids = await gridsOf(file);
    await withPreview(ctx, file, async (preview) => {
      const pane = preview.pane;
      await pane.getByRole("heading", { name: "Your pricing model" }).waitFor();
      assert.equal(await pane.getByText("is your sheet").count(), 0, "the command line's sheets are recognised as the add-in's own");
      const start = await preview.snapshot();

      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      const first = await settled(preview, start.syncs, 3);
      const spec = plannedSheet(grids, "results");
      assertResultsSheet(first, spec);
      const clients = sheet(first, RESULTS_SHEET).cells;
      for (const name of Object.values(HOSTILE_NAMES)) {
        assert.ok(clients.some((c) => c.value === name && c.formula === undefined), `the client “${name}” is written as text`);
      }
      assert.ok(!sheet(first, RESULTS_SHEET).cells.some((c) => String(c.value).startsWith("Chart: ")), "the old sheet's content is gone, not merged");

      await preview.button("Analyze").click();
      const second = await settled(preview, first.syncs, 3);
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      assert.deepEqual(sheetNames(second), sheetNames(first), "no sheet added by the second Analyze");
      assert.deepEqual(sheet(second, RESULTS_SHEET), sheet(first, RESULTS_SHEET), "the second results sheet is the first one again");
      assert.deepEqual(second.names, first.names, "one ownership marker per sheet, as before");
      assert.deepEqual(
        sheet(second, RESULTS_SHEET).tables.map((t) => t.name).sort(),
        ["PricingClients", "PricingRenewals", "PricingSegments", "PricingSensitivity", "PricingTimeLog", "PricingTravelBands"], // the sample has a Time log and clients on tiers
        "the results tables keep their names (no PricingClients2)",
      );

      for (let i = 0; i < 2; i++) {
        const before = await preview.snapshot();
        await preview.button("Generate rate card").click();
        await settled(preview, before.syncs, 3);
      }
      const last = await preview.snapshot();
      assert.equal(last.sheets.filter((s) => s.name === RATE_CARD_SHEET).length, 1, "one Rate Card after generating it twice");
      assert.equal(ownershipNames(last).length, 2, "two markers: results and rate card");
      assertPlanLanded(last, plannedSheet(grids, "rateCard"));
    });
  },
};

const foreignSheetLeftAlone: Scenario = {
  name: "A sheet of the user's named like an output sheet is left alone, with a clear message",
  run: async (ctx) => {
    const file = await workbookWithForeignSheet();
    await withPreview(ctx, file, async (preview) => {
      const pane = preview.pane;
      await pane.getByText("“Pricing Results” is your sheet").waitFor();
      const before = await preview.snapshot();
      const foreign = sheet(before, RESULTS_SHEET);
      assert.equal(snapshotValue(foreign, "A1"), FOREIGN_CONTENT.A1);

      await preview.button("Analyze").click();
      await pane.getByText("Results not written").waitFor();
      const text = await preview.paneText();
      assert.ok(text.includes("already has a sheet called “Pricing Results” that the add-in didn’t create"), "the message names the sheet");
      assert.ok(text.includes("Rename or delete that sheet, then select Analyze again"), "the message says what to do");
      const after = await settled(preview, before.syncs, 2);
      assertUnchanged(before, after, "after the refusal");
      assert.equal(snapshotValue(sheet(after, RESULTS_SHEET), "B2"), FOREIGN_CONTENT.B2);
      assert.equal(ownershipNames(after).length, 0, "no ownership marker was added");
      await capture(ctx, preview, "6-foreign-sheet");
    });
  },
};

/**
 * After the Apply dialog closes: no aria-hidden left on the pane's root or any ancestor (a modal
 * dialog sets it while open), and focus back on the Apply button, not on <body>.
 */
async function assertPaneGivenBack(preview: PreviewPage, when: string): Promise<void> {
  const frame = preview.paneFrame();
  await frame.waitForFunction(() => document.querySelector("[role=dialog]") === null);
  await frame.waitForFunction(
    () => {
      const root = document.getElementById("container");
      return root !== null && ![...document.querySelectorAll('[aria-hidden="true"]')].some((el) => el.contains(root));
    },
    undefined,
    { timeout: 3000 },
  ).catch(() => {
    throw new Error(`the pane stays aria-hidden ${when}`);
  });
  await frame.waitForFunction(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() === "Apply to workbook…", undefined, { timeout: 3000 }).catch(async () => {
    const at = await frame.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "nothing");
    throw new Error(`focus is not back on Apply to workbook… ${when}; it is on ${at}`);
  });
}

const keyboardOnly: Scenario = {
  name: "Keyboard only (Tab / Enter) reaches and runs every action, What-if's included",
  run: async (ctx) => {
    await withPreview(ctx, null, async (preview) => {
      const pane = preview.pane;
      await focusPane(preview);
      let syncs = (await preview.snapshot()).syncs;
      await runByKeyboard(preview, "Create sample model");
      await pane.getByText("Sample model created").waitFor();
      await settled(preview, syncs, 2);
      await assertEveryControlReachable(preview);

      syncs = (await preview.snapshot()).syncs;
      await runByKeyboard(preview, "Analyze");
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      await settled(preview, syncs, 3);
      const reached = await assertEveryControlReachable(preview);
      for (const name of ["Analyze", "Check the workbook again", "Generate rate card"]) assert.ok(reached.includes(name), `Tab reaches ${name}`);

      // What-if: type a new hourly rate, save it as a scenario, write it into the workbook, analyze again.
      const analyzed = await preview.snapshot();
      await tabTo(preview, "Hourly rate");
      await preview.page.keyboard.press("ControlOrMeta+A");
      await preview.page.keyboard.type("140");
      await pane.getByRole("cell", { name: "+$", exact: false }).first().waitFor();
      assertUnchanged(analyzed, await preview.snapshot(), "typing a what-if value");
      await tabTo(preview, "Scenario name");
      await preview.page.keyboard.type("Higher rate");
      syncs = analyzed.syncs;
      await runByKeyboard(preview, "Save scenario");
      await pane.getByText("Saved “Higher rate”", { exact: false }).waitFor();
      let snapshot = await settled(preview, syncs, 2);
      const scenarios = sheet(snapshot, SCENARIOS_SHEET);
      assert.ok(scenarios.cells.some((c) => c.value === "Higher rate"), "the scenario is a row on the Scenarios sheet");
      assert.equal(scenarios.charts.length, 1, "with its chart");
      assert.deepEqual(scenarios.hiddenColumns, [12], "its saved-data column (M) is hidden");
      assert.ok(ownershipNames(snapshot).some((n) => n.name === ownershipName(SCENARIOS_SHEET)), "marked as ours");

      syncs = snapshot.syncs;
      // Cancel first: the dialog closes and gives the whole pane back to screen readers and to focus.
      await runByKeyboard(preview, "Apply to workbook…");
      await pane.getByRole("dialog", { name: "Change your workbook?" }).waitFor();
      await runByKeyboard(preview, "Cancel");
      await assertPaneGivenBack(preview, "after Cancel");
      await runByKeyboard(preview, "Apply to workbook…");
      await runByKeyboard(preview, /^Write 1 cell$/);
      await pane.getByText("Wrote 1 cell to your workbook", { exact: false }).waitFor();
      await assertPaneGivenBack(preview, "after Write");
      await pane.getByText("Your workbook’s settings changed", { exact: false }).waitFor();
      snapshot = await settled(preview, syncs, 2);
      const settings = sheet(snapshot, "Settings");
      const rateRow = settings.cells.find((c) => c.col === 0 && c.value === "Hourly rate")!.row;
      assert.equal(settings.cells.find((c) => c.row === rateRow && c.col === 1)?.value, 140, "Apply wrote the hourly rate into Settings");

      syncs = snapshot.syncs;
      await runByKeyboard(preview, "Analyze");
      snapshot = await settled(preview, syncs, 3);
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      const edited = sampleGrids().map((g) =>
        g.key === "settings" ? { ...g, values: g.values.map((r) => (r[0] === "Hourly rate" ? [r[0], 140, ...r.slice(2)] : r)) } : g,
      );
      assertPlanLanded(snapshot, plannedSheet(edited, "results"));

      syncs = snapshot.syncs;
      await runByKeyboard(preview, "Generate rate card");
      await pane.getByText("Your rate card is on the", { exact: false }).waitFor();
      snapshot = await settled(preview, syncs, 3);
      assert.equal(sheet(snapshot, RESULTS_SHEET).charts.length, 3);
      assert.equal(snapshot.activeSheet, RATE_CARD_SHEET);

      syncs = snapshot.syncs;
      await runByKeyboard(preview, "Check the workbook again");
      snapshot = await settled(preview, syncs, 2);
      await pane.getByText("Excel table “Clients”, 28 rows").waitFor();
    });

    await withPreview(ctx, await workbookWithErrors(), async (preview) => {
      await focusPane(preview);
      await runByKeyboard(preview, "Analyze");
      await preview.pane.getByText("Not priced yet").waitFor();
      await assertEveryControlReachable(preview);
      await runByKeyboard(preview, `Go to ${ERROR_CELLS.tier}`);
      await preview.page.waitForFunction(() => document.querySelector("td[data-selected]") !== null);
      assert.deepEqual((await preview.snapshot()).selection, { sheet: "Clients", address: "C4" }, "Enter on an error selects its cell");
    });
  },
};

const downloadXlsx: Scenario = {
  name: "Download .xlsx writes what the pane wrote, with its three charts, and keeps the input sheets byte for byte",
  run: async (ctx) => {
    const file = await workbookWithHostileNames();
    const grids = await gridsOf(file);
    await withPreview(ctx, file, async (preview) => {
      const start = await preview.snapshot();
      await preview.button("Analyze").click();
      await preview.pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      await settled(preview, start.syncs, 3);
      const [download] = await Promise.all([preview.page.waitForEvent("download"), preview.page.getByRole("button", { name: "Download .xlsx" }).click()]);
      assert.equal(download.suggestedFilename(), "hostile-names.priced.xlsx");
      await preview.page.getByText("Downloaded hostile-names.priced.xlsx").waitFor();
      const saved = await loadWorkbookBytes(fs.readFileSync(await download.path()));
      const original = await loadWorkbookBytes(file.bytes);

      assert.deepEqual(
        saved.worksheets.map((ws) => ws.name),
        [...original.worksheets.map((ws) => ws.name), RESULTS_SHEET],
        "the file's sheets, then the results sheet",
      );
      assert.equal(xlsxSheetState(saved, RESULTS_SHEET), "ours", "the results sheet keeps its ownership marker");
      const results = saved.getWorksheet(RESULTS_SHEET)!;
      const spec = plannedSheet(grids, "results");
      for (const block of spec.blocks) {
        const { row, col } = parseA1(block.at);
        block.values.forEach((values, i) =>
          values.forEach((want, j) => {
            const got = toCellValue(results.getCell(row + i + 1, col + j + 1).value);
            assert.equal(got, want === "" ? null : want, `${RESULTS_SHEET}!${a1(row + i, col + j)} in the file`);
          }),
        );
      }
      const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
      const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
      assert.equal(charts.length, 3, "the three charts are chart parts in the file");
      for (const part of charts) {
        const xml = await zip.file(part)!.async("string");
        assert.match(xml, /<c:f>(?:'|&apos;)Pricing Results(?:'|&apos;)!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<\/c:f>/, `${part} reads the results sheet's cells`);
      }
      const input = await JSZip.loadAsync(file.bytes);
      for (const part of Object.keys(input.files).filter((f) => f.startsWith("xl/worksheets/") || f.startsWith("xl/tables/"))) {
        if (input.files[part]!.dir) continue;
        assert.equal(await zip.file(part)?.async("string"), await input.file(part)!.async("string"), `${part} is as it was in the file`);
      }
      const texts = new Set<unknown>();
      results.eachRow((r) => r.eachCell((c) => void texts.add(c.value)));
      for (const name of Object.values(HOSTILE_NAMES)) assert.ok(texts.has(name), `the client “${name}” is text in the file, not a formula`);
      assert.deepEqual(readGrids(saved).grids, readGrids(original).grids, "the input tables are as they were");
      const again = runFlow(readGrids(saved).grids);
      assert.equal(again.analysis.errors.length, 0, "the downloaded file analyses again");
      assert.deepEqual(kpis(again.analysis), kpis(runFlow(grids).analysis), "to the same figures");
    });
  },
};

/** The in-memory workbook's test hooks, inside the pane's frame. */
async function paneHook<K extends "addFormulaSheet" | "failRequest">(preview: PreviewPage, hook: K, ...args: Parameters<PaneWorkbook[K]>): Promise<void> {
  await preview.paneFrame().evaluate(
    ([global, name, rest]) => {
      const pane = (window as unknown as Record<string, Record<string, (...a: unknown[]) => void>>)[global as string]!;
      pane[name as string]!(...(rest as unknown[]));
    },
    [PANE_GLOBAL, hook, args] as const,
  );
}

const linksSurviveReruns: Scenario = {
  name: "A second and third Analyze, with a failed write between: the user's formulas linking to key figures keep the right value",
  run: (ctx) =>
    withPreview(ctx, null, async (preview) => {
      const pane = preview.pane;
      let syncs = (await preview.snapshot()).syncs;
      await preview.button("Create sample model").click();
      await pane.getByText("Sample model created").waitFor();
      await settled(preview, syncs, 2);
      syncs = (await preview.snapshot()).syncs;
      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      await settled(preview, syncs, 4);

      // The consultant's own dashboard links to a key figure, by address and by its workbook name.
      await paneHook(preview, "addFormulaSheet", "Dashboard", [["A1", "='Pricing Results'!B7"], ["A2", "=Pricer_AnnualRevenue"]]);
      const revenue = kpis(runFlow(sampleGrids(), { sheets: [] }).analysis).annualCurrentRevenue;
      const spec = plannedSheet(sampleGrids(), "results");
      const dashboard = (snapshot: WorkbookSnapshot) => [snapshotValue(sheet(snapshot, "Dashboard"), "A1"), snapshotValue(sheet(snapshot, "Dashboard"), "A2")];
      const first = await preview.snapshot();
      assert.deepEqual(dashboard(first), [revenue, revenue], "the dashboard shows the annual revenue");
      const names = sheetNames(first);

      // Second Analyze: in place, one request to write.
      await preview.button("Analyze").click();
      let snapshot = await settled(preview, first.syncs, 3);
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      assert.deepEqual(sheetNames(snapshot), names, "same sheets, same order after the second Analyze");
      assert.deepEqual(dashboard(snapshot), [revenue, revenue], "the links still show the annual revenue after the second Analyze");
      assertResultsSheet(snapshot, spec, ["Dashboard"]);

      // Third Analyze, whose write is dropped part way (a lost request on Excel on the web)…
      await paneHook(preview, "failRequest", 3, 40);
      await preview.button("Analyze").click();
      await pane.getByText("Something went wrong").waitFor();
      snapshot = await settled(preview, snapshot.syncs, 3);
      assert.ok(sheet(snapshot, RESULTS_SHEET), "the half-written sheet is still there");
      assert.ok(ownershipNames(snapshot).some((n) => n.name === ownershipName(RESULTS_SHEET) && n.sheet === RESULTS_SHEET), "and still marked ours");

      // …and the next one finishes it: no refusal, the plan exactly, the links right.
      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      snapshot = await settled(preview, snapshot.syncs, 3);
      assert.equal(await pane.getByText("Results not written").count(), 0, "the re-run is not refused");
      assert.deepEqual(sheetNames(snapshot), names, "no sheet added or left over");
      assertResultsSheet(snapshot, spec, ["Dashboard"]);
      assert.deepEqual(dashboard(snapshot), [revenue, revenue], "the links show the annual revenue after the clean re-run");
      assert.deepEqual(
        snapshot.names.filter((n) => n.name.startsWith("Pricer_")).map((n) => [n.name, n.sheet]),
        (spec.namedCells ?? []).map((n) => [n.name, RESULTS_SHEET]),
        "every key figure's name, on the results sheet",
      );
      assert.ok(!snapshot.names.some((n) => n.name.includes("_Writing_")), "the write finished");
    }),
};

const proposalChosenMadeRemade: Scenario = {
  name: "Sample → Analyze → choose a client → Make proposal → again on another tier (same sheet) → another client (its own sheet)",
  run: (ctx) =>
    withPreview(ctx, null, async (preview) => {
      const pane = preview.pane;
      await pane.getByRole("heading", { name: "No pricing model in this workbook yet" }).waitFor();
      let syncs = (await preview.snapshot()).syncs;
      await preview.button("Create sample model").click();
      await pane.getByText("Sample model created").waitFor();
      const snapshot = await settled(preview, syncs, 1);
      syncs = snapshot.syncs;
      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      await settled(preview, syncs, 3);
      await proposalFlow(preview);
      await capture(ctx, preview, "9-proposal");
    }),
};

const whatIfAtEveryWidth: Scenario = {
  name: "Sample → Analyze → What-if ($150 an hour, $75 per zone) per segment; at 320, 350 and 450 px no sideways scroll, the key figures stay in view",
  run: (ctx) =>
    withPreview(ctx, null, async (preview) => {
      const pane = preview.pane;
      await pane.getByRole("heading", { name: "No pricing model in this workbook yet" }).waitFor();
      let syncs = (await preview.snapshot()).syncs;
      await preview.button("Create sample model").click();
      await pane.getByText("Sample model created").waitFor();
      syncs = (await settled(preview, syncs, 1)).syncs;
      await preview.button("Analyze").click();
      await pane.getByRole("heading", { name: "Overview", exact: true }).waitFor();
      const analyzed = await settled(preview, syncs, 3);
      await whatIfFlow(preview, ctx.screenshots);
      assertUnchanged(analyzed, await preview.snapshot(), "trying levers");
      await capture(ctx, preview, "7-what-if");
    }),
};

export const SCENARIOS: Scenario[] = [fromEmptyToRateCard, errorsListed, secondAnalyzeReplaces, foreignSheetLeftAlone, keyboardOnly, downloadXlsx, linksSurviveReruns, proposalChosenMadeRemade, whatIfAtEveryWidth];

/**
 * Any workbook (the hidden ones too): open it, Analyze, and check the pane did what the engine
 * says it must: results written where the model is sound, nothing written where it has errors or
 * where a sheet of the user's is in the way.
 */
export function givenWorkbook(file: WorkbookFile): Scenario {
  return {
    name: `Your workbook ${file.name}: Analyze does what the engine says`,
    run: async (ctx) => {
      const grids = await gridsOf(file);
      const flow = runFlow(grids);
      await withPreview(ctx, file, async (preview) => {
        const pane = preview.pane;
        const before = await preview.snapshot();
        const label = `workbook ${file.name}`;
        await checkAccessibility(preview.paneFrame(), `${label}: opened`);
        if ((await preview.button("Analyze").count()) === 0) {
          await pane.getByRole("heading", { name: "No pricing model in this workbook yet" }).waitFor();
          assert.equal(flow.plan, null, "the pane found no model, so the engine must refuse it too");
          return;
        }
        await preview.button("Analyze").click();
        const outcome = pane
          .getByRole("heading", { name: "Overview", exact: true })
          .or(pane.getByText("Not priced yet"))
          .or(pane.getByText("Results not written"))
          .or(pane.getByText("Something went wrong"));
        await outcome.first().waitFor({ timeout: 60_000 });
        const text = await preview.paneText();
        assert.ok(!text.includes("Something went wrong"), `the pane failed: ${text.slice(text.indexOf("Something went wrong"), 400)}`);
        const after = await preview.snapshot();
        await checkAccessibility(preview.paneFrame(), `${label}: analyzed`);
        if (flow.plan === null) {
          assert.ok(text.includes("Not priced yet"), "the engine found errors, so the pane must list them");
          const shown = await pane.getByRole("list", { name: "Problems to fix" }).innerText();
          for (const e of flow.analysis.errors.slice(0, 50)) {
            assert.ok(shown.includes(e.message), `the list says: ${e.message}`);
            if (e.cell) assert.ok(shown.includes(`Go to ${e.cell}`), `the list names ${e.cell}`);
          }
          assertUnchanged(before, after, "a workbook with errors");
        } else if (text.includes("Results not written")) {
          assert.ok(before.sheets.some((s) => s.name.toLowerCase() === RESULTS_SHEET.toLowerCase()), "a refusal needs a sheet in the way");
          assertUnchanged(before, after, "a refused workbook");
        } else {
          assertResultsSheet(after, flow.plan.sheets[0]!);
          for (const s of before.sheets) {
            if (s.name.toLowerCase() !== RESULTS_SHEET.toLowerCase()) assert.deepEqual(sheet(after, s.name), s, `Analyze leaves ${s.name} alone`);
          }
        }
      });
    },
  };
}
