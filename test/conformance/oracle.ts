/**
 * An independent implementation of PRICING.md v3 §2–4 and the rate card's tier figures (§5), written
 * straight from the spec as one literal function with plain loops. It shares no code and no types
 * with src/ (src/core/pricing is the code under test), so a bug there cannot hide here.
 */

export interface OSettings {
  businessName: string;
  currency: string;
  distanceUnit: "miles" | "km";
  hourlyRate: number;
  agreementHourlyRate: number;
  billingIncrement: number;
  minimumHoursPerVisit: number;
  freeTravelRadius: number;
  tripCharge: number;
  mileageRate: number;
  travelTimeRate: number;
  averageSpeed: number;
  technicianCost: number;
  vehicleCost: number;
  targetMargin: number;
  maxPremiumOverHourly: number;
  toolCostPerUser: number;
  toolCostPerDevice: number;
  toolCostPerServer: number;
  contractTerm: number;
  technicians: number;
  billableHoursPerTechnician: number;
  /** v3 (fractions); absent in a model stored before v3 = 0. */
  annualIncrease: number;
  annualCostIncrease: number;
}

/** PRICING.md §1's defaults. */
export const O_DEFAULTS: OSettings = {
  businessName: "Your IT Company",
  currency: "USD",
  distanceUnit: "miles",
  hourlyRate: 125,
  agreementHourlyRate: 95,
  billingIncrement: 0.25,
  minimumHoursPerVisit: 1,
  freeTravelRadius: 15,
  tripCharge: 45,
  mileageRate: 0,
  travelTimeRate: 0,
  averageSpeed: 30,
  technicianCost: 45,
  vehicleCost: 0.7,
  targetMargin: 0.5,
  maxPremiumOverHourly: 0.25,
  toolCostPerUser: 0,
  toolCostPerDevice: 0,
  toolCostPerServer: 0,
  contractTerm: 12,
  technicians: 1,
  billableHoursPerTechnician: 120,
  annualIncrease: 0,
  annualCostIncrease: 0,
};

export interface OTier {
  name: string;
  fee: number;
  included: number;
  responseTime: number | null;
  travelIncluded: boolean;
  extraHourRate: number | null;
  /** v2; absent (a model stored before v2) = 0. */
  perUser?: number;
  perDevice?: number;
  perServer?: number;
  minimumFee?: number;
  onboardingFee?: number;
  /** v3: the Segment cell as typed (the segments the tier is offered to); absent or null = blank. */
  segment?: string | null;
}

export interface OClient {
  name: string;
  segment: string;
  /** As typed in the Clients table (any case, surrounding spaces); null/"" /"Hourly" = hourly. */
  tier: string | null;
  d: number;
  v: number;
  h: number;
  r: number;
  driveMinutes: number | null;
  /** v2; absent = 0. */
  users?: number;
  devices?: number;
  servers?: number;
  /** Issue 12: which of v, h, r were left blank for the Time log to fill (absent = all typed). */
  blank?: { v?: boolean; h?: boolean; r?: boolean };
}

/** One Time log row read, as the workbook holds it (PRICING.md §1 Time log). */
export interface OEntry {
  /** As typed (spaces, case). */
  client: string;
  year: number;
  month: number;
  day: number;
  hours: number;
  onSite: boolean;
  /** Blank = 0. */
  amount: number;
}

export interface OTimeLog {
  /** The Time log months setting; null = counted from the dates. */
  months: number | null;
  hasAmountColumn: boolean;
  entries: OEntry[];
}

export interface OClientLog {
  visits: number;
  hoursPerVisit: number;
  remoteHours: number;
  actualRevenue: number | null;
}

export interface OModel {
  /** Settings stored before v2 lack the v2 ones: they take the defaults. */
  settings: OSettings;
  tiers: OTier[];
  clients: OClient[];
  /** In table order (not necessarily sorted). */
  zones: { upTo: number; trip: number }[];
  /** Issue 12; absent or no entries = no Time log. */
  timeLog?: OTimeLog;
}

