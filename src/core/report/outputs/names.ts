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

/**
 * A client's proposal (PRICING.md §5b) is on a sheet of its own, `Proposal – Harbor Law`
 * (proposalSheetName.ts picks the name); each such sheet has a marker of its own.
 */
export const PROPOSAL_SHEET_PREFIX = "Proposal – ";
const PROPOSAL_MARKER_PREFIX = "ServicePricer_Owned_Proposal_";

/** A client's price-change letter (PRICING.md §5d): `Letter – Acme Dental`, named and marked like a proposal. */
export const LETTER_SHEET_PREFIX = "Letter – ";
const LETTER_MARKER_PREFIX = "ServicePricer_Owned_Letter_";

/** The ownership marker's name for an output sheet; undefined for any other sheet. */
export function ownershipName(sheetName: string): string | undefined {
  return OWNERSHIP_NAMES[sheetName]
    ?? (isProposalSheetName(sheetName) ? proposalMarker(sheetName) : undefined)
    ?? (isLetterSheetName(sheetName) ? letterMarker(sheetName) : undefined);
}

/** Is this a letter's sheet name (the prefix in any case)? */
export function isLetterSheetName(sheetName: string): boolean {
  return sheetName.toLocaleLowerCase().startsWith(LETTER_SHEET_PREFIX.toLocaleLowerCase());
}

/** The marker of one letter sheet, made as a proposal's is: `ServicePricer_Owned_Letter_AcmeDental_…`. */
export function letterMarker(sheetName: string): string {
  return clientSheetMarker(sheetName, LETTER_SHEET_PREFIX, LETTER_MARKER_PREFIX);
}

/** Is this a proposal's sheet name (the prefix in any case)? Whether it is ours is the marker's business. */
export function isProposalSheetName(sheetName: string): boolean {
  return sheetName.toLocaleLowerCase().startsWith(PROPOSAL_SHEET_PREFIX.toLocaleLowerCase());
}

/**
 * The marker of one proposal sheet: a valid defined name (letters, digits and underscores; Excel
 * allows no spaces or dashes) that reads like the client in the Name Manager and is told apart by
 * a 64-bit hash of the sheet name as Excel compares it (any case):
 * `ServicePricer_Owned_Proposal_HarborLaw_3f9c…`.
 */
export function proposalMarker(sheetName: string): string {
  return clientSheetMarker(sheetName, PROPOSAL_SHEET_PREFIX, PROPOSAL_MARKER_PREFIX);
}

function clientSheetMarker(sheetName: string, sheetPrefix: string, markerPrefix: string): string {
  const key = sheetName.toLocaleLowerCase();
  const readable = sheetName.slice(sheetPrefix.length).normalize("NFD").replace(/[^A-Za-z0-9]/g, "").slice(0, 24);
  return `${markerPrefix}${readable}_${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}`;
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Names of the Excel tables on the output sheets (unique across the workbook, as Excel requires). */
export const RESULT_TABLES = {
  clients: "PricingClients",
  segments: "PricingSegments",
  travelBands: "PricingTravelBands",
  sensitivity: "PricingSensitivity",
  timeLog: "PricingTimeLog",
  renewals: "PricingRenewals",
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
