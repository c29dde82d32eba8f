/**
 * The lever catalogue: every what-if lever — the settings and tier prices that move revenue, each
 * travel zone's trip charge, and the client mix — with its name, unit, bounds, arrow-key step and
 * group. `--set`, the pane's levers and the what-if note all read it (see README.md here).
 * A Levers value holds only what it sets; `leversOf(model)` holds every lever at the workbook's
 * value (the pane starts from it), `applyLevers` gives a new model, and `leversDiff` says which
 * levers differ from the workbook. Validation uses the workbook's own bounds (PRICING.md §1).
 */
import type { Client, Hours, Model, Money, SettingKey, Tier, TravelZone } from "../workbook/model";
import { SETTINGS_SCHEMA, SETTING_LABELS, withinBounds, type Bounds } from "../workbook/settingsSchema";
import { segmentKey } from "../pricing/segmentKey";
import { compareKpis } from "./compareKpis";

export { compareKpis };
export type { KpiComparison, KpiDelta } from "./compareKpis";

/** The settings a consultant moves to try prices, in the order the pane shows them. */
export const SETTING_LEVERS = [
  "hourlyRate",
  "agreementHourlyRate",
  "minimumHoursPerVisit",
  "billingIncrement",
  "freeTravelRadius",
  "tripCharge",
  "mileageRate",
  "travelTimeRate",
  // PRICING.md v2: tool costs, the contract term and the team's hours.
  "toolCostPerUser",
  "toolCostPerDevice",
  "toolCostPerServer",
  "contractTerm",
  "technicians",
  "billableHoursPerTechnician",
  // PRICING.md v3 §5c: what prices and costs do a year on (fractions, shown as percentages).
  "annualIncrease",
  "annualCostIncrease",
] as const satisfies readonly SettingKey[];

export type SettingLever = (typeof SETTING_LEVERS)[number];

export const TIER_LEVERS = ["monthlyFee", "includedHours", "perUser", "perDevice", "perServer", "minimumFee", "onboardingFee"] as const;
export type TierLever = (typeof TIER_LEVERS)[number];

/** As the Tiers table heads the columns. */
export const TIER_LEVER_LABELS: Readonly<Record<TierLever, string>> = {
  monthlyFee: "Monthly fee",
  includedHours: "Included hours",
  perUser: "Per user",
  perDevice: "Per device",
  perServer: "Per server",
  minimumFee: "Minimum fee",
  onboardingFee: "Onboarding fee",
};

export interface Levers {
  settings?: Partial<Record<SettingLever, number>>;
  /** Each travel zone's trip charge, by the zone's Up to (`zoneId(upTo)`). */
  zones?: Record<string, Money>;
  /** By tier name as the Tiers table spells it. */
  tiers?: Record<string, Partial<Record<TierLever, Money | Hours>>>;
  /** Target client count by segment (as the analysis names it: first spelling, trimmed). */
  mix?: Record<string, number>;
}

/** One lever, named. */
export type LeverRef =
  | { kind: "setting"; key: SettingLever }
  | { kind: "tier"; tier: string; field: TierLever }
  /** The trip charge of the travel zone reaching `upTo` (one way, in the workbook's distance unit). */
  | { kind: "zone"; upTo: number }
  | { kind: "mix"; segment: string };

/** A zone's key in `Levers.zones` and in ModelCells: its Up to, as text. */
export function zoneId(upTo: number): string {
  return String(upTo);
}

/** "Trip charge up to 25": the zone lever's name, in the pane and in `--set`. */
export function zoneLeverName(upTo: number): string {
  return `Trip charge up to ${upTo}`;
}

/** A lever whose value differs from the workbook's. */
export interface LeverChange {
  lever: LeverRef;
  /** "Hourly rate", "Business monthly fee", "Home clients". */
  label: string;
  /** The workbook's value (for the mix: the segment's current client count). */
  from: number;
  to: number;
}

export interface LeverProblem {
  lever: LeverRef;
  label: string;
  /** A sentence naming the lever, the value and what is allowed. */
  message: string;
}

const SETTING_BOUNDS = new Map<SettingKey, Bounds>();
for (const spec of SETTINGS_SCHEMA) if (spec.kind === "number") SETTING_BOUNDS.set(spec.key, spec.bounds);

/** The bounds of PRICING.md §1 for each lever (tier fees and hours are ≥ 0, mix targets whole and ≥ 0). */
export function leverBounds(lever: LeverRef): Bounds {
  return lever.kind === "setting" ? (SETTING_BOUNDS.get(lever.key) as Bounds) : { min: 0 };
}

export function leverLabel(lever: LeverRef): string {
  switch (lever.kind) {
    case "setting":
      return SETTING_LABELS[lever.key];
    case "tier":
      return `${lever.tier} ${TIER_LEVER_LABELS[lever.field].toLowerCase()}`;
    case "zone":
      return zoneLeverName(lever.upTo);
    case "mix":
      return `${lever.segment} clients`;
  }
}

