/**
 * What the pricing module computes (PRICING.md §2–6), in the spec's own names. The JSON report of
 * §6 is exactly `Analysis` serialised. Money is monthly unless the name says annual.
 */
import type { ClientTimeLog, Hours, Minutes, Money, Problem, Settings, TimeLogSummary, TravelZone } from "../workbook/model";

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
  /** Technician time and driving: the cost of the work, on any billing. */
  serviceCost: Money;
  /** Tools and licences an agreement brings; carried only when the client is on a tier. */
  toolCost: Money;
  /** serviceCost + toolCost. */
  agreementCost: Money;
  /** agreementCost, or serviceCost when the recommendation is Hourly. */
  recommendedCost: Money;
  recommendedMargin: Money;
  /** recommendedRevenue over the contract (with the Annual increase) + onboarding fee; null when the recommendation is Hourly. */
  contractValue: Money | null;
  /** Every tier priced for this client, in table order. */
  tierOptions: TierOption[];
  /** The client's Time log figures, null when it has no entries (reported even where typed values won). */
  timeLog: ClientTimeLog | null;
  /** A year on, on its own tier (PRICING.md §2); null when billed by the hour. */
  renewal: ClientRenewal | null;
}

/** One client's agreement at its next anniversary: prices and costs risen one step. */
export interface ClientRenewal {
  /** agreementRevenue × (1 + annual increase). */
  revenue: Money;
  /** agreementCost × (1 + annual cost increase). */
  cost: Money;
  margin: Money;
  /** revenue ≤ 0, or margin / revenue under the target margin. */
  belowTarget: boolean;
  /** The least annual increase (a fraction) that keeps the target margin; null when agreementRevenue is 0. */
  increaseForTarget: number | null;
}

/** PRICING.md §5c: the clients on a tier, a year on. */
export interface RenewalTotals {
  clients: number;
  revenue: Money;
  margin: Money;
  /** How many fall below the target margin. */
  belowTarget: number;
}

export interface TierOption {
  /** As spelled in the Tiers table. */
  tier: string;
  tierFee: Money;
  /** agreementRevenue on this tier. */
  revenue: Money;
  /** revenue − agreementCost. */
  margin: Money;
  /** The tier has no Segment, or the client's segment is one of its segments. */
  offered: boolean;
  /** The first offered tier (table order) that gives this client at least as much for no more money; null when none. */
  dominatedBy: string | null;
  /** Offered, not dominated, earns the target margin after tools and stays within the premium cap. */
  qualifies: boolean;
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
  recommendedCost: Money;
  recommendedMargin: Money;
  /** Sum of the clients' non-null contract values; 0 when none. */
  contractValue: Money;
  /** Sum of the clients' non-null timeLog.actualRevenue; null when none has one. */
  actualRevenue: Money | null;
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
  perUser: Money;
  perDevice: Money;
  perServer: Money;
  minimumFee: Money;
  onboardingFee: Money;
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
  /** Months, the length of an agreement. */
  contractTerm: number;
  benefits: string[];
}

export interface Capacity {
  /** technicians × billable hours per technician, a month. */
  availableHours: Hours;
  /** All clients' work and travel hours, a month. */
  usedHours: Hours;
  /** usedHours / availableHours, a fraction. */
  utilisation: number;
}

export interface Analysis {
  clients: ClientResult[];
  segments: SegmentResult[];
  totals: SegmentFigures;
  equivalence: Equivalence;
  travel: TravelResult;
  capacity: Capacity;
  /** The clients on a tier at renewal; null when none is on a tier. */
  renewal: RenewalTotals | null;
  /** The Time log's coverage; null with no Time log, or no rows read. */
  timeLog: TimeLogSummary | null;
  rateCard: RateCard | null;
  warnings: Problem[];
  errors: Problem[];
}
