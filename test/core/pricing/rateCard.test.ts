/** PRICING.md §5 rate card, default settings (hourly 125, agreement 95). */
import { rateCard } from "../../../src/core/pricing/rateCard";
import { makeModel, makeTier } from "./fixtures";

const model = makeModel({
  settings: { businessName: "Byte Doctors", mileageRate: 0.6 },
  tiers: [
    makeTier({ name: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24 }),
    makeTier({ name: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: 110 }),
    makeTier({ name: "Premium", monthlyFee: 2500, includedHours: 24, responseTime: 1, travelIncluded: true }),
  ],
  travelZones: [{ upTo: 40, tripCharge: 60 }, { upTo: 25, tripCharge: 30 }],
  benefits: ["Priority response", "Fixed monthly cost"],
});
const card = rateCard(model);

/** Flat tiers: no per-unit prices, no minimum, no onboarding fee (PRICING.md v2 §5). */
const FLAT = { perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 };

describe("rate card", () => {
  it("prices each tier against the same hours at the hourly rate", () => {
    expect(card.tiers).toEqual([
      // 2 × 125 = 250 of hours for 250: saving 0; extra hours at the agreement rate 95
      { tier: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24, travelIncluded: false, extraHourRate: 95, includedValue: 250, saving: 0, ...FLAT },
      // 8 × 125 = 1000 for 900: saving 100; its own extra hour rate
      { tier: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: 110, includedValue: 1000, saving: 100, ...FLAT },
      // 24 × 125 = 3000 for 2500: saving 500
      { tier: "Premium", monthlyFee: 2500, includedHours: 24, responseTime: 1, travelIncluded: true, extraHourRate: 95, includedValue: 3000, saving: 500, ...FLAT },
    ]);
  });

  it("sets pay-as-you-go against the agreement", () => {
    expect(card.businessName).toBe("Byte Doctors");
    expect(card.currency).toBe("USD");
    expect(card.distanceUnit).toBe("miles");
    expect(card.payAsYouGo).toEqual({
      hourlyRate: 125,
      minimumHoursPerVisit: 1,
      billingIncrement: 0.25,
      freeTravelRadius: 15,
      tripCharge: 45,
      travelZones: [{ upTo: 25, tripCharge: 30 }, { upTo: 40, tripCharge: 60 }], // ascending
      mileageRate: 0.6,
      travelTimeRate: 0,
    });
    expect(card.agreement).toEqual({
      agreementHourlyRate: 95,
      billingIncrement: 0.25,
      fastestResponseTime: 1,
      tiersIncludingTravel: ["Business", "Premium"],
    });
    expect(card.benefits).toEqual(["Priority response", "Fixed monthly cost"]);
  });

  it("promises no response time when no tier does", () => {
    expect(rateCard(makeModel({ tiers: [makeTier({ name: "Basic", monthlyFee: 100 })] })).agreement.fastestResponseTime).toBeNull();
  });
});
