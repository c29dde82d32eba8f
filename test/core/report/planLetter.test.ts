/**
 * The price-change letter (PRICING.md §5d) on the §8d workbook read by the parser: the new price
 * and the date first, the change a month, a year and in percent, the usual bill where extra hours
 * or travel are charged, what stays included — and nothing the client should not see.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import type { CellValue } from "../../../src/core/workbook/grid";
import { letterDate, letterTierWarning, noLetterReason, planLetterSheet, resolveLetter } from "../../../src/core/report/sheets/planLetter";
import { letterSheetName } from "../../../src/core/report/outputs/proposalSheetName";
import { ownershipName } from "../../../src/core/report/outputs/names";
import { grid, settingsGrid } from "../workbook/helpers";

function book(settings: [string, CellValue][] = [], increase: CellValue = "5%") {
  const parsed = parseModel([
    settingsGrid([["Business name", "Summit IT"], ["Contact", "hello@summit-it.example"], ["Annual increase", increase], ["Annual cost increase", "4%"], ...settings]),
    grid("tiers", [
      ["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Extra hour rate"],
      ["Business", 900, 8, 4, "Yes", null],
      ["Essentials", 250, 2, 24, "No", 110],
    ]),
    grid("clients", [
      ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Renewal date"],
      ["Acme Dental", "Small business", "Business", 20, 2, 1.1, 3, "2026-07-01"],
      ["Linda Park", "Home", "Essentials", 22, 1, 1.5, 2, null],
      ["Harbor Law", "Small business", null, 12, 3, 1.4, 4, null],
    ]),
    grid("benefits", [["Benefit"], ["Predictable monthly cost"], ["Proactive monitoring"], ["Quarterly review"], ["Patch management"], ["Discounted extra hours"], ["Free remote support"]]),
  ]);
  return { model: parsed.model!, analysis: analyze(parsed.model!) };
}

function letterText(client: string, settings: [string, CellValue][] = []) {
  const { model, analysis } = book(settings);
  const letter = resolveLetter(analysis, model, client);
  if (!letter.ok) throw new Error(letter.why);
  const sheet = planLetterSheet(letter, model, `Letter – ${client}`);
  const cells = sheet.blocks.flatMap((b) => b.values.flat());
  return { sheet, letter, cells, text: cells.filter((v) => typeof v === "string").join("\n") };
}

describe("the price-change letter", () => {
  it("opens, after the letterhead and the client's name, with the new price and the date", () => {
    const { sheet } = letterText("Acme Dental");
    expect(sheet.blocks.slice(0, 4).map((b) => b.values[0][0])).toEqual([
      "Summit IT", "hello@summit-it.example", "Acme Dental", "From July 1, 2026, your Business agreement will be $945.00 a month.",
    ]);
  });

  it("gives the fee today and from the renewal date, a month and a year, and the change in percent", () => {
    const { sheet } = letterText("Acme Dental");
    const fees = sheet.blocks.find((b) => b.id === "fees")!;
    expect(fees.values[0]).toEqual(["Today", 900, 10800]);
    expect(fees.values[1][0]).toBe("From July 1, 2026");
    expect(fees.values[1][1]).toBeCloseTo(945, 9);
    expect(fees.values[1][2]).toBeCloseTo(11340, 9);
    expect(fees.values[2][0]).toBe("Change (5%)");
    expect(fees.values[2][1]).toBeCloseTo(45, 9);
    expect(fees.values[2][2]).toBeCloseTo(540, 9);
  });

  it("says extra hours rise by the same percentage; with no extra hours or travel in its usual month, no usual-bill line", () => {
    const { text } = letterText("Acme Dental");
    expect(text).toContain("Extra hours beyond the 8 hours included rise by the same 5%, from $95.00 to $99.75 an hour.");
    expect(text).not.toContain("usual use");
    expect(text).toContain("• Visits with no travel charges.");
    expect(text).toContain("• A response within 4 hours.");
    expect(text).toContain("• Predictable monthly cost.");
  });

  it("Linda Park pays for extra hours and travel: her usual bill today and after the change (agreementRevenue, renewal.revenue)", () => {
    // Essentials: 250 + (1.5 + 2 − 2) h × 110 + 45 travel = 460.00; × 1.05 = 483.00.
    const { text, sheet } = letterText("Linda Park");
    expect(sheet.blocks[3].values[0][0]).toBe("From your next renewal, your Essentials agreement will be $262.50 a month.");
    expect(text).toContain("Extra hours beyond the 2 hours included rise by the same 5%, from $110.00 to $115.50 an hour, and so do travel charges for visits.");
    expect(text).toContain("With your usual use, that makes your monthly bill about $460.00 today and $483.00 after the change.");
  });

  it("never shows cost, margin, the target or the increase that would keep it", () => {
    for (const client of ["Acme Dental", "Linda Park"]) {
      const { text, cells, letter } = letterText(client);
      expect(text).not.toMatch(/margin|target|profit|4%/i);
      // "cost" only in the consultant's own benefit ("Predictable monthly cost").
      expect(text.split("\n").filter((line) => /cost/i.test(line))).toEqual(["• Predictable monthly cost."]);
      const internal = [letter.result.agreementCost, letter.result.renewal!.cost, letter.result.renewal!.margin, letter.result.currentMargin];
      for (const figure of internal) expect(cells.some((v) => typeof v === "number" && Math.abs(v - figure) < 0.005)).toBe(false);
    }
  });

  it("is set up as one portrait page, on a sheet of its own that is marked as ours", () => {
    const { sheet } = letterText("Acme Dental");
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToPages: { wide: 1, tall: 1 } });
    expect(sheet.showGridlines).toBe(false);
    const name = letterSheetName("Acme Dental", ["Acme Dental", "Linda Park"], () => false);
    expect(name).toBe("Letter – Acme Dental");
    expect(ownershipName(name)).toMatch(/^ServicePricer_Owned_Letter_AcmeDental_[0-9a-f]{16}$/);
    expect(letterSheetName("Acme Dental", ["Acme Dental"], (s) => s === "Letter – Acme Dental")).toBe("Letter – Acme Dental (2)");
  });
});

describe("when there is no letter", () => {
  it("a client billed by the hour: a proposal instead", () => {
    const { model, analysis } = book();
    expect(resolveLetter(analysis, model, "harbor law")).toEqual({ ok: false, why: "hourly", name: "Harbor Law" });
    expect(noLetterReason("hourly", "Harbor Law")).toMatch(/billed by the hour.*proposal/);
  });

  it("an Annual increase of 0: nothing to announce", () => {
    const { model, analysis } = book([], 0);
    expect(resolveLetter(analysis, model, "Acme Dental")).toEqual({ ok: false, why: "noIncrease", name: "Acme Dental" });
    expect(noLetterReason("noIncrease", "Acme Dental")).toMatch(/Annual increase setting is 0%/);
  });

  it("an unknown client", () => {
    const { model, analysis } = book();
    expect(resolveLetter(analysis, model, "Acme Dentl")).toEqual({ ok: false, why: "unknown", name: "Acme Dentl" });
  });
});

describe("dates and warnings", () => {
  it("writes the date the way the workbook's readers write it", () => {
    expect(letterDate("2026-07-01", { dateOrder: null, currency: "USD" })).toBe("July 1, 2026");
    expect(letterDate("2026-07-01", { dateOrder: "DMY", currency: "USD" })).toBe("1 July 2026");
    expect(letterDate("2026-07-01", { dateOrder: null, currency: "GBP" })).toBe("1 July 2026");
    expect(letterDate("2026-12-31", { dateOrder: "MDY", currency: "EUR" })).toBe("December 31, 2026");
  });

  it("warns the consultant when the tier is not offered to the client or another beats it, and not otherwise", () => {
    const { letter } = letterText("Acme Dental");
    expect(letterTierWarning(letter)).toBeNull();
    const judged = (own: object, others: object[] = []) =>
      letterTierWarning({ ...letter, option: { ...letter.option, ...own }, result: { ...letter.result, tierOptions: [{ ...letter.option, ...own }, ...others] as never } });
    expect(judged({ offered: false })).toMatch(/not offered to its segment \(Small business\)/);
    expect(judged({ dominatedBy: "Plus" }, [{ tier: "Plus", dominatedBy: "Max" }, { tier: "Max", dominatedBy: null }])).toMatch(/but Max gives it at least as much/);
  });
});
