/**
 * Issue 13 in a real browser: after an analysis, choose a client in the searchable list, make its
 * proposal, make it again on another tier (the same sheet is updated), then another client's
 * (a sheet of its own). Each time the sheet holds exactly the engine's plan, is shown, and is ours.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { runFlow } from "../../src/core/flow";
import { sampleGrids } from "../../src/core/workbook/sample";
import { planProposalSheet, resolveProposal, type ProposalChoice } from "../../src/core/report/sheets/planProposal";
import { proposalSheetName } from "../../src/core/report/outputs/proposalSheetName";
import { ownershipName } from "../../src/core/report/outputs/names";
import type { SheetSpec } from "../../src/core/report/sheetPlan";
import type { WorkbookSnapshot } from "../../src/testing/fakeExcel/snapshot";
import { assertNoFormulas, assertPlanLanded, ownershipNames, sheet, sheetNames } from "./expect";
import type { PreviewPage } from "./previewPage";

/** The proposal the engine plans for the sample workbook. */
export function plannedProposal(choice: ProposalChoice): SheetSpec {
  const flow = runFlow(sampleGrids(), { sheets: [] });
  const resolved = resolveProposal(flow.analysis, flow.parse.model!, choice);
  assert.ok(resolved.ok, `the sample has ${choice.client}`);
  const name = proposalSheetName(resolved.result.client, flow.analysis.clients.map((c) => c.client), () => false);
  return planProposalSheet(resolved, flow.parse.model!, name);
}

/** Search, choose, make; wait for the pane to say where it is and for the write to land. */
export async function makeProposal(preview: PreviewPage, search: string, client: string, tier: string | null): Promise<WorkbookSnapshot> {
  const section = preview.pane.getByRole("region", { name: "Proposal for one client" });
  const before = (await preview.snapshot()).syncs;
  await section.getByRole("searchbox", { name: "Search clients" }).fill(search);
  await section.getByRole("combobox", { name: "Client" }).selectOption(client);
  await section.getByRole("combobox", { name: "Tier to offer" }).selectOption(tier ?? "");
  await section.getByRole("button", { name: "Make proposal" }).click();
  await section.getByRole("status").filter({ hasText: `The proposal for ${client} is on the` }).waitFor();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const snapshot = await preview.snapshot();
    if (snapshot.syncs >= before + 3) return snapshot;
    if (Date.now() > deadline) throw new Error("the proposal was not written");
    await (preview.page as Page).waitForTimeout(50);
  }
}

export function assertProposalLanded(snapshot: WorkbookSnapshot, spec: SheetSpec): void {
  assertPlanLanded(snapshot, spec);
  assert.equal(snapshot.activeSheet, spec.name, "the proposal is shown at once");
  assert.ok(ownershipNames(snapshot).some((n) => n.name === ownershipName(spec.name) && n.sheet === spec.name), `${spec.name} is marked as ours`);
  const layout = sheet(snapshot, spec.name).pageLayout;
  assert.equal(layout.printArea, spec.print!.printArea, "the proposal's print area");
  assert.deepEqual([layout.zoom.horizontalFitToPages, layout.zoom.verticalFitToPages], [1, 1], "one page");
  assertNoFormulas(snapshot);
}

/** Runs after the sample is analysed in the pane. */
export async function proposalFlow(preview: PreviewPage): Promise<void> {
  const first = plannedProposal({ client: "Harbor Accounting" });
  let snapshot = await makeProposal(preview, "harbor", "Harbor Accounting", null);
  assertProposalLanded(snapshot, first);
  const sheetsAfterFirst = sheetNames(snapshot);
  assert.ok(sheetsAfterFirst.includes("Proposal – Harbor Accounting"));

  const again = plannedProposal({ client: "Harbor Accounting", tier: "Premier" });
  snapshot = await makeProposal(preview, "harbor", "Harbor Accounting", "Premier");
  assertProposalLanded(snapshot, again);
  assert.deepEqual(sheetNames(snapshot), sheetsAfterFirst, "making it again updates that sheet");

  const other = plannedProposal({ client: "Cedar Law Group" });
  snapshot = await makeProposal(preview, "cedar", "Cedar Law Group", null);
  assertProposalLanded(snapshot, other);
  assert.deepEqual(sheetNames(snapshot), [...sheetsAfterFirst, "Proposal – Cedar Law Group"], "another client gets its own sheet");
  assertPlanLanded(snapshot, again);
}
