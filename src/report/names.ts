/**
 * The sheets this product writes, and the workbook-scoped defined name that marks each as ours.
 * A sheet with one of these names but without its marker belongs to the user: never touched.
 */
export const RESULTS_SHEET = "Pricing Results";
export const RATE_CARD_SHEET = "Rate Card";
export const SCENARIOS_SHEET = "Scenarios";

/** Output sheet name → the defined name (workbook scope, referring to the sheet's A1) that marks it ours. */
export const OWNERSHIP_NAMES: Readonly<Record<string, string>> = {
  [RESULTS_SHEET]: "ServicePricer_Owned_Results",
  [RATE_CARD_SHEET]: "ServicePricer_Owned_RateCard",
  [SCENARIOS_SHEET]: "ServicePricer_Owned_Scenarios",
};

/** The ownership marker's name for an output sheet; undefined for any other sheet. */
export function ownershipName(sheetName: string): string | undefined {
  return OWNERSHIP_NAMES[sheetName];
}

/** Names of the Excel tables on the output sheets (unique across the workbook, as Excel requires). */
export const RESULT_TABLES = {
  clients: "PricingClients",
  segments: "PricingSegments",
  travelBands: "PricingTravelBands",
  sensitivity: "PricingSensitivity",
  timeLog: "PricingTimeLog",
} as const;

export const RATE_CARD_TABLES = {
  comparison: "RateCardComparison",
  tiers: "RateCardTiers",
  /** PRICING.md v2: per-unit prices, minimums and onboarding fees, when any tier has them. */
  tierUnits: "RateCardTierUnits",
} as const;

/**
 * A table name no other table or defined name uses: Excel keeps them in one namespace, compared
 * without regard to case; `taken` holds them lower-cased and gains the name chosen.
 * PricingClients is taken → PricingClients_2.
 */
export function uniqueTableName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${name}_${n}`;
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}