export interface OClientResult {
  client: string;
  tier: string | null;
  m: number;
  v: number;
  d: number;
  workHours: number;
  travelHours: number;
  travelCharges: number;
  hourlyRevenue: number;
  agreementRevenue: number | null;
  currentRevenue: number;
  cost: number;
  hourlyMargin: number;
  currentMargin: number;
  effectiveRate: number | null;
  clientSaving: number;
  targetPrice: number;
  recommendedTier: string;
  recommendedRevenue: number;
  serviceCost: number;
  toolCost: number;
  agreementCost: number;
  recommendedCost: number;
  recommendedMargin: number;
  contractValue: number | null;
  tierOptions: { tier: string; tierFee: number; revenue: number; margin: number; offered: boolean; dominatedBy: string | null; qualifies: boolean }[];
  beyondLastZone: boolean;
  timeLog: OClientLog | null;
  renewal: { revenue: number; cost: number; margin: number; belowTarget: boolean; increaseForTarget: number | null } | null;
}

export interface OFigures {
  clients: number;
  workHours: number;
  travelHours: number;
  hourlyRevenue: number;
  currentRevenue: number;
  recommendedRevenue: number;
  cost: number;
  currentMargin: number;
  recommendedCost: number;
  recommendedMargin: number;
  contractValue: number;
  annualRevenuePerClient: number | null;
  revenuePerHour: number | null;
  actualRevenue: number | null;
}

export interface OReport {
  clients: OClientResult[];
  segments: (OFigures & { segment: string })[];
  totals: OFigures;
  equivalence: { homeClientsPerSmallBusiness: number | null; homeClientsToMatchSmallBusinessBook: number | null };
  bands: { clients: number; visits: number; travelCharges: number; travelCost: number; currentMargin: number }[];
  referenceVisitHours: number;
  sensitivity: { minutes: number; revenue: number; revenueNoCharge: number; margin: number; marginNoCharge: number }[];
  breakEvenMinutes: { policy: number | null; noCharge: number | null };
  rateCardTiers: {
    tier: string; monthlyFee: number; includedHours: number; extraHourRate: number; includedValue: number; saving: number;
    perUser: number; perDevice: number; perServer: number; minimumFee: number; onboardingFee: number;
  }[];
  contractTerm: number;
  capacity: { availableHours: number; usedHours: number; utilisation: number };
  timeLog: { months: number; entries: number; first: string; last: string } | null;
  renewal: { clients: number; revenue: number; margin: number; belowTarget: number } | null;
  /** Names in the log that are no client, trimmed and lower-cased, each once. */
  unknownLogClients: string[];
}

/**
 * PRICING.md §1 Time log, literally: M from the setting or the calendar months first..last over
 * all rows; per client (first row of a name; names trimmed, case-insensitive) distinct on-site
 * dates / M, on-site hours / on-site dates, remote hours / M, amounts / M.
 */
function timeLogOf(model: OModel): { perClient: (OClientLog | null)[]; summary: OReport["timeLog"]; unknown: string[] } {
  const log = model.timeLog;
  const none = { perClient: model.clients.map(() => null), summary: null, unknown: [] };
  if (!log || log.entries.length === 0) return none;
  const key = (name: string) => name.trim().toLowerCase();
  const monthIndex = (e: OEntry) => e.year * 12 + (e.month - 1);
  const dayIndex = (e: OEntry) => e.year * 10000 + e.month * 100 + e.day;
  let first = log.entries[0];
  let last = log.entries[0];
  for (const e of log.entries) {
    if (dayIndex(e) < dayIndex(first)) first = e;
    if (dayIndex(e) > dayIndex(last)) last = e;
  }
  const M = log.months !== null ? log.months : monthIndex(last) - monthIndex(first) + 1;
  const pad = (x: number, w: number) => String(x).padStart(w, "0");
  const iso = (e: OEntry) => `${pad(e.year, 4)}-${pad(e.month, 2)}-${pad(e.day, 2)}`;
  const seen = new Set<string>();
  const perClient = model.clients.map((c) => {
    const k = key(c.name);
    if (seen.has(k)) return null; // a duplicate name: the first row has the entries
    seen.add(k);
    const mine = log.entries.filter((e) => key(e.client) === k);
    if (mine.length === 0) return null;
    const days = new Set<number>();
    let onSiteHours = 0;
    let remote = 0;
    let amount = 0;
    for (const e of mine) {
      if (e.onSite) {
        days.add(dayIndex(e));
        onSiteHours += e.hours;
      } else remote += e.hours;
      amount += e.amount;
    }
    return {
      visits: days.size / M,
      hoursPerVisit: days.size === 0 ? 0 : onSiteHours / days.size,
      remoteHours: remote / M,
      actualRevenue: log.hasAmountColumn ? amount / M : null,
    };
  });
  const clientKeys = new Set(model.clients.map((c) => key(c.name)));
  const unknown = [...new Set(log.entries.map((e) => key(e.client)).filter((k) => !clientKeys.has(k)))];
  return { perClient, summary: { months: M, entries: log.entries.length, first: iso(first), last: iso(last) }, unknown };
}

