/** PRICING.md §5: pay-as-you-go against agreement, one row per tier, and the benefits. */
import type { Model, Settings, Tier } from "../workbook/model";
import type { RateCard, RateCardTier } from "./results";
import { extraHourRate } from "./clientFigures";

/** includedValue = included hours × hourly rate; saving = includedValue − fee. */
export function rateCardTier(tier: Tier, s: Settings): RateCardTier {
  const includedValue = tier.includedHours * s.hourlyRate;
  return {
    tier: tier.name,
    monthlyFee: tier.monthlyFee,
    includedHours: tier.includedHours,
    responseTime: tier.responseTime,
    travelIncluded: tier.travelIncluded,
    extraHourRate: extraHourRate(tier, s),
    includedValue,
    saving: includedValue - tier.monthlyFee,
    perUser: tier.perUser,
    perDevice: tier.perDevice,
    perServer: tier.perServer,
    minimumFee: tier.minimumFee,
    onboardingFee: tier.onboardingFee,
  };
}

/** Fastest response time any tier promises; null when none promises one. */
export function fastestResponseTime(tiers: readonly Tier[]): number | null {
  let fastest: number | null = null;
  for (const tier of tiers) {
    if (tier.responseTime !== null && (fastest === null || tier.responseTime < fastest)) fastest = tier.responseTime;
  }
  return fastest;
}

export function rateCard(model: Model): RateCard {
  const s = model.settings;
  return {
    businessName: s.businessName,
    currency: s.currency,
    distanceUnit: s.distanceUnit,
    payAsYouGo: {
      hourlyRate: s.hourlyRate,
      minimumHoursPerVisit: s.minimumHoursPerVisit,
      billingIncrement: s.billingIncrement,
      freeTravelRadius: s.freeTravelRadius,
      tripCharge: s.tripCharge,
      travelZones: [...model.travelZones].sort((a, b) => a.upTo - b.upTo).map((z) => ({ ...z })),
      mileageRate: s.mileageRate,
      travelTimeRate: s.travelTimeRate,
    },
    agreement: {
      agreementHourlyRate: s.agreementHourlyRate,
      billingIncrement: s.billingIncrement,
      fastestResponseTime: fastestResponseTime(model.tiers),
      tiersIncludingTravel: model.tiers.filter((t) => t.travelIncluded).map((t) => t.name),
    },
    tiers: model.tiers.map((t) => rateCardTier(t, s)),
    contractTerm: s.contractTerm,
    benefits: [...model.benefits],
  };
}
