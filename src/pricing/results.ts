/**
 * What the pricing module computes (PRICING.md §2–6), in the spec's own names. The JSON report of
 * §6 is exactly `Analysis` serialised. Money is monthly unless the name says annual.
 */
import type { Hours, Minutes, Money, Problem, Settings, TravelZone } from "../workbook/model";

export interface ClientResult {
  client: string;
  segment: string;
  /** null when billed by the hour. */
  tier: string | null;
  workHours: Hours;
  travelHours: Hours;
  travelCharges: Money;
  hourlyRevenue: Money;
  /** null when billed by the hour. */
  agreementRevenue: Money | null;
  currentRevenue: Money;
  cost: Money;
  hourlyMargin: Money;
  currentMargin: Money;
  effectiveRate: Money | null;
  clientSaving: Money;
  targetPrice: Money;
  /** A tier name, or "Hourly". */
  recommendedTier: string;
  recommendedRevenue: Money;
}

export interface SegmentFigures {
  clients: number;
  workHours: Hours;
  travelHours: Hours;
  hourlyRevenue: Money;
  currentRevenue: Money;
  recommendedRevenue: Money;
  cost: Money;
  currentMargin: Money;
  annualRevenuePerClient: Money | null;
  revenuePerHour: Money | null;
}

export interface SegmentResult extends SegmentFigures {
  segment: string;
}

export interface Equivalence {
  homeClientsPerSmallBusiness: number | null;
  homeClientsToMatchSmallBusinessBook: number | null;
}

export interface TravelBand {
  /** "0–15 min", "15–30 min", …, "60+ min". */
  band: string;
  clients: number;
  visits: number;
  travelCharges: Money;
  travelCost: Money;
  currentMargin: Money;
}

export interface SensitivityRow {
  minutes: Minutes;
  revenue: Money;
  revenueNoCharge: Money;
  margin: Money;
  marginNoCharge: Money;
}

export interface TravelResult {
  bands: TravelBand[];
  referenceVisitHours: Hours;
  sensitivity: SensitivityRow[];
  breakEvenMinutes: { policy: Minutes | null; noCharge: Minutes | null };
}

export interface RateCardTier {
  tier: string;
  monthlyFee: Money;
  includedHours: Hours;
  responseTime: Hours | null;
  travelIncluded: boolean;
  extraHourRate: Money;
  /** includedHours × hourly rate. */
  includedValue: Money;
  /** includedValue − monthlyFee. */
  saving: Money;
}

export interface RateCard {
  businessName: string;
  currency: string;
  distanceUnit: Settings["distanceUnit"];
  payAsYouGo: {
    hourlyRate: Money;
    minimumHoursPerVisit: Hours;
    billingIncrement: Hours;
    freeTravelRadius: number;
    tripCharge: Money;
    travelZones: TravelZone[];
    mileageRate: Money;
    travelTimeRate: Money;
  };
  agreement: {
    /** Beyond included hours. */
    agreementHourlyRate: Money;
    billingIncrement: Hours;
    /** Fastest response time among tiers, null when no tier promises one. */
    fastestResponseTime: Hours | null;
    /** Names of tiers that include travel. */
    tiersIncludingTravel: string[];
  };
  tiers: RateCardTier[];
  benefits: string[];
}

export interface Analysis {
  clients: ClientResult[];
  segments: SegmentResult[];
  totals: SegmentFigures;
  equivalence: Equivalence;
  travel: TravelResult;
  rateCard: RateCard | null;
  warnings: Problem[];
  errors: Problem[];
}