export function oracle(input: OModel): OReport {
  // Blank Clients cells take the client's logged figure; typed values win.
  const logged = timeLogOf(input);
  const model: OModel = {
    ...input,
    clients: input.clients.map((c, i) => {
      const l = logged.perClient[i];
      if (!l || !c.blank) return c;
      return { ...c, v: c.blank.v ? l.visits : c.v, h: c.blank.h ? l.hoursPerVisit : c.h, r: c.blank.r ? l.remoteHours : c.r };
    }),
  };
  const s: OSettings = { ...O_DEFAULTS, ...model.settings };
  const n = (x: number | undefined) => (x === undefined ? 0 : x);
  const roundUp = (x: number) => (s.billingIncrement > 0 ? Math.ceil(x / s.billingIncrement - 1e-9) * s.billingIncrement : x);
  const sortedZones = [...model.zones].sort((a, b) => a.upTo - b.upTo);
  const trip = (d: number): number => {
    if (sortedZones.length === 0) return s.tripCharge;
    for (const z of sortedZones) if (z.upTo >= d) return z.trip;
    return sortedZones[sortedZones.length - 1].trip;
  };
  const travelChargePerVisit = (d: number, m: number) =>
    d > s.freeTravelRadius ? trip(d) + s.mileageRate * 2 * d + s.travelTimeRate * ((2 * m) / 60) : 0;
  // tierFee = max(minimum fee, fee + per user × users + per device × devices + per server × servers)
  const tierFee = (T: OTier, c: OClient) =>
    Math.max(n(T.minimumFee), T.fee + n(T.perUser) * n(c.users) + n(T.perDevice) * n(c.devices) + n(T.perServer) * n(c.servers));
  const agreementRevenue = (T: OTier, c: OClient, charge: number) => {
    const overage = Math.max(0, c.v * roundUp(c.h) + c.r - T.included);
    const rate = T.extraHourRate !== null ? T.extraHourRate : s.agreementHourlyRate;
    return tierFee(T, c) + overage * rate + (T.travelIncluded ? 0 : c.v * charge);
  };

  // §2 per client
  const clients: OClientResult[] = [];
  for (const c of model.clients) {
    const { v, h, r, d } = c;
    const m = c.driveMinutes !== null ? c.driveMinutes : (d / s.averageSpeed) * 60;
    const billedHourly = Math.max(s.minimumHoursPerVisit, roundUp(h));
    const t = (2 * m) / 60;
    const charge = travelChargePerVisit(d, m);
    const hourlyRevenue = v * billedHourly * s.hourlyRate + r * s.hourlyRate + v * charge;
    const travelCharges = v * charge;
    const workHours = v * h + r;
    const travelHours = v * t;
    const serviceCost = s.technicianCost * (workHours + travelHours) + s.vehicleCost * v * 2 * d;
    const toolCost = s.toolCostPerUser * n(c.users) + s.toolCostPerDevice * n(c.devices) + s.toolCostPerServer * n(c.servers);
    const agreementCost = serviceCost + toolCost;

    let tier: OTier | null = null;
    const typed = c.tier === null ? "" : c.tier.trim().toLowerCase();
    if (typed !== "" && typed !== "hourly") {
      for (const T of model.tiers) if (T.name.trim().toLowerCase() === typed) tier = T;
    }
    const agreement = tier ? agreementRevenue(tier, c, charge) : null;
    const currentRevenue = agreement !== null ? agreement : hourlyRevenue;
    const cost = tier ? agreementCost : serviceCost;

    // v3 §2: offered = no Segment, or the client's segment among the tier's (matched like §3 segments;
    // All, Everyone or Any = every client); money = Σ over the contract's months of revenue ×
    // (1 + annual increase)^⌊k / 12⌋ + onboarding; U dominates T when it costs no more, includes no
    // fewer hours, answers no slower where T promises a time, and is better in one of them.
    const segKey = (x: string) => x.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    const offeredTo = (T: OTier) => {
      const names = (T.segment ?? "").split(/[,;]/).map(segKey).filter((x) => x !== "");
      if (names.length === 0) return true;
      for (const x of names) if (x === "all" || x === "everyone" || x === "any") return true;
      return names.indexOf(segKey(c.segment)) >= 0;
    };
    const increase = s.annualIncrease ?? 0;
    const overContract = (monthly: number) => {
      let sum = 0;
      for (let k = 0; k < s.contractTerm; k++) sum += monthly * Math.pow(1 + increase, Math.floor(k / 12));
      return sum;
    };
    const revenues = model.tiers.map((T) => agreementRevenue(T, c, charge));
    const money = model.tiers.map((T, i) => overContract(revenues[i]) + n(T.onboardingFee));
    const offered = model.tiers.map(offeredTo);
    const beats = (u: number, t: number) => {
      const U = model.tiers[u];
      const T = model.tiers[t];
      const noMore = money[u] <= money[t] + 1e-9;
      const hoursOk = U.included >= T.included - 1e-9;
      const responseOk = T.responseTime === null || (U.responseTime !== null && U.responseTime <= T.responseTime + 1e-9);
      const better = money[u] < money[t] - 1e-9 || U.included > T.included + 1e-9
        || (T.responseTime !== null && U.responseTime !== null && U.responseTime < T.responseTime - 1e-9);
      return noMore && hoursOk && responseOk && better;
    };
    const tierOptions = model.tiers.map((T, t) => {
      const revenue = revenues[t];
      const margin = revenue - agreementCost;
      let dominatedBy: string | null = null;
      for (let u = 0; u < model.tiers.length && dominatedBy === null; u++) if (u !== t && offered[u] && beats(u, t)) dominatedBy = model.tiers[u].name;
      const qualifies = offered[t] && dominatedBy === null && revenue > 0 && margin / revenue >= s.targetMargin - 1e-9 && revenue <= hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9;
      return { tier: T.name, tierFee: tierFee(T, c), revenue, margin, offered: offered[t], dominatedBy, qualifies };
    });
    let bestAt = -1;
    tierOptions.forEach((o, i) => {
      if (!o.qualifies) return;
      if (bestAt < 0) {
        bestAt = i;
        return;
      }
      const b = tierOptions[bestAt];
      const higher = o.margin > b.margin + 1e-9;
      const tie = !(o.margin > b.margin + 1e-9) && !(o.margin < b.margin - 1e-9);
      if (higher || (tie && o.tierFee < b.tierFee - 1e-9)) bestAt = i;
    });
    const best = bestAt < 0 ? null : model.tiers[bestAt];
    const recommendedRevenue = best ? tierOptions[bestAt].revenue : hourlyRevenue;
    const recommendedCost = best ? agreementCost : serviceCost;
    // §2 contractValue: month k of the term pays recommendedRevenue × (1 + annual increase)^⌊k / 12⌋.
    let contractValue: number | null = null;
    if (best) {
      contractValue = n(best.onboardingFee);
      for (let k = 0; k < s.contractTerm; k++) contractValue += recommendedRevenue * Math.pow(1 + s.annualIncrease, Math.floor(k / 12));
    }
    // §2 renewal: on its own tier, a year on.
    let renewal: OClientResult["renewal"] = null;
    if (agreement !== null) {
      const revenue = agreement * (1 + s.annualIncrease);
      const rCost = agreementCost * (1 + s.annualCostIncrease);
      renewal = {
        revenue,
        cost: rCost,
        margin: revenue - rCost,
        belowTarget: revenue <= 0 || (revenue - rCost) / revenue < s.targetMargin - 1e-9,
        increaseForTarget: agreement === 0 ? null : Math.max(0, rCost / (1 - s.targetMargin) / agreement - 1),
      };
    }

    clients.push({
      client: c.name,
      tier: tier ? tier.name : null,
      m,
      v,
      d,
      workHours,
      travelHours,
      travelCharges,
      hourlyRevenue,
      agreementRevenue: agreement,
      currentRevenue,
      cost,
      hourlyMargin: hourlyRevenue - serviceCost,
      currentMargin: currentRevenue - cost,
      effectiveRate: workHours + travelHours === 0 ? null : currentRevenue / (workHours + travelHours),
      clientSaving: agreement !== null ? hourlyRevenue - agreement : 0,
      targetPrice: agreementCost / (1 - s.targetMargin),
      recommendedTier: best ? best.name : "Hourly",
      recommendedRevenue,
      serviceCost,
      toolCost,
      agreementCost,
      recommendedCost,
      recommendedMargin: recommendedRevenue - recommendedCost,
      contractValue,
      tierOptions,
      beyondLastZone: sortedZones.length > 0 && d > s.freeTravelRadius && d > sortedZones[sortedZones.length - 1].upTo,
      timeLog: logged.perClient[clients.length],
      renewal,
    });
  }

  // §3 segments, totals, equivalence
  const figures = (rows: OClientResult[]): OFigures => {
    const f: OFigures = {
      clients: rows.length, workHours: 0, travelHours: 0, hourlyRevenue: 0, currentRevenue: 0,
      recommendedRevenue: 0, cost: 0, currentMargin: 0, recommendedCost: 0, recommendedMargin: 0, contractValue: 0,
      annualRevenuePerClient: null, revenuePerHour: null, actualRevenue: null,
    };
    for (const x of rows) {
      f.workHours += x.workHours;
      f.travelHours += x.travelHours;
      f.hourlyRevenue += x.hourlyRevenue;
      f.currentRevenue += x.currentRevenue;
      f.recommendedRevenue += x.recommendedRevenue;
      f.cost += x.cost;
      f.currentMargin += x.currentMargin;
      f.recommendedCost += x.recommendedCost;
      f.recommendedMargin += x.recommendedMargin;
      if (x.contractValue !== null) f.contractValue += x.contractValue;
      if (x.timeLog && x.timeLog.actualRevenue !== null) f.actualRevenue = (f.actualRevenue ?? 0) + x.timeLog.actualRevenue;
    }
    f.annualRevenuePerClient = rows.length === 0 ? null : (12 * f.currentRevenue) / rows.length;
    f.revenuePerHour = f.workHours + f.travelHours === 0 ? null : f.currentRevenue / (f.workHours + f.travelHours);
    return f;
  };
  const keys: string[] = [];
  const shown: string[] = [];
  const members: OClientResult[][] = [];
  for (let i = 0; i < model.clients.length; i++) {
    // Issue 8 (PRICING.md §3): segments group ignoring case and every character that is not a letter or digit.
    const key = model.clients[i].segment.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    let k = keys.indexOf(key);
    if (k < 0) {
      keys.push(key);
      shown.push(model.clients[i].segment.trim());
      members.push([]);
      k = keys.length - 1;
    }
    members[k].push(clients[i]);
  }
  const segments = keys.map((_, k) => ({ segment: shown[k], ...figures(members[k]) }));
  const totals = figures(clients);

  const home = segments[keys.indexOf("home")];
  const sb = segments[keys.indexOf("smallbusiness")];
  let homeClientsPerSmallBusiness: number | null = null;
  let homeClientsToMatchSmallBusinessBook: number | null = null;
  if (home && sb && home.currentRevenue / home.clients !== 0) {
    const homeAverage = home.currentRevenue / home.clients;
    homeClientsPerSmallBusiness = sb.currentRevenue / sb.clients / homeAverage;
    homeClientsToMatchSmallBusinessBook = sb.currentRevenue / homeAverage;
  }

  // §4 travel bands by one-way drive minutes
  const edges = [0, 15, 30, 45, 60, Infinity];
  const bands = [];
  for (let b = 0; b < 5; b++) {
    const band = { clients: 0, visits: 0, travelCharges: 0, travelCost: 0, currentMargin: 0 };
    for (const x of clients) {
      if (x.m >= edges[b] && x.m < edges[b + 1]) {
        band.clients += 1;
        band.visits += x.v;
        band.travelCharges += x.travelCharges;
        band.travelCost += s.technicianCost * x.travelHours + s.vehicleCost * x.v * 2 * x.d;
        band.currentMargin += x.currentMargin;
      }
    }
    bands.push(band);
  }

  // §4 reference visit, sensitivity, break-even
  let sumVH = 0;
  let sumV = 0;
  for (const c of model.clients) {
    if (c.v > 0) {
      sumVH += c.v * c.h;
      sumV += c.v;
    }
  }
  const hRef = sumV > 0 ? sumVH / sumV : 1;
  const visit = (m: number) => {
    const d = (m / 60) * s.averageSpeed;
    const revenueNoCharge = Math.max(s.minimumHoursPerVisit, roundUp(hRef)) * s.hourlyRate;
    const revenue = revenueNoCharge + travelChargePerVisit(d, m);
    const cost = s.technicianCost * (hRef + (2 * m) / 60) + s.vehicleCost * 2 * d;
    return { minutes: m, revenue, revenueNoCharge, margin: revenue - cost, marginNoCharge: revenueNoCharge - cost };
  };
  const sensitivity = [];
  for (let m = 0; m <= 90; m += 5) sensitivity.push(visit(m));
  let policy: number | null = null;
  let noCharge: number | null = null;
  for (let m = 0; m <= 240; m++) {
    const x = visit(m);
    if (policy === null && x.margin < 0) policy = m;
    if (noCharge === null && x.marginNoCharge < 0) noCharge = m;
  }

  // §5 rate card tier figures
  const rateCardTiers = model.tiers.map((T) => ({
    tier: T.name,
    monthlyFee: T.fee,
    includedHours: T.included,
    extraHourRate: T.extraHourRate !== null ? T.extraHourRate : s.agreementHourlyRate,
    includedValue: T.included * s.hourlyRate,
    saving: T.included * s.hourlyRate - T.fee,
    perUser: n(T.perUser),
    perDevice: n(T.perDevice),
    perServer: n(T.perServer),
    minimumFee: n(T.minimumFee),
    onboardingFee: n(T.onboardingFee),
  }));

  // §3 capacity
  const availableHours = s.technicians * s.billableHoursPerTechnician;
  const usedHours = totals.workHours + totals.travelHours;

  return {
    clients,
    segments,
    totals,
    equivalence: { homeClientsPerSmallBusiness, homeClientsToMatchSmallBusinessBook },
    bands,
    referenceVisitHours: hRef,
    sensitivity,
    breakEvenMinutes: { policy, noCharge },
    rateCardTiers,
    contractTerm: s.contractTerm,
    capacity: { availableHours, usedHours, utilisation: usedHours / availableHours },
    timeLog: logged.summary,
    renewal: renewalTotals(clients),
    unknownLogClients: logged.unknown,
  };
}

/** §5c: the sums over the clients on a tier; null when none is. */
function renewalTotals(clients: OClientResult[]): OReport["renewal"] {
  const on = clients.filter((c) => c.renewal !== null);
  if (on.length === 0) return null;
  let revenue = 0;
  let margin = 0;
  let below = 0;
  for (const c of on) {
    revenue += c.renewal!.revenue;
    margin += c.renewal!.margin;
    if (c.renewal!.belowTarget) below++;
  }
  return { clients: on.length, revenue, margin, belowTarget: below };
}
