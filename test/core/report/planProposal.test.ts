/**
 * The Proposal sheet (PRICING.md §5b) of the §8 and §8b clients, hand-checked cell by cell against
 * the figures of PRICING.md, and never a figure the client should not see.
 */
import { planProposalSheet, resolveProposal, type ProposalChoice } from "../../../src/core/report/sheets/planProposal";
import { formatMoney } from "../../../src/core/report/layout/formats";
import type { Analysis } from "../../../src/core/pricing/results";
import type { Model } from "../../../src/core/workbook/model";
import { proposalWarning } from "../../../src/core/report/sheets/proposalWarning";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { sampleGrids } from "../../../src/core/workbook/sample";
import { analyze } from "../../../src/core/pricing/analyze";
import { BENEFITS, allValues, block, cells, workedExample } from "./proposalFixtures";
import { workedExampleSeats } from "../../support/workedExamples";
import { fitOnPage } from "./printedPage";

function plan(ex: { model: Model; analysis: Analysis }, choice: ProposalChoice) {
  const resolved = resolveProposal(ex.analysis, ex.model, choice);
  if (!resolved.ok) throw new Error(`unknown ${resolved.unknown} ${resolved.name}`);
  return planProposalSheet(resolved, ex.model, `Proposal – ${resolved.result.client}`);
}

const v2 = workedExampleSeats();
const has = (sheet: ReturnType<typeof plan>, id: string) => sheet.blocks.some((b) => b.id === id);

