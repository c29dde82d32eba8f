/**
 * The application layer's verbs (src/core/flow.ts): what each front door gets, and what is
 * decided there once — which sheet is shown, a proposal's sheet name, what a failed flow means.
 */
import { analyze, letter, proposal, rateCard, whatIf } from "../../src/core/flow";
import { gridsOf, settingsRows } from "../support/workbook";
import { sampleGrids } from "../../src/core/workbook/sample";
import { whatIfStep } from "../../src/core/whatIf/whatIfStep";
import type { SheetState } from "../../src/core/report/outputs/ownership";
import { RATE_CARD_SHEET, RESULTS_SHEET } from "../../src/core/report/outputs/names";

const states = (byName: Record<string, SheetState>) => (name: string) => byName[name] ?? "absent";
const shown = (plan: { sheets: { name: string; activate?: boolean }[] }) => plan.sheets.filter((s) => s.activate).map((s) => s.name);

describe("the flow's verbs", () => {
  it("analyze shows Pricing Results; with the rate card, the card is written but not shown", () => {
    const alone = analyze({ grids: sampleGrids() });
    const both = analyze({ grids: sampleGrids() }, { rateCard: true });
    expect(alone.ok && [alone.sheet, alone.plan.sheets.map((s) => s.name)]).toEqual([RESULTS_SHEET, [RESULTS_SHEET]]);
    expect(both.ok && [both.sheet, shown(both.plan), both.plan.sheets.map((s) => s.name)]).toEqual([RESULTS_SHEET, [RESULTS_SHEET], [RESULTS_SHEET, RATE_CARD_SHEET]]);
  });

  it("rateCard asked for alone is the sheet shown", () => {
    const card = rateCard({ grids: sampleGrids() });
    expect(card.ok && [card.sheet, shown(card.plan)]).toEqual([RATE_CARD_SHEET, [RATE_CARD_SHEET]]);
  });

  it("a planned sheet whose name the user's sheet has: refused, nothing to write, the problem at its A1", () => {
    const refused = analyze({ grids: sampleGrids(), sheetState: states({ [RESULTS_SHEET]: "foreign" }) });
    expect(refused).toMatchObject({ ok: false, reason: "foreignSheet", sheet: RESULTS_SHEET });
    expect(!refused.ok && refused.problems.map((p) => p.cell)).toEqual(["'Pricing Results'!A1"]);
    // Our own sheet of that name is updated in place.
    expect(analyze({ grids: sampleGrids(), sheetState: states({ [RESULTS_SHEET]: "ours" }) }).ok).toBe(true);
  });

  it("a workbook with errors: not ok, the errors at their cells, and a report with no figures", () => {
    const grids = sampleGrids();
    grids.find((g) => g.key === "clients")!.values[3][3] = "far";
    const failed = analyze({ grids });
    expect(failed).toMatchObject({ ok: false, reason: "inputErrors" });
    expect(!failed.ok && [failed.problems.map((p) => p.cell), failed.analysis.clients.length]).toEqual([["Clients!D4"], 0]);
  });

  it("proposal: the client's own sheet, shown; a sheet of the user's of that name is passed over, never refused", () => {
    const first = analyze({ grids: sampleGrids() });
    if (!first.ok) throw new Error("the sample reads");
    const client = first.analysis.clients[0]!.client;
    const made = proposal({ grids: sampleGrids() }, { client });
    expect(made.ok && [made.sheet, shown(made.plan), made.plan.sheets.length]).toEqual([`Proposal – ${client}`, [`Proposal – ${client}`], 1]);
    const beside = proposal({ grids: sampleGrids(), sheetState: states({ [`Proposal – ${client}`]: "foreign" }) }, { client }, { withReport: true });
    expect(beside.ok && [beside.sheet, shown(beside.plan), beside.plan.sheets.map((s) => s.name)]).toEqual([
      `Proposal – ${client} (2)`, [`Proposal – ${client} (2)`], [RESULTS_SHEET, RATE_CARD_SHEET, `Proposal – ${client} (2)`],
    ]);
  });

  it("proposal for a client or tier the workbook does not have: not ok, naming it and the names there are", () => {
    const unknown = proposal({ grids: sampleGrids() }, { client: "Nobody Ltd" });
    expect(unknown).toMatchObject({ ok: false, reason: "unknownName", unknown: { what: "client", name: "Nobody Ltd" } });
    expect(!unknown.ok && unknown.unknown!.known.length).toBe(28);
  });

  it("whatIf: the what-if's figures, the levers changed and the note on the sheet", () => {
    const base = analyze({ grids: sampleGrids() });
    const raised = whatIf({ grids: sampleGrids() }, whatIfStep(() => ({ settings: { hourlyRate: 200 } })));
    if (!base.ok || !raised.ok) throw new Error("the sample reads");
    expect(raised.changes.map((c) => [c.label, c.to])).toEqual([["Hourly rate", 200]]);
    expect(raised.figures.annualHourlyRevenue).toBeGreaterThan(base.figures.annualHourlyRevenue);
    const notes = raised.plan.sheets[0]!.blocks.find((b) => b.id === "notes")!.values.map((r) => r[0]);
    expect(notes[0]).toContain(raised.note.message);
  });
});

describe("letter: a Renewal date already past", () => {
  const grids = gridsOf({
    settings: settingsRows([["Annual increase", "5%"]]),
    tiers: [["Tier", "Monthly fee", "Included hours"], ["Business", 900, 8]],
    clients: [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Renewal date"],
      ["Acme Dental", "Small business", "Business", 20, 2, "2026-02-01"],
      ["Leap Day Ltd", "Small business", "Business", 20, 2, "2024-02-29"],
    ],
  });

  it("is moved on by whole years to the first day not before today, with a warning for the consultant", () => {
    const outcome = letter({ grids }, "Acme Dental", { today: "2026-12-06" });
    if (!outcome.ok) throw new Error(outcome.problems[0]!.message);
    expect(outcome.letter.client.renewalDate).toBe("2027-02-01");
    expect(outcome.warning).toContain("Acme Dental's Renewal date, 2026-02-01, has passed: the letter announces the new price from its next anniversary, 2027-02-01");
  });

  it("today's own date stands; 29 February moves to the 28th of a common year", () => {
    const same = letter({ grids }, "Acme Dental", { today: "2026-02-01" });
    expect(same.ok && same.letter.client.renewalDate).toBe("2026-02-01");
    expect(same.ok && same.warning).toBeNull();
    const leap = letter({ grids }, "Leap Day Ltd", { today: "2026-12-06" });
    expect(leap.ok && leap.letter.client.renewalDate).toBe("2027-02-28");
  });
});
