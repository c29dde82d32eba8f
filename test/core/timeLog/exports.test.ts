/**
 * The exports consultants have (issue 18), each as its vendor writes it (exports/README.md cites
 * the pages): Harvest, Toggl, Clockify, ConnectWise, Autotask, HaloPSA, Syncro and QuickBooks Time,
 * in UTF-8 (with and without BOM), UTF-16 and Windows-1252, comma, semicolon (decimal commas) and
 * tab separated. Each is priced to the cent like the same entries typed into a Time log table.
 */
import fs from "node:fs";
import path from "node:path";
import { runFlow } from "../../../src/core/flow";
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { readTimeLogCsv } from "../../../src/apps/cli/timeLogCsv";
import { BENEFITS_OK, grid, settingsGrid } from "../workbook/helpers";
import { cents } from "../pricing/fixtures";

const DIR = path.join(__dirname, "exports");
interface Entry { date: string; client: string; hours: number; remote: boolean; amount: number }
const ENTRIES = (JSON.parse(fs.readFileSync(path.join(DIR, "entries.json"), "utf8")) as { entries: Entry[] }).entries;

/** The workbook: Acme Dental on Business, the others by the hour; Lakeview Chiropractic's figures typed (the log misspells it). */
const WORKBOOK: Grid[] = [
  settingsGrid([["Business name", "Bright IT"]]),
  grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
  grid("clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
    ["Acme Dental", "Small business", "Business", 20, null, null, null],
    ["Harbor Law", "Small business", null, 12, null, null, null],
    ["Café Müller", "Home", null, 5, null, null, null],
    ["Lakeview Chiropractic", "Small business", null, 25, 1, 1, 0],
  ]),
  grid("benefits", BENEFITS_OK),
];

/** The same entries typed into a Time log table: On site as the export marks it, Amount when it has one. */
function typedLog(marksRemote: boolean, hasAmount: boolean): Grid {
  const header: CellValue[] = ["Client", "Date", "Hours", "On site", ...(hasAmount ? ["Amount"] : [])];
  const rows = ENTRIES.map((e): CellValue[] => [e.client, e.date, e.hours, marksRemote && e.remote ? "No" : "Yes", ...(hasAmount ? [e.amount] : [])]);
  return grid("timeLog", [header, ...rows]);
}

const EXPORTS = [
  { file: "harvest.csv", marksRemote: true, hasAmount: true },
  { file: "toggl.csv", marksRemote: true, hasAmount: true },
  { file: "clockify.csv", marksRemote: true, hasAmount: true },
  { file: "connectwise.csv", marksRemote: true, hasAmount: true },
  { file: "autotask.csv", marksRemote: true, hasAmount: false },
  { file: "halopsa.csv", marksRemote: false, hasAmount: true },
  { file: "syncro.csv", marksRemote: false, hasAmount: true },
  { file: "quickbooks-time.csv", marksRemote: false, hasAmount: false },
] as const;

async function priceExport(file: string) {
  return runFlow([...WORKBOOK, await readTimeLogCsv(path.join(DIR, file))]);
}

/** What a consultant compares: each client's logged figures and prices, to the cent. */
function figures(result: ReturnType<typeof runFlow>) {
  return {
    errors: result.analysis.errors,
    timeLog: result.analysis.timeLog,
    clients: result.analysis.clients.map((c) => ({
      client: c.client,
      timeLog: c.timeLog && {
        visits: cents(c.timeLog.visits), hoursPerVisit: cents(c.timeLog.hoursPerVisit), remoteHours: cents(c.timeLog.remoteHours),
        actualRevenue: c.timeLog.actualRevenue === null ? null : cents(c.timeLog.actualRevenue),
      },
      hourlyRevenue: cents(c.hourlyRevenue), cost: cents(c.cost), recommendedTier: c.recommendedTier,
      recommendedRevenue: cents(c.recommendedRevenue), recommendedMargin: cents(c.recommendedMargin),
    })),
  };
}

describe.each(EXPORTS)("$file", ({ file, marksRemote, hasAmount }) => {
  it("is priced to the cent like the same entries typed into a Time log table", async () => {
    const fromExport = figures(await priceExport(file));
    const typed = figures(runFlow([...WORKBOOK, typedLog(marksRemote, hasAmount)]));
    expect(fromExport.errors).toEqual([]);
    expect(typed.errors).toEqual([]);
    expect(fromExport).toEqual(typed);
    expect(fromExport.timeLog).toEqual({ months: 3, entries: 12, first: "2025-07-01", last: "2025-09-30" });
  });

  it("names the misspelt client with the nearest one and the consultant's own time, before any note about columns", async () => {
    const warnings = (await priceExport(file)).analysis.warnings.map((w) => w.message);
    expect(warnings[0]).toMatch(/^"Lakeview Chiro" in the Time log is not a client .* 1\.75 hours \(2 entries\) are left out — did you mean "Lakeview Chiropractic"\?/);
    expect(warnings[1]).toMatch(/^"Bright IT" in the Time log is your own business .*: its 2 hours \(1 entry\) are internal time/);
    const unread = warnings.filter((w) => /not read \(it reads Client, Date, Hours/.test(w));
    expect(unread).toHaveLength(1); // one note for all the export's other columns
  });

  it(marksRemote ? "says which column marked entries remote, and how many" : "warns once that every entry was counted on site", async () => {
    const warnings = (await priceExport(file)).analysis.warnings.map((w) => w.message);
    if (marksRemote) {
      expect(warnings.filter((w) => /read as remote work/.test(w))).toEqual([expect.stringMatching(/no On site column, so its "[^"]+" column says where the work was: 5 of 12 entries read as remote work/)]);
    } else {
      // Every entry on site: one visit per client and day — Acme 3, Harbor 3, Café 2, Lakeview Chiro 2, Bright IT 1.
      expect(warnings.filter((w) => /counted as work on site/.test(w))).toEqual([expect.stringMatching(/all 12 entries are counted as work on site \(11 visits: one per client and day\) — to mark remote work, add an On site column .* "Remote"/)]);
    }
  });
});

describe("the figures themselves (PRICING.md §1, by hand)", () => {
  it("Harvest's Task \"Remote support\" prices those hours as remote: Acme Dental 2 visits and 1.25 remote hours over 3 months", async () => {
    const acme = (await priceExport("harvest.csv")).analysis.clients[0]!;
    // On site: 2025-07-01 (1.5 h) and 2025-09-30 (1.75 h); remote 0.5 + 0.75 h; billed 562.50; July–September, M = 3.
    expect(acme.timeLog).toEqual({ visits: 2 / 3, hoursPerVisit: 1.625, remoteHours: 1.25 / 3, actualRevenue: 187.5 });
  });

  it("reads US dates (month/day) in QuickBooks Time and Clockify and day/month in Autotask, each said once", async () => {
    for (const [file, order, example] of [["quickbooks-time.csv", "month/day/year", "07/15/2025"], ["clockify.csv", "month/day/year", "07/15/2025"], ["autotask.csv", "day/month/year", "15/07/2025"]] as const) {
      const result = await priceExport(file);
      expect(result.analysis.timeLog).toEqual({ months: 3, entries: 12, first: "2025-07-01", last: "2025-09-30" });
      const said = result.analysis.warnings.filter((w) => /dates are read as/.test(w.message));
      expect(said).toEqual([expect.objectContaining({ message: expect.stringContaining(`read as ${order}, since "${example}" can only be read that way`) })]);
    }
  });
});