export type LeverUnit = "money" | "hours" | "distance" | "clients" | "months" | "people" | "percent";

const SETTING_UNITS: Readonly<Record<SettingLever, LeverUnit>> = {
  hourlyRate: "money",
  agreementHourlyRate: "money",
  minimumHoursPerVisit: "hours",
  billingIncrement: "hours",
  freeTravelRadius: "distance",
  tripCharge: "money",
  mileageRate: "money",
  travelTimeRate: "money",
  toolCostPerUser: "money",
  toolCostPerDevice: "money",
  toolCostPerServer: "money",
  contractTerm: "months",
  technicians: "people",
  billableHoursPerTechnician: "hours",
  annualIncrease: "percent",
  annualCostIncrease: "percent",
};

/** What a lever's value measures, so front doors can show it ("$140.00", "1.5 h", "25", "100 clients"). */
export function leverUnit(lever: LeverRef): LeverUnit {
  switch (lever.kind) {
    case "setting":
      return SETTING_UNITS[lever.key];
    case "tier":
      return lever.field === "includedHours" ? "hours" : "money";
    case "zone":
      return "money";
    case "mix":
      return "clients";
  }
}

/** A stable key for a lever (React keys, maps): "setting:hourlyRate", "tier:Business:monthlyFee". */
export function leverKey(lever: LeverRef): string {
  switch (lever.kind) {
    case "setting":
      return `setting:${lever.key}`;
    case "tier":
      return `tier:${lever.tier}:${lever.field}`;
    case "zone":
      return `zone:${zoneId(lever.upTo)}`;
    case "mix":
      return `mix:${lever.segment}`;
  }
}

/** Counted once per clients array: a what-if model shares its clients with the workbook's, so typing never recounts. */
const COUNTS = new WeakMap<readonly Pick<Client, "segment">[], { segment: string; clients: number }[]>();

/** Each segment as the analysis names it (first spelling, trimmed), with its client count, in order of first appearance. */
export function segmentCounts(clients: readonly Pick<Client, "segment">[]): { segment: string; clients: number }[] {
  let counts = COUNTS.get(clients);
  if (counts === undefined) {
    counts = countSegments(clients);
    COUNTS.set(clients, counts);
  }
  return counts.map((c) => ({ ...c }));
}

function countSegments(clients: readonly Pick<Client, "segment">[]): { segment: string; clients: number }[] {
  const byKey = new Map<string, { segment: string; clients: number }>();
  for (const client of clients) {
    const key = segmentKey(client.segment);
    const entry = byKey.get(key);
    if (entry) entry.clients++;
    else byKey.set(key, { segment: client.segment.trim(), clients: 1 });
  }
  return [...byKey.values()];
}

/** Every lever at the workbook's value: the What-if section's starting point, and what Reset returns to. */
export function leversOf(model: Model): Required<Levers> {
  const settings = {} as Record<SettingLever, number>;
  for (const key of SETTING_LEVERS) settings[key] = model.settings[key];
  const tiers: Record<string, Record<TierLever, number>> = {};
  for (const tier of model.tiers) {
    const values = {} as Record<TierLever, number>;
    for (const field of TIER_LEVERS) values[field] = tier[field];
    tiers[tier.name] = values;
  }
  const zones: Record<string, Money> = {};
  for (const zone of model.travelZones) zones[zoneId(zone.upTo)] = zone.tripCharge;
  const mix: Record<string, number> = {};
  for (const { segment, clients } of segmentCounts(model.clients)) mix[segment] = clients;
  return { settings, tiers, zones, mix };
}

/**
 * The model with the levers' settings and tier prices in place of the workbook's: a new Model,
 * the input untouched (clients, zones and benefits are shared, as nothing changes them). The mix
 * is not part of the model: it weights the analysis (see `whatIfInputs` in whatIf.ts). Tier names match the way
 * the Tiers table spells them; a name that matches no tier is ignored (resolve names first).
 */
export function applyLevers(model: Model, levers: Levers): Model {
  const settingValues = levers.settings ?? {};
  const tierValues = levers.tiers ?? {};
  const settings = { ...model.settings };
  for (const key of SETTING_LEVERS) {
    const value = settingValues[key];
    if (value !== undefined) settings[key] = value;
  }
  const tiers = model.tiers.map((tier): Tier => {
    const values = tierValues[tier.name];
    if (values === undefined) return tier;
    const changed: Tier = { ...tier };
    for (const field of TIER_LEVERS) changed[field] = values[field] ?? tier[field];
    return changed;
  });
  const zoneValues = levers.zones ?? {};
  const travelZones = model.travelZones.map((zone): TravelZone => {
    const charge = zoneValues[zoneId(zone.upTo)];
    return charge === undefined ? zone : { ...zone, tripCharge: charge };
  });
  return { ...model, settings, tiers, travelZones };
}

