/** A hand-made Analysis and Model, small enough to check every cell of a plan by eye. */
import { renewalTotals } from "../../../src/core/pricing/renewal";
import type { Analysis, ClientResult } from "../../../src/core/pricing/results";
import type { Model } from "../../../src/core/workbook/model";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";

/** A tier with none of PRICING.md v2's per-unit prices, minimum or onboarding fee. */
const NO_UNITS = { perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 };

export function handModel(overrides: Partial<Model["settings"]> = {}): Model {
  return {
    settings: { ...DEFAULT_SETTINGS, businessName: "Summit IT", ...overrides },
    tiers: [
      { name: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24, travelIncluded: false, extraHourRate: null, segment: null, ...NO_UNITS },
      { name: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: null, segment: null, ...NO_UNITS },
    ],
    clients: [],
    travelZones: [],
    benefits: ["Predictable fee", "Included hours", "Fast response"],
  };
}

/** PRICING.md §8's Acme Dental, as the engine reports it. */
export const ACME: ClientResult = {
  client: "Acme Dental",
  segment: "Small business",
  tier: "Business",
  workHours: 5.2,
  travelHours: 8 / 3,
  travelCharges: 90,
  hourlyRevenue: 777.5,
  agreementRevenue: 900,
  currentRevenue: 900,
  cost: 410,
  hourlyMargin: 367.5,
  currentMargin: 490,
  effectiveRate: 900 / (5.2 + 8 / 3),
  clientSaving: -122.5,
  targetPrice: 820,
  recommendedTier: "Business",
  recommendedRevenue: 900,
  serviceCost: 410,
  toolCost: 0,
  agreementCost: 410,
  recommendedCost: 410,
  recommendedMargin: 490,
  contractValue: 10800,
  tierOptions: [
    // 250 + (5.5 − 2) h × 95 + 2 × 45 of travel = 672.50: 262.50 margin, 39 %.
    { tier: "Essentials", tierFee: 250, revenue: 672.5, margin: 262.5, offered: true, dominatedBy: null, qualifies: false },
    { tier: "Business", tierFee: 900, revenue: 900, margin: 490, offered: true, dominatedBy: null, qualifies: true },
  ],
  timeLog: null,
  // No annual increases: the same price and cost a year on; 410 / 0.5 = 820 ≤ 900, so no increase needed.
  renewal: { revenue: 900, cost: 410, margin: 490, belowTarget: false, increaseForTarget: 0 },
};

/** A home client billed by the hour: 0.5 visits of 1 h, 0.5 remote hours, 4 miles out. */
export const LINDA: ClientResult = {
  client: "Linda Park",
  segment: "Home",
  tier: null,
  workHours: 1,
  travelHours: 0.5 * (16 / 60),
  travelCharges: 0,
  hourlyRevenue: 125,
  agreementRevenue: null,
  currentRevenue: 125,
  cost: 53.8,
  hourlyMargin: 71.2,
  currentMargin: 71.2,
  effectiveRate: 125 / (1 + 0.5 * (16 / 60)),
  clientSaving: 0,
  targetPrice: 107.6,
  recommendedTier: "Hourly",
  recommendedRevenue: 125,
  serviceCost: 53.8,
  toolCost: 0,
  agreementCost: 53.8,
  recommendedCost: 53.8,
  recommendedMargin: 71.2,
  contractValue: null,
  tierOptions: [
    { tier: "Essentials", tierFee: 250, revenue: 250, margin: 196.2, offered: true, dominatedBy: null, qualifies: false },
    { tier: "Business", tierFee: 900, revenue: 900, margin: 846.2, offered: true, dominatedBy: null, qualifies: false },
  ],
  timeLog: null,
  renewal: null,
};

