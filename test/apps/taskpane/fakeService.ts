/**
 * A PricingService that never touches Excel: each test sets the detection and outcomes it needs,
 * and can hold an action open (a gate) to look at the pane mid-way.
 */
import type {
  AnalyzeOutcome,
  AnalyzeResults,
  AnalyzeStep,
  Detection,
  PricingService,
  RateCardOutcome,
  SampleOutcome,
  TableStatus,
} from "../../../src/apps/taskpane/service";
import type { Kpis } from "../../../src/core/pricing/kpis";
import type { Analysis } from "../../../src/core/pricing/results";
import type { Model } from "../../../src/core/workbook/model";

export interface Gate<T> {
  promise: Promise<T>;
  open(value: T): void;
}

export function gate<T>(): Gate<T> {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

type Found = TableStatus["found"];

export function detection(found: Partial<Record<TableStatus["key"], Found>>, foreign: string[] = []): Detection {
  const keys = ["settings", "tiers", "clients", "travelZones", "benefits"] as const;
  return {
    tables: keys.map((key) => ({ key, required: key === "tiers" || key === "clients", found: found[key] ?? null })),
    outputSheets: ["Pricing Results", "Rate Card"].map((name) => ({
      name,
      state: foreign.includes(name) ? ("foreign" as const) : ("absent" as const),
    })),
  };
}

/** The sample's five tables, as Excel tables. */
export const SAMPLE_DETECTION = detection({
  settings: { source: "table", name: "Settings", sheet: "Settings", rows: 16 },
  tiers: { source: "table", name: "Tiers", sheet: "Tiers", rows: 3 },
  clients: { source: "table", name: "Clients", sheet: "Clients", rows: 30 },
  travelZones: { source: "sheet", name: "Travel Zones", sheet: "Travel Zones", rows: 1 },
  benefits: { source: "table", name: "Benefits", sheet: "Benefits", rows: 8 },
});

export const EMPTY_DETECTION = detection({});

export const KPIS: Kpis = {
  clients: 30,
  annualHourlyRevenue: 110_830.4,
  annualCurrentRevenue: 123_000,
  annualRecommendedRevenue: 134_150.6,
  annualCost: 56_040,
  annualCurrentMargin: 66_960,
  currentMarginPct: 66_960 / 123_000, // 54.44 %
  annualRecommendedMargin: 78_110.6,
  recommendedMarginPct: 78_110.6 / 134_150.6, // 58.23 %
  effectiveRate: 900 / (5.2 + 8 / 3), // PRICING.md §8: 114.41
  homeClientsPerSmallBusiness: 7.2,
  usedHours: 98.4,
  availableHours: 120,
  utilisation: 0.82, // "uses 82 % of your 120 hours a month"
  contractValue: 11_300,
};

export function results(overrides: Partial<AnalyzeResults> = {}): AnalyzeResults {
  const totals = { workHours: 102.5, travelHours: 20 } as Analysis["totals"];
  return {
    kind: "results",
    kpis: KPIS,
    currency: "USD",
    warnings: [],
    sheet: "Pricing Results",
    model: {} as Model,
    cells: { settings: {}, tiers: {} },
    analysis: { totals } as Analysis,
    ...overrides,
  };
}

export interface FakeService extends PricingService {
  detect: jest.Mock<Promise<Detection>, []>;
  createSample: jest.Mock<Promise<SampleOutcome>, []>;
  analyze: jest.Mock<Promise<AnalyzeOutcome>, [(step: AnalyzeStep) => void]>;
  generateRateCard: jest.Mock<Promise<RateCardOutcome>, []>;
  selectCell: jest.Mock<Promise<void>, [string]>;
}

/** Detects `found`, analyzes to `outcome` (reporting all four steps), writes the rate card. */
export function fakeService(found: Detection = SAMPLE_DETECTION, outcome: AnalyzeOutcome = results()): FakeService {
  return {
    detect: jest.fn(async () => found),
    createSample: jest.fn(async (): Promise<SampleOutcome> => ({ kind: "created", sheets: ["Settings", "Tiers", "Clients"] })),
    analyze: jest.fn(async (onProgress: (step: AnalyzeStep) => void) => {
      for (const step of ["reading", "checking", "pricing", "writing"] as const) onProgress(step);
      return outcome;
    }),
    generateRateCard: jest.fn(async (): Promise<RateCardOutcome> => ({ kind: "done", sheet: "Rate Card", printSetUp: true })),
    selectCell: jest.fn(async (_address: string) => undefined),
  };
}