/** The levers whose value differs from the workbook: settings, tiers (table order), zones (by distance), mix. */
export function leversDiff(base: Model, levers: Levers): LeverChange[] {
  const changes: LeverChange[] = [];
  const push = (lever: LeverRef, from: number, to: number | undefined) => {
    if (to !== undefined && to !== from) changes.push({ lever, label: leverLabel(lever), from, to });
  };
  for (const key of SETTING_LEVERS) push({ kind: "setting", key }, base.settings[key], levers.settings?.[key]);
  for (const tier of base.tiers) {
    const values = levers.tiers?.[tier.name];
    if (values === undefined) continue;
    for (const field of TIER_LEVERS) push({ kind: "tier", tier: tier.name, field }, tier[field], values[field]);
  }
  for (const zone of base.travelZones) push({ kind: "zone", upTo: zone.upTo }, zone.tripCharge, levers.zones?.[zoneId(zone.upTo)]);
  if (levers.mix !== undefined) {
    const targets = new Map<string, number>();
    for (const [segment, target] of Object.entries(levers.mix)) targets.set(segmentKey(segment), target);
    for (const { segment, clients } of segmentCounts(base.clients)) {
      push({ kind: "mix", segment }, clients, targets.get(segmentKey(segment)));
    }
  }
  return changes;
}

/** What a lever accepts, for messages: "above 0", "from 0 to 1", "0 or more", "a whole number, 0 or more". */
export function describeBounds(lever: LeverRef): string {
  if (lever.kind === "mix") return "a whole number of clients, 0 or more";
  const b = leverBounds(lever);
  // A fraction lever is typed and read as a percentage ("4%").
  if (leverUnit(lever) === "percent" && b.min !== undefined && b.max !== undefined) return `a percentage from ${b.min * 100}% to ${b.max * 100}%`;
  if (b.max !== undefined) {
    const low = b.minExclusive ? `above ${b.min}` : `from ${b.min}`;
    const range = b.maxExclusive ? `${low} up to but not including ${b.max}` : `${low} to ${b.max}`;
    return b.whole ? `a whole number ${range}` : range;
  }
  return b.minExclusive ? `above ${b.min}` : `${b.min} or more`;
}

/** Is this value allowed for the lever? (Finite, within §1's bounds; a mix target is a whole number.) */
export function isValidLeverValue(lever: LeverRef, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (lever.kind === "mix" && !Number.isInteger(value)) return false;
  return withinBounds(value, leverBounds(lever));
}

/** Every lever value outside its bounds, each with a sentence. Names are not checked here (see the CLI's resolve step). */
export function validateLevers(levers: Levers): LeverProblem[] {
  const problems: LeverProblem[] = [];
  const check = (lever: LeverRef, value: number | undefined) => {
    if (value === undefined || isValidLeverValue(lever, value)) return;
    const label = leverLabel(lever);
    problems.push({ lever, label, message: `${label} cannot be ${value}: enter ${describeBounds(lever)}.` });
  };
  for (const key of SETTING_LEVERS) check({ kind: "setting", key }, levers.settings?.[key]);
  for (const [tier, values] of Object.entries(levers.tiers ?? {})) {
    for (const field of TIER_LEVERS) check({ kind: "tier", tier, field }, values[field]);
  }
  for (const [upTo, charge] of Object.entries(levers.zones ?? {})) check({ kind: "zone", upTo: Number(upTo) }, charge);
  for (const [segment, target] of Object.entries(levers.mix ?? {})) check({ kind: "mix", segment }, target);
  return problems;
}

/** Levers holding exactly the given changes (e.g. a saved scenario's), to apply them again. */
export function leversFromChanges(changes: readonly Pick<LeverChange, "lever" | "to">[]): Levers {
  const levers: Required<Levers> = { settings: {}, tiers: {}, zones: {}, mix: {} };
  for (const { lever, to } of changes) setLever(levers, lever, to);
  return levers;
}

/** Puts one lever's value into `levers` (mutates it). */
export function setLever(levers: Required<Levers>, lever: LeverRef, value: number): void {
  switch (lever.kind) {
    case "setting":
      levers.settings[lever.key] = value;
      break;
    case "tier":
      (levers.tiers[lever.tier] ??= {})[lever.field] = value;
      break;
    case "zone":
      levers.zones[zoneId(lever.upTo)] = value;
      break;
    case "mix":
      levers.mix[lever.segment] = value;
      break;
  }
}