export function handAnalysis(clients: ClientResult[] = [ACME, LINDA]): Analysis {
  return {
    clients,
    segments: [
      {
        segment: "Small business", clients: 1, workHours: 5.2, travelHours: 8 / 3, hourlyRevenue: 777.5,
        currentRevenue: 900, recommendedRevenue: 900, cost: 410, currentMargin: 490,
        recommendedCost: 410, recommendedMargin: 490, contractValue: 10800, actualRevenue: null,
        annualRevenuePerClient: 10800, revenuePerHour: 900 / (5.2 + 8 / 3),
      },
      {
        segment: "Home", clients: 1, workHours: 1, travelHours: 2 / 15, hourlyRevenue: 125,
        currentRevenue: 125, recommendedRevenue: 125, cost: 53.8, currentMargin: 71.2,
        recommendedCost: 53.8, recommendedMargin: 71.2, contractValue: 0, actualRevenue: null,
        annualRevenuePerClient: 1500, revenuePerHour: 125 / (1 + 2 / 15),
      },
    ],
    totals: {
      clients: 2, workHours: 6.2, travelHours: 8 / 3 + 2 / 15, hourlyRevenue: 902.5, currentRevenue: 1025,
      recommendedRevenue: 1025, cost: 463.8, currentMargin: 561.2,
      recommendedCost: 463.8, recommendedMargin: 561.2, contractValue: 10800, actualRevenue: null, annualRevenuePerClient: 6150,
      revenuePerHour: 1025 / (6.2 + 8 / 3 + 2 / 15),
    },
    equivalence: { homeClientsPerSmallBusiness: 7.2, homeClientsToMatchSmallBusinessBook: 7.2 },
    travel: {
      bands: [
        { band: "0–15 min", clients: 1, visits: 0.5, travelCharges: 0, travelCost: 4.8, currentMargin: 71.2 },
        { band: "15–30 min", clients: 0, visits: 0, travelCharges: 0, travelCost: 0, currentMargin: 0 },
        { band: "30–45 min", clients: 1, visits: 2, travelCharges: 90, travelCost: 176, currentMargin: 490 },
        { band: "45–60 min", clients: 0, visits: 0, travelCharges: 0, travelCost: 0, currentMargin: 0 },
        { band: "60+ min", clients: 0, visits: 0, travelCharges: 0, travelCost: 0, currentMargin: 0 },
      ],
      referenceVisitHours: 1.1,
      sensitivity: Array.from({ length: 19 }, (_, i) => ({
        minutes: i * 5, revenue: 156.25 + (i > 6 ? 45 : 0), revenueNoCharge: 156.25,
        margin: 100 - i * 5, marginNoCharge: 90 - i * 5,
      })),
      breakEvenMinutes: { policy: 101, noCharge: 91 },
    },
    capacity: { availableHours: 120, usedHours: 6.2 + 8 / 3 + 2 / 15, utilisation: (6.2 + 8 / 3 + 2 / 15) / 120 },
    renewal: renewalTotals(clients),
    timeLog: null,
    rateCard: {
      businessName: "Summit IT",
      currency: "USD",
      distanceUnit: "miles",
      payAsYouGo: {
        hourlyRate: 125, minimumHoursPerVisit: 1, billingIncrement: 0.25, freeTravelRadius: 15,
        tripCharge: 45, travelZones: [], mileageRate: 0, travelTimeRate: 0,
      },
      agreement: { agreementHourlyRate: 95, billingIncrement: 0.25, fastestResponseTime: 4, tiersIncludingTravel: ["Business"] },
      tiers: [
        { tier: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24, travelIncluded: false, extraHourRate: 95, includedValue: 250, saving: 0, ...NO_UNITS },
        { tier: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: 95, includedValue: 1000, saving: 100, ...NO_UNITS },
      ],
      contractTerm: 12,
      benefits: ["Predictable fee", "Included hours", "Fast response"],
    },
    warnings: [{ cell: "Clients!A9", message: "Duplicate client name." }, { message: "Missing setting: Currency." }],
    errors: [],
  };
}
