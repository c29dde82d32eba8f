/**
 * The typed model that parsing turns Grids into (PRICING.md §1). Units: money in the workbook's
 * currency, distances in its distance unit, hours, minutes. Rates are per hour or per unit of
 * distance; margins and premiums are fractions (0.5 = 50 %).
 */
export type Money = number;
export type Hours = number;
export type Minutes = number;
export type Distance = number;
export type Fraction = number;

export interface Settings {
  businessName: string;
  /** Phone, e-mail or web address for the rate card and proposals; "" = none (PRICING.md §1). */
  contact: string;
  currency: string;
  distanceUnit: "miles" | "km";
  hourlyRate: Money;
  agreementHourlyRate: Money;
  billingIncrement: Hours;
  minimumHoursPerVisit: Hours;
  freeTravelRadius: Distance;
  tripCharge: Money;
  mileageRate: Money;
  travelTimeRate: Money;
  averageSpeed: number;
  technicianCost: Money;
  vehicleCost: Money;
  targetMargin: Fraction;
  maxPremiumOverHourly: Fraction;
  /** Monthly tools and licences per user of a client on an agreement (RMM, security, backup). */
  toolCostPerUser: Money;
  /** The same, per device (workstation, laptop, phone, printer). */
  toolCostPerDevice: Money;
  /** The same, per server. */
  toolCostPerServer: Money;
  /** Whole months, 1–60: the length of an agreement. */
  contractTerm: number;
  /** People who do the work (1.5 = one and a half). */
  technicians: number;
  /** Per month: the work and travel hours one technician can give clients. */
  billableHoursPerTechnician: Hours;
  /** The segments compared as home and small-business clients (PRICING.md §3). */
  homeSegment: string;
  businessSegment: string;
  /** The months the Time log covers; null = counted from its dates (PRICING.md §1). */
  timeLogMonths: number | null;
  /** What agreement prices rise by at each anniversary of an agreement (PRICING.md §5c). */
  annualIncrease: Fraction;
  /** What the cost of serving a client is expected to rise by in a year (PRICING.md §5c). */
  annualCostIncrease: Fraction;
  /** How text dates with slashes, dots or dashes are read; null = found from the Time log itself (PRICING.md §1). */
  dateOrder: DateOrder | null;
}

/** Month/day/year (as in the US) or day/month/year. */
export type DateOrder = "MDY" | "DMY";

export type SettingKey = keyof Settings;

export interface Tier {
  /** As spelled in the Tiers table. */
  name: string;
  monthlyFee: Money;
  includedHours: Hours;
  responseTime: Hours | null;
  travelIncluded: boolean;
  /** null = the Agreement hourly rate applies. */
  extraHourRate: Money | null;
  segment: string | null;
  /** Monthly price per unit under management, on top of the monthly fee (0 = none). */
  perUser: Money;
  perDevice: Money;
  perServer: Money;
  /** The least the tier's fee (base fee and per-unit prices) comes to in a month; 0 = none. */
  minimumFee: Money;
  /** Charged once when a client signs. */
  onboardingFee: Money;
}

export interface Client {
  name: string;
  segment: string;
  /** The tier's name as spelled in the Tiers table; null = billed by the hour. */
  tier: string | null;
  distance: Distance;
  visitsPerMonth: number;
  hoursPerVisit: Hours;
  remoteHoursPerMonth: Hours;
  /** One way; null = derive from distance and average speed. */
  driveMinutes: Minutes | null;
  /** What the client would have under management: whole numbers, 0 by default. */
  users: number;
  devices: number;
  servers: number;
  /** When the client's agreement next renews, `YYYY-MM-DD`; null or absent when not given. */
  renewalDate?: string | null;
  /**
   * The client's Time log figures (PRICING.md §1, §2 `timeLog`), present only when the workbook
   * has a Time log; null when the client has no entries. Blank Clients cells took these values.
   */
  timeLog?: ClientTimeLog | null;
  /**
   * Where the client was read from: its name's cell (`Clients!A7`), so a problem about the whole
   * client names its row without anything downstream reading the grid again. Absent for a client
   * not read from a workbook (a test's, a what-if's added by the mix).
   */
  cell?: string;
}

/** One client's figures from its Time log entries, per month (PRICING.md §1). */
export interface ClientTimeLog {
  /** Distinct on-site dates / M. */
  visits: number;
  /** On-site hours / on-site dates (0 when none). */
  hoursPerVisit: Hours;
  /** Remote hours / M. */
  remoteHours: Hours;
  /** Sum of Amounts / M; null when the Time log has no Amount column. */
  actualRevenue: Money | null;
}

/** What the Time log covers (PRICING.md §6 `timeLog`). */
export interface TimeLogSummary {
  /** M: the Time log months setting, or the calendar months from the first entry's to the last's. */
  months: number;
  /** Rows read. */
  entries: number;
  /** YYYY-MM-DD. */
  first: string;
  last: string;
}

export interface TravelZone {
  upTo: Distance;
  tripCharge: Money;
}

export interface Model {
  settings: Settings;
  tiers: Tier[];
  clients: Client[];
  /** Sorted by ascending upTo. Empty = the Trip charge setting applies. */
  travelZones: TravelZone[];
  benefits: string[];
  /** The Time log's coverage; null or absent when there is no Time log or it has no rows. */
  timeLog?: TimeLogSummary | null;
}

/** A problem found in the workbook: where (`Clients!E7`, or a sheet/table name) and a plain sentence. */
export interface Problem {
  cell?: string;
  message: string;
}

/** The tier columns a what-if can write back to. */
export type TierCellKey = "monthlyFee" | "includedHours" | "perUser" | "perDevice" | "perServer" | "minimumFee" | "onboardingFee";

/** Where each editable input lives, so the what-if "Apply to workbook" can write back to it. */
export interface ModelCells {
  /** Address of the Value cell of each setting present in the Settings table. */
  settings: Partial<Record<SettingKey, string>>;
  /** Per tier (by name as spelled): address of each lever's cell the Tiers table has. */
  tiers: Record<string, Partial<Record<TierCellKey, string>>>;
  /** The Trip charge cell of each travel zone, by its Up to (`String(upTo)`). */
  travelZones?: Record<string, string>;
}

export interface ParseResult {
  /** null when there is any error. */
  model: Model | null;
  cells: ModelCells;
  errors: Problem[];
  warnings: Problem[];
}