/** One lever's value in `levers`, undefined when it holds none. */
export function leverValue(levers: Levers, lever: LeverRef): number | undefined {
  switch (lever.kind) {
    case "setting":
      return levers.settings?.[lever.key];
    case "tier":
      return levers.tiers?.[lever.tier]?.[lever.field];
    case "zone":
      return levers.zones?.[zoneId(lever.upTo)];
    case "mix":
      return levers.mix?.[lever.segment];
  }
}

/**
 * Where a lever sits in the pane: `main` holds the ones people move most (hourly rate, free radius,
 * the trip charge or each zone's, each tier's monthly fee) and `mix` the client counts, both always
 * shown; the other groups are folded until opened.
 */
export type LeverGroup = "main" | "mix" | "rates" | "travel" | "tier" | "tools" | "team" | "renewal";

export interface LeverEntry {
  lever: LeverRef;
  /** leverKey(lever). */
  key: string;
  /** leverLabel(lever): the accessible name, the note's and `--set`'s name. */
  label: string;
  group: LeverGroup;
  /** The arrow keys' step: rates by 5, fees by 50, hours by a quarter. */
  step: number;
}

const MAIN_SETTINGS: readonly SettingLever[] = ["hourlyRate", "freeTravelRadius", "tripCharge"];
const GROUP_OF_SETTING: Readonly<Record<SettingLever, LeverGroup>> = {
  hourlyRate: "main",
  freeTravelRadius: "main",
  tripCharge: "main",
  agreementHourlyRate: "rates",
  minimumHoursPerVisit: "rates",
  billingIncrement: "rates",
  mileageRate: "travel",
  travelTimeRate: "travel",
  toolCostPerUser: "tools",
  toolCostPerDevice: "tools",
  toolCostPerServer: "tools",
  contractTerm: "team",
  technicians: "team",
  billableHoursPerTechnician: "team",
  annualIncrease: "renewal",
  annualCostIncrease: "renewal",
};

const SETTING_STEPS: Readonly<Record<SettingLever, number>> = {
  hourlyRate: 5,
  agreementHourlyRate: 5,
  minimumHoursPerVisit: 0.25,
  billingIncrement: 0.25,
  freeTravelRadius: 1,
  tripCharge: 5,
  mileageRate: 0.05,
  travelTimeRate: 5,
  toolCostPerUser: 5,
  toolCostPerDevice: 5,
  toolCostPerServer: 5,
  contractTerm: 1,
  technicians: 1,
  billableHoursPerTechnician: 5,
  // Typed as percentages (leverText): one point at a time.
  annualIncrease: 1,
  annualCostIncrease: 1,
};

function tierStep(field: TierLever): number {
  if (field === "monthlyFee" || field === "minimumFee" || field === "onboardingFee") return 50;
  return field === "includedHours" ? 1 : 5;
}

/** With a Travel zones table the Trip charge setting prices nothing (PRICING.md §1): each zone's charge is the lever. */
export function tripChargeIsIdle(model: Pick<Model, "travelZones">): boolean {
  return model.travelZones.length > 0;
}

/**
 * Every lever of this model, in the pane's order: the main levers (hourly rate, free radius, the
 * trip charge — or each zone's when the workbook has zones —, each tier's monthly fee), the client
 * mix, then the folded groups (other rates, other travel, each tier's other prices, tool costs,
 * contract and team, renewals).
 */
export function leverCatalogue(model: Model): LeverEntry[] {
  const entry = (lever: LeverRef, group: LeverGroup, step: number): LeverEntry => ({ lever, key: leverKey(lever), label: leverLabel(lever), group, step });
  const setting = (key: SettingLever) => entry({ kind: "setting", key }, GROUP_OF_SETTING[key], SETTING_STEPS[key]);
  const tier = (name: string, field: TierLever) => entry({ kind: "tier", tier: name, field }, field === "monthlyFee" ? "main" : "tier", tierStep(field));
  const zones = tripChargeIsIdle(model);
  const main: LeverEntry[] = [];
  for (const key of MAIN_SETTINGS) {
    if (key !== "tripCharge" || !zones) main.push(setting(key));
    else for (const zone of model.travelZones) main.push(entry({ kind: "zone", upTo: zone.upTo }, "main", 5));
  }
  for (const t of model.tiers) main.push(tier(t.name, "monthlyFee"));
  const mix = segmentCounts(model.clients).map(({ segment }) => entry({ kind: "mix", segment }, "mix", 1));
  const byGroup = (group: LeverGroup) => SETTING_LEVERS.filter((k) => GROUP_OF_SETTING[k] === group).map(setting);
  return [
    ...main,
    ...mix,
    ...byGroup("rates"),
    ...byGroup("travel"),
    ...model.tiers.flatMap((t) => TIER_LEVERS.filter((f) => f !== "monthlyFee").map((f) => tier(t.name, f))),
    ...byGroup("tools"),
    ...byGroup("team"),
    ...byGroup("renewal"),
  ];
}