describe("the proposal of PRICING.md §8b's Harbor Law", () => {
  it("on Business (picked by hand; Business Plus beats it): today by the hour, the fee with its 0.5 extra hours, $115 a month less, nothing cheaper beside it", () => {
    const sheet = plan(v2, { client: "harbor law ", tier: "business" });
    expect(cells(sheet, "title")).toEqual([["Summit IT Services"]]);
    expect(cells(sheet, "contact")).toEqual([["(555) 010-4477 · hello@summit-it.example"]]);
    expect(cells(sheet, "heading")).toEqual([["A service agreement proposal for Harbor Law"]]);
    expect(cells(sheet, "todayHeading")).toEqual([["What you pay today", "A month", "A year"]]);
    // 3 × 1.5 h × 125 + 4 h × 125 = 1,062.50, and no travel charge at 12 miles (≤ 15).
    expect(cells(sheet, "today")).toEqual([
      ["Labour, billed by the hour", 1062.5, 12750],
      ["Travel charges", 0, 0],
    ]);
    expect(cells(sheet, "todayTotal")).toEqual([["You pay today", 1062.5, 12750]]);
    expect(cells(sheet, "offerHeading")).toEqual([["Our offer: the Business agreement", "A month", "A year"]]);
    // 3 × 1.5 + 4 = 8.5 h on the agreement: 0.5 h over the 8 included, at 95.
    expect(cells(sheet, "offer")).toEqual([
      ["Monthly fee", 900, 10800],
      ["Estimated extra hours: 0.5 × $95.00", 47.5, 570],
    ]);
    expect(cells(sheet, "offerTotal")).toEqual([["Your price", 947.5, 11370]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay $115.00 a month less than today ($1,380.00 a year)."]]);
    expect(cells(sheet, "includes")).toEqual([
      ["• Your agreement includes 8 hours a month; you used 8.5 on average. Extra hours are $95.00 each."],
      ["• No guaranteed response time."],
      ["• Travel is included: no trip charges."],
      ["• No minimum per visit: you pay only for the time we spend."],
      ["• A one-time onboarding fee of $500.00 when you sign."],
      ["• The agreement runs for 12 months."],
    ]);
    // Business Plus costs Harbor Law 910 < 947.50: never listed beside the dearer offer (PRICING.md v3 §5b).
    expect(has(sheet, "othersHeading")).toBe(false);
    expect(has(sheet, "others")).toBe(false);
    expect(cells(sheet, "benefits")).toEqual(BENEFITS.map((b) => [`• ${b}`]));
    expect(cells(sheet, "basis")).toEqual([["Estimated from your use of our services: 3 visits a month of about 1.4 hours on site, 4 hours of remote help a month, 12 miles from us."]]);
    expect(block(sheet, "today").columnFormats).toEqual([null, '"$"#,##0.00', '"$"#,##0.00']);
  });

  it("on Business Plus: the fee as it comes out for 8 users, 10 devices and a server", () => {
    const sheet = plan(v2, { client: "Harbor Law", tier: "Business Plus" });
    // 300 + 8 × 45 + 10 × 10 + 1 × 150 = 910, above the 600 minimum; 8.5 h ≤ 10 included.
    expect(cells(sheet, "offer")).toEqual([
      ["Monthly fee", 300, 3600],
      ["Per user: 8 users × $45.00", 360, 4320],
      ["Per device: 10 devices × $10.00", 100, 1200],
      ["Per server: 1 server × $150.00", 150, 1800],
    ]);
    expect(cells(sheet, "offerTotal")).toEqual([["Your price", 910, 10920]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay $152.50 a month less than today ($1,830.00 a year)."]]);
    expect(cells(sheet, "includes")[4]).toEqual(["• A one-time onboarding fee of $750.00 when you sign."]);
    // Business costs more (947.50) but is beaten by Business Plus (more hours for less): not listed.
    expect(has(sheet, "others")).toBe(false);
  });

  it("a client on an agreement whose recommendation is Hourly: advice to move to pay as you go, with what its hours come to by the hour (§8b Cedar Bakery)", () => {
    const sheet = plan(v2, { client: "Cedar Bakery" });
    expect(cells(sheet, "today")).toEqual([["Your Business Plus agreement", 600, 7200]]);
    // hourlyRevenue 420.00 (§8b); 600 − 420 = 180 a month less.
    expect(cells(sheet, "payg")).toEqual([["Your work billed by the hour, travel included (estimate)", 420, 5040]]);
    expect(cells(sheet, "advice")[0]![0]).toMatch(/^Our advice: move to pay as you go\. You would pay about \$180\.00 a month less than today \(\$2,160\.00 a year\)\./);
    expect(sheet.blocks.some((b) => b.id === "offer")).toBe(false);
    // Business is beaten by Business Plus for Cedar Bakery: only Business Plus, its own tier, is listed.
    expect(cells(sheet, "others")).toEqual([["Business Plus (10 hours included)", 600, 7200]]);
  });

  it("with no tier named: the recommendation, Hourly, is advice to stay on pay as you go, with every tier it could be pitched at its price", () => {
    const sheet = plan(v2, { client: "Harbor Law" });
    expect(cells(sheet, "advice")[0]![0]).toMatch(/^Our advice: stay on pay as you go/);
    expect(sheet.blocks.some((b) => b.id === "offer")).toBe(false);
    expect(cells(sheet, "othersHeading")).toEqual([["Our agreements, priced for you", "A month", "A year"]]);
    // Business (947.50, 8 h) is beaten by Business Plus (910, 10 h) for Harbor Law: left out.
    expect(cells(sheet, "others")).toEqual([["Business Plus (10 hours included)", 910, 10920]]);
    // With no offer, the term and what a price holds are said under the tiers (§8b: a 12-month term, no increase).
    expect(cells(sheet, "othersTerms")).toEqual([["Each agreement runs for 12 months. Each price is for your usual month: the fee, any extra hours and any travel charged."]]);
  });
});

describe("the proposals of §8b's Cedar Bakery and Acme Dental", () => {
  it("Cedar Bakery on its own Business Plus: raised to the 600 minimum, the same as today", () => {
    const sheet = plan(v2, { client: "Cedar Bakery", tier: "Business Plus" });
    expect(cells(sheet, "today")).toEqual([["Your Business Plus agreement", 600, 7200]]);
    // 300 + 3 × 45 + 4 × 10 + 0 × 150 = 475, under the minimum: 125 more.
    expect(cells(sheet, "offer")).toEqual([
      ["Monthly fee", 300, 3600],
      ["Per user: 3 users × $45.00", 135, 1620],
      ["Per device: 4 devices × $10.00", 40, 480],
      ["Per server: 0 servers × $150.00", 0, 0],
      ["Raised to the $600.00 minimum monthly fee", 125, 1500],
    ]);
    expect(cells(sheet, "offerTotal")).toEqual([["Your price", 600, 7200]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay the same as today."]]);
    expect(cells(sheet, "includes")[0]).toEqual(["• Your agreement includes 10 hours a month; you used 2.5 on average. Extra hours are $95.00 each."]);
  });

  it("Acme Dental, on Business, recommended Hourly (§8b): advice to move to pay as you go, Business Plus at its price", () => {
    const sheet = plan(v2, { client: "Acme Dental" });
    expect(has(sheet, "offer")).toBe(false);
    expect(cells(sheet, "today")).toEqual([["Your Business agreement", 900, 10800]]);
    expect(cells(sheet, "payg")).toEqual([["Your work billed by the hour, travel included (estimate)", 777.5, 9330]]);
    expect(cells(sheet, "advice")[0]![0]).toMatch(/^Our advice: move to pay as you go\. You would pay about \$122\.50 a month less than today/);
    expect(cells(sheet, "others")).toEqual([["Business Plus (10 hours included)", 600, 7200]]);
  });

  it("Acme Dental on Business, picked by hand: made as asked, nothing cheaper beside it", () => {
    const sheet = plan(v2, { client: "Acme Dental", tier: "Business" });
    expect(cells(sheet, "offer")).toEqual([["Monthly fee", 900, 10800]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay the same as today."]]);
    expect(has(sheet, "others")).toBe(false); // Business Plus, 600, is cheaper
  });
});

describe("the proposal of PRICING.md §8's Acme Dental", () => {
  const v1 = workedExample();

  it("on Essentials: travel charged as today, 3.5 extra hours, $227.50 a month less", () => {
    const sheet = plan(v1, { client: "Acme Dental", tier: "Essentials" });
    expect(cells(sheet, "today")).toEqual([["Your Business agreement", 900, 10800]]);
    // 2 × 1.25 + 3 = 5.5 h, 3.5 over the 2 included at 95 = 332.50; 2 trips at 45 = 90.
    expect(cells(sheet, "offer")).toEqual([
      ["Monthly fee", 250, 3000],
      ["Estimated extra hours: 3.5 × $95.00", 332.5, 3990],
      ["Travel charges, as today", 90, 1080],
    ]);
    expect(cells(sheet, "offerTotal")).toEqual([["Your price", 672.5, 8070]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay $227.50 a month less than today ($2,730.00 a year)."]]);
    expect(cells(sheet, "includes").slice(0, 3)).toEqual([
      ["• Your agreement includes 2 hours a month; you used 5.5 on average. Extra hours are $95.00 each."],
      ["• We respond within 24 hours."],
      ["• Travel is charged as today."],
    ]);
    expect(cells(sheet, "includes")[4]).toEqual(["• No onboarding fee."]);
    // Business costs Acme more (900 > 672.50) and is beaten by nothing: listed with what it adds.
    expect(cells(sheet, "othersHeading")).toEqual([["More cover, priced for you", "A month", "A year"]]);
    expect(cells(sheet, "others")).toEqual([["Business: 6 more hours included (8 hours a month), a response within 4 hours, travel included", 900, 10800]]);
    expect(block(sheet, "others").wrap).toBe(true); // longer than the label column: wrapped, never run under the figures
  });

  it("on its recommended Business: nothing dearer to add, so no list (Essentials, 672.50, costs less)", () => {
    const sheet = plan(v1, { client: "Acme Dental" });
    expect(cells(sheet, "offerHeading")[0]![0]).toBe("Our offer: the Business agreement");
    expect(has(sheet, "others")).toBe(false);
  });

  it("when Acme Dental was billed by the hour, it would pay $122.50 a month more on Business", () => {
    const hourly = { ...v1.model, clients: v1.model.clients.map((c) => ({ ...c, tier: null })) };
    const { analyze } = jest.requireActual("../../../src/core/pricing/analyze") as typeof import("../../../src/core/pricing/analyze");
    const sheet = plan({ model: hourly, analysis: analyze(hourly) }, { client: "Acme Dental", tier: "Business" });
    // 2 × 1.25 × 125 = 312.50 + 3 × 125 = 375 → 687.50 labour; 2 trips at 45 = 90.
    expect(cells(sheet, "today")).toEqual([
      ["Labour, billed by the hour", 687.5, 8250],
      ["Travel charges", 90, 1080],
    ]);
    expect(cells(sheet, "todayTotal")).toEqual([["You pay today", 777.5, 9330]]);
    expect(cells(sheet, "difference")).toEqual([["You would pay $122.50 a month more than today ($1,470.00 a year)."]]);
    expect(cells(sheet, "includes")[1]).toEqual(["• We respond within 4 hours."]);
  });
});

describe("a tier the client would not be pitched, picked by hand: made as asked, the consultant warned", () => {
  it("dominated: names the tier that beats it for this client (§8b Acme Dental on Business → Business Plus)", () => {
    const acme = v2.analysis.clients[0]!;
    const business = v2.model.tiers[0]!;
    expect(proposalWarning(acme, business, v2.model)).toBe(
      "Business is not the best buy for Acme Dental: Business Plus costs Acme Dental less over the 12-month contract and includes more hours, " +
      "and Acme Dental would see it on your rate card. The proposal offers Business, as you asked; consider Business Plus.");
    expect(proposalWarning(acme, v2.model.tiers[1]!, v2.model)).toBeNull(); // Business Plus: offered, beaten by nothing
    expect(proposalWarning(acme, null, v2.model)).toBeNull(); // pay as you go
  });

  it("dominated twice: follows dominatedBy to a tier nothing beats", () => {
    const model = workedExampleSeats().model;
    // Business (900, 8 h) ← Business Plus (600 for Acme, 10 h) ← Plus Pro (550, 12 h, no onboarding).
    const tiers = [...model.tiers, { ...model.tiers[0]!, name: "Plus Pro", monthlyFee: 550, includedHours: 12, onboardingFee: 0 }];
    const chained = { ...model, tiers };
    const acme = analyze(chained).clients[0]!;
    expect(acme.tierOptions.map((o) => o.dominatedBy)).toEqual(["Business Plus", "Plus Pro", null]);
    expect(proposalWarning(acme, tiers[0]!, chained)).toMatch(/^Business is not the best buy for Acme Dental: Plus Pro costs Acme Dental less .* consider Plus Pro\.$/);
  });

  it("not offered to the client's segment: names the tier's segments and the recommended tier (the sample's Linda Park on Business)", () => {
    const model = parseModel(sampleGrids()).model!;
    const linda = analyze(model).clients.find((c) => c.client === "Linda Park")!;
    expect(proposalWarning(linda, model.tiers.find((t) => t.name === "Business")!, model)).toBe(
      "Business is offered to Small business clients only, and Linda Park is Home. The proposal offers Business, as you asked; " +
      "the recommendation for Linda Park is pay as you go (Hourly).");
  });
});

describe("a tier priced per unit with no base fee", () => {
  it("shows its units, not a Monthly fee of $0.00 (the sample's Harbor Accounting on Managed)", () => {
    const model = parseModel(sampleGrids()).model!;
    const sheet = plan({ model, analysis: analyze(model) }, { client: "Harbor Accounting" });
    expect(cells(sheet, "offerHeading")[0]![0]).toBe("Our offer: the Managed agreement");
    expect(cells(sheet, "offer").map((r) => r[0])).toEqual(["Per user: 14 users × $85.00", "Per device: 16 devices × $5.00", "Per server: 1 server × $100.00", "Estimated extra hours: 2 × $95.00"]);
    expect(cells(sheet, "offerTotal")).toEqual([["Your price", 1560, 18720]]); // 1,190 + 80 + 100 + 190
  });
});

describe("usage said as people say it", () => {
  it("the sample's Ruth Castillo, a visit every 4 months: never 0.25 visits a month", () => {
    const model = parseModel(sampleGrids()).model!;
    const analysis = analyze(model);
    const sheet = plan({ model, analysis }, { client: "Ruth Castillo" });
    // 0.25 visits of 2 h, no remote hours, 26 miles out.
    expect(cells(sheet, "basis")).toEqual([["Estimated from your use of our services: a visit every 4 months of about 2 hours on site, no remote help, 26 miles from us."]]);
  });
});

describe("what a proposal never shows", () => {
  const choices: ProposalChoice[] = [
    { client: "Acme Dental" }, { client: "Acme Dental", tier: "Business Plus" },
    { client: "Harbor Law" }, { client: "Harbor Law", tier: "Business" }, { client: "Harbor Law", tier: "Business Plus" },
    { client: "Cedar Bakery" }, { client: "Cedar Bakery", tier: "Business" }, { client: "Cedar Bakery", tier: "Business Plus" },
  ];

  it.each(choices)("no cost, margin, target price or tool cost: %o", (choice) => {
    const sheet = plan(v2, choice);
    const c = v2.analysis.clients.find((r) => r.client === choice.client)!;
    const internal = [
      c.cost, c.serviceCost, c.toolCost, c.agreementCost, c.recommendedCost, c.currentMargin, c.hourlyMargin,
      c.recommendedMargin, c.targetPrice, ...c.tierOptions.map((o) => o.margin),
    ].filter((x) => Math.abs(x) >= 0.005);
    const values = allValues(sheet);
    const cents = (x: number) => Math.round(x * 100);
    const hidden = new Set(internal.map(cents));
    const shown = values.filter((v): v is number => typeof v === "number").map(cents);
    expect(shown.filter((v) => hidden.has(v))).toEqual([]);
    const texts = values.filter((v): v is string => typeof v === "string");
    const amounts = internal.flatMap((x) => [formatMoney(x, "USD"), formatMoney(12 * x, "USD")]);
    expect(texts.filter((t) => amounts.some((a) => t.includes(a)))).toEqual([]);
    expect(texts.filter((t) => /cost|margin|target|qualif|tool|profit/i.test(t))).toEqual([]);
  });
});

describe("the printed proposal", () => {
  it("is one portrait page, at full size on Letter and A4 with the sample's ten benefits", () => {
    const many = { ...v2.model, benefits: Array.from({ length: 10 }, (_, i) => `Benefit number ${i + 1} of an agreement, in a sentence of ordinary length`) };
    const sheet = plan({ model: many, analysis: v2.analysis }, { client: "Harbor Law", tier: "Business Plus" });
    expect(sheet.print).toMatchObject({ orientation: "portrait", fitToPages: { wide: 1, tall: 1 } });
    expect(sheet.print!.printArea).toMatch(/^A1:C\d+$/);
    expect(fitOnPage(sheet, "Letter").scale).toBe(1);
    expect(fitOnPage(sheet, "A4").scale).toBe(1);
    expect(sheet.activate).toBe(true);
  });
});

describe("choosing a client and a tier", () => {
  it("names what it does not know", () => {
    expect(resolveProposal(v2.analysis, v2.model, { client: "Harbour Law" })).toEqual({ ok: false, unknown: "client", name: "Harbour Law" });
    expect(resolveProposal(v2.analysis, v2.model, { client: "Harbor Law", tier: "Premier" })).toEqual({ ok: false, unknown: "tier", name: "Premier" });
  });

  it("takes Hourly as pay as you go, and the recommended tier when none is named", () => {
    const acme = resolveProposal(v2.analysis, v2.model, { client: "Acme Dental", tier: "hourly" });
    expect(acme.ok && acme.tier).toBeNull();
    // §8b: Acme Dental's recommendation is Hourly (Business is beaten by Business Plus).
    const rec = resolveProposal(v2.analysis, v2.model, { client: "Acme Dental", tier: "" });
    expect(rec.ok && rec.tier).toBeNull();
    const one = workedExample();
    const business = resolveProposal(one.analysis, one.model, { client: "Acme Dental", tier: " " });
    expect(business.ok && business.tier?.name).toBe("Business");
  });
});
