/**
 * PRICING.md v3 §2: which tiers may be pitched to a client — `offered` (the tier's Segment) and
 * `dominatedBy` (another offered tier gives the client at least as much for no more money over
 * the contract) — by hand, on the §8 client: Acme Dental, Small business, hourlyRevenue 777.50,
 * cost 410, 5.5 h of work a month; margin bar R ≥ 820, premium cap R ≤ 971.875.
 */
import { analyze } from "../../../src/core/pricing/analyze";
import type { Client, Settings, Tier } from "../../../src/core/workbook/model";
import { ACME_DENTAL, cents, makeModel, makeTier } from "./fixtures";

const hourlyAcme: Client = { ...ACME_DENTAL, tier: null };
/** Travel included, 8 h: the revenue is the fee for Acme (5.5 h of work). */
const flat = (name: string, fee: number, more: Partial<Tier> = {}): Tier =>
  makeTier({ name, monthlyFee: fee, includedHours: 8, travelIncluded: true, ...more });
const acme = (tiers: Tier[], settings: Partial<Settings> = {}, client: Client = hourlyAcme) =>
  analyze(makeModel({ settings, tiers, clients: [client] })).clients[0];

describe("offered: the tier's Segment", () => {
  it("a tier for another segment is never recommended, however well it earns", () => {
    const row = acme([flat("Home Care", 900, { segment: "Home" }), flat("Office", 850, { includedHours: 6 })]);
    expect(row.tierOptions.map((o) => [o.tier, o.offered, o.qualifies])).toEqual([["Home Care", false, false], ["Office", true, true]]);
    expect(row.recommendedTier).toBe("Office");
  });

  it("lists of segments, matched like segments: `home; SMALL-business` is offered to Small business", () => {
    const row = acme([flat("Business", 900, { segment: "home; SMALL-business" })]);
    expect(row.tierOptions[0]).toMatchObject({ offered: true, qualifies: true });
    expect(row.recommendedTier).toBe("Business");
  });

  it("All, Everyone, Any and blank offer it to every client", () => {
    for (const segment of [null, "All", "everyone", " Any ", "Home, All"]) {
      expect(acme([flat("Business", 900, { segment })]).tierOptions[0].offered).toBe(true);
    }
  });

  it("a tier not offered to the client dominates nothing: Business stays undominated", () => {
    // Home Plus would give Acme 10 h for 600, but it is not offered to Acme's segment.
    const row = acme([flat("Business", 900), flat("Home Plus", 600, { includedHours: 10, segment: "Home" })]);
    expect(row.tierOptions.map((o) => [o.tier, o.dominatedBy])).toEqual([["Business", null], ["Home Plus", null]]);
    expect(row.recommendedTier).toBe("Business");
  });
});

describe("dominatedBy: at least as much for no more money", () => {
  it("more hours for less money dominates; the dominated tier is passed over even with the best margin", () => {
    // Plus: 850 for 10 h. Business: 900 for 8 h. 12 × 850 = 10,200 ≤ 10,800, 10 ≥ 8.
    const row = acme([flat("Business", 900), flat("Plus", 850, { includedHours: 10 })]);
    expect(row.tierOptions.map((o) => [o.tier, o.dominatedBy, o.qualifies])).toEqual([["Business", "Plus", false], ["Plus", null, true]]);
    expect(row.recommendedTier).toBe("Plus");
    expect(cents(row.recommendedMargin)).toBe(440);
  });

  it("the same money and hours, nothing better: neither dominates (twins), the earlier row is recommended", () => {
    const row = acme([flat("First", 900), flat("Second", 900)]);
    expect(row.tierOptions.map((o) => o.dominatedBy)).toEqual([null, null]);
    expect(row.recommendedTier).toBe("First");
  });

  it("names the first dominating tier in table order", () => {
    const row = acme([flat("Business", 900), flat("Cheaper", 880), flat("Cheapest", 860)]);
    expect(row.tierOptions.map((o) => o.dominatedBy)).toEqual(["Cheaper", "Cheapest", null]);
  });

  it("response times: a promise T makes must be kept; one T lacks is not counted as better", () => {
    // T promises 4 h; U is cheaper but promises nothing: U does not dominate T.
    expect(acme([flat("T", 900, { responseTime: 4 }), flat("U", 850)]).tierOptions[0].dominatedBy).toBeNull();
    // U promises 4 h where T promises nothing, same money and hours: not better, so no dominance.
    expect(acme([flat("T", 900), flat("U", 900, { responseTime: 4 })]).tierOptions[0].dominatedBy).toBeNull();
    // Both promise; U answers in 2 h, T in 4 h, same money and hours: U dominates.
    expect(acme([flat("T", 900, { responseTime: 4 }), flat("U", 900, { responseTime: 2 })]).tierOptions[0].dominatedBy).toBe("U");
    // U slower (8 h) but cheaper: not dominating.
    expect(acme([flat("T", 900, { responseTime: 4 }), flat("U", 850, { responseTime: 8 })]).tierOptions[0].dominatedBy).toBeNull();
  });

  it("money is over the contract with onboarding: 850 a month + 1,400 to sign does not beat 900 over 24 months", () => {
    // 24 × 900 = 21,600 against 24 × 850 + 1,400 = 21,800.
    const tiers = [flat("Monthly", 900), flat("Setup", 850, { onboardingFee: 1400 })];
    expect(acme(tiers, { contractTerm: 24 }).tierOptions[0].dominatedBy).toBeNull();
    // Over 12 months: 10,800 against 10,200 + 1,400 = 11,600: still not.
    expect(acme(tiers).tierOptions[0].dominatedBy).toBeNull();
  });

  it("money rises with the Annual increase: at 50 % a year, the second year's months weigh 1.5 and Setup beats Monthly", () => {
    // 12 × 900 + 12 × 1,350 = 27,000 against 12 × 850 + 12 × 1,275 + 1,400 = 26,900.
    const row = acme([flat("Monthly", 900), flat("Setup", 850, { onboardingFee: 1400 })], { contractTerm: 24, annualIncrease: 0.5 });
    expect(row.tierOptions.map((o) => o.dominatedBy)).toEqual(["Setup", null]);
  });

  it("is the client's own: per-unit prices make a tier dominated for one client and not another", () => {
    // Seats: 75 a user for 8 h. Business: 900 for 8 h. 10 users: 750 < 900 → Business dominated; 13 users: 975 > 900 → Seats dominated.
    const tiers = [flat("Business", 900), flat("Seats", 0, { perUser: 75 })];
    expect(acme(tiers, {}, { ...hourlyAcme, users: 10 }).tierOptions.map((o) => o.dominatedBy)).toEqual(["Seats", null]);
    expect(acme(tiers, {}, { ...hourlyAcme, users: 13 }).tierOptions.map((o) => o.dominatedBy)).toEqual([null, "Business"]);
  });
});

describe("contractValue with the Annual increase (PRICING.md §8d)", () => {
  it("Acme Dental on a 24-month Business agreement rising 5 %: 12 × 900 + 12 × 945 = 22,140", () => {
    const row = acme([flat("Business", 900)], { contractTerm: 24, annualIncrease: 0.05 }, ACME_DENTAL);
    expect(row.recommendedTier).toBe("Business");
    expect(cents(row.contractValue!)).toBe(22140);
  });

  it("a 30-month term: 12 × 900 + 12 × 945 + 6 × 992.25 = 28,093.50, plus the onboarding fee", () => {
    const row = acme([flat("Business", 900, { onboardingFee: 500 })], { contractTerm: 30, annualIncrease: 0.05 });
    expect(cents(row.contractValue!)).toBe(28593.5);
  });
});
