/** Every figure of a JSON report (PRICING.md §6) against the oracle, to the cent; and the warnings §1 asks for. */
import type { OReport } from "./oracle";
import { cellOf, type Generated } from "./randomWorkbook";

const segmentKey = (x: string) => x.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** How much was compared, for the run's closing line. */
export const tally = { workbooks: 0, figures: 0 };

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export function compareReport(report: Json, want: OReport, g: Generated): string[] {
  const bad: string[] = [];
  const num = (where: string, got: unknown, expected: number | null) => {
    tally.figures++;
    if (expected === null || got === null || got === undefined) {
      if (got !== expected) bad.push(`${where}: expected ${expected}, got ${got}`);
    } else if (typeof got !== "number" || !(Math.abs(got - expected) < 0.005)) {
      bad.push(`${where}: expected ${expected}, got ${got}`);
    }
  };
  const same = (where: string, got: unknown, expected: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(expected)) bad.push(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };
  const figures = ["clients", "workHours", "travelHours", "hourlyRevenue", "currentRevenue", "recommendedRevenue", "cost", "currentMargin", "recommendedCost", "recommendedMargin", "contractValue", "annualRevenuePerClient", "revenuePerHour"] as const;

  same("errors", report.errors, []);
  same("clients.length", report.clients?.length, want.clients.length);
  want.clients.forEach((c, i) => {
    const got = report.clients?.[i] ?? {};
    const at = `clients[${i}] ${c.client}`;
    same(`${at}.client`, got.client, c.client);
    same(`${at}.segment`, String(got.segment).trim().toLowerCase(), g.model.clients[i].segment.trim().toLowerCase());
    same(`${at}.tier`, got.tier, c.tier);
    same(`${at}.recommendedTier`, got.recommendedTier, c.recommendedTier);
    for (const k of ["workHours", "travelHours", "travelCharges", "hourlyRevenue", "agreementRevenue", "currentRevenue", "cost", "hourlyMargin", "currentMargin", "effectiveRate", "clientSaving", "targetPrice", "recommendedRevenue", "serviceCost", "toolCost", "agreementCost", "recommendedCost", "recommendedMargin", "contractValue"] as const) {
      num(`${at}.${k}`, got[k], c[k]);
    }
    same(`${at}.tierOptions.tier`, (got.tierOptions ?? []).map((o: Json) => o.tier), c.tierOptions.map((o) => o.tier));
    c.tierOptions.forEach((o, j) => {
      const option = got.tierOptions?.[j] ?? {};
      for (const k of ["tierFee", "revenue", "margin"] as const) num(`${at}.tierOptions[${o.tier}].${k}`, option[k], o[k]);
      same(`${at}.tierOptions[${o.tier}].offered`, option.offered, o.offered);
      same(`${at}.tierOptions[${o.tier}].dominatedBy`, option.dominatedBy, o.dominatedBy);
      same(`${at}.tierOptions[${o.tier}].qualifies`, option.qualifies, o.qualifies);
    });
    if (c.renewal === null) same(`${at}.renewal`, got.renewal, null);
    else {
      for (const k of ["revenue", "cost", "margin", "increaseForTarget"] as const) num(`${at}.renewal.${k}`, got.renewal?.[k], c.renewal[k]);
      same(`${at}.renewal.belowTarget`, got.renewal?.belowTarget, c.renewal.belowTarget);
    }
    if (c.timeLog === null) same(`${at}.timeLog`, got.timeLog, null);
    else for (const k of ["visits", "hoursPerVisit", "remoteHours", "actualRevenue"] as const) num(`${at}.timeLog.${k}`, got.timeLog?.[k], c.timeLog[k]);
  });

  same("segments", (report.segments ?? []).map((s: Json) => s.segment), want.segments.map((s) => s.segment));
  want.segments.forEach((s, i) => {
    for (const k of figures) num(`segments[${s.segment}].${k}`, report.segments?.[i]?.[k], s[k]);
  });
  want.segments.forEach((s, i) => num(`segments[${s.segment}].actualRevenue`, report.segments?.[i]?.actualRevenue, s.actualRevenue));
  for (const k of figures) num(`totals.${k}`, report.totals?.[k], want.totals[k]);
  num("totals.actualRevenue", report.totals?.actualRevenue, want.totals.actualRevenue);
  for (const k of ["availableHours", "usedHours", "utilisation"] as const) num(`capacity.${k}`, report.capacity?.[k], want.capacity[k]);
  same("timeLog", report.timeLog, want.timeLog);
  if (want.renewal === null) same("renewal", report.renewal, null);
  else {
    for (const k of ["clients", "revenue", "margin", "belowTarget"] as const) num(`renewal.${k}`, report.renewal?.[k], want.renewal[k]);
  }
  num("equivalence.homeClientsPerSmallBusiness", report.equivalence?.homeClientsPerSmallBusiness, want.equivalence.homeClientsPerSmallBusiness);
  num("equivalence.homeClientsToMatchSmallBusinessBook", report.equivalence?.homeClientsToMatchSmallBusinessBook, want.equivalence.homeClientsToMatchSmallBusinessBook);

  const travel = report.travel ?? {};
  same("travel.bands.length", travel.bands?.length, 5);
  want.bands.forEach((b, i) => {
    for (const k of ["clients", "visits", "travelCharges", "travelCost", "currentMargin"] as const) num(`travel.bands[${i}].${k}`, travel.bands?.[i]?.[k], b[k]);
  });
  num("travel.referenceVisitHours", travel.referenceVisitHours, want.referenceVisitHours);
  same("travel.sensitivity.length", travel.sensitivity?.length, want.sensitivity.length);
  want.sensitivity.forEach((row, i) => {
    for (const k of ["minutes", "revenue", "revenueNoCharge", "margin", "marginNoCharge"] as const) num(`travel.sensitivity[${row.minutes} min].${k}`, travel.sensitivity?.[i]?.[k], row[k]);
  });
  num("travel.breakEvenMinutes.policy", travel.breakEvenMinutes?.policy, want.breakEvenMinutes.policy);
  num("travel.breakEvenMinutes.noCharge", travel.breakEvenMinutes?.noCharge, want.breakEvenMinutes.noCharge);

  // Rate card (§5): the tiers' figures, and the settings and lists it shows.
  const card = report.rateCard ?? {};
  const s = g.model.settings;
  same("rateCard.tiers", (card.tiers ?? []).map((t: Json) => t.tier), want.rateCardTiers.map((t) => t.tier));
  want.rateCardTiers.forEach((t, i) => {
    for (const k of ["monthlyFee", "includedHours", "extraHourRate", "includedValue", "saving", "perUser", "perDevice", "perServer", "minimumFee", "onboardingFee"] as const) num(`rateCard.tiers[${t.tier}].${k}`, card.tiers?.[i]?.[k], t[k]);
    const tier = g.model.tiers[i];
    num(`rateCard.tiers[${t.tier}].responseTime`, card.tiers?.[i]?.responseTime, tier.responseTime);
    same(`rateCard.tiers[${t.tier}].travelIncluded`, card.tiers?.[i]?.travelIncluded, tier.travelIncluded);
  });
  same("rateCard.businessName", card.businessName, s.businessName);
  same("rateCard.currency", card.currency, s.currency);
  same("rateCard.distanceUnit", card.distanceUnit, s.distanceUnit);
  const payg = card.payAsYouGo ?? {};
  num("rateCard.payAsYouGo.hourlyRate", payg.hourlyRate, s.hourlyRate);
  num("rateCard.payAsYouGo.minimumHoursPerVisit", payg.minimumHoursPerVisit, s.minimumHoursPerVisit);
  num("rateCard.payAsYouGo.billingIncrement", payg.billingIncrement, s.billingIncrement);
  num("rateCard.payAsYouGo.freeTravelRadius", payg.freeTravelRadius, s.freeTravelRadius);
  num("rateCard.payAsYouGo.tripCharge", payg.tripCharge, s.tripCharge);
  num("rateCard.payAsYouGo.mileageRate", payg.mileageRate, s.mileageRate);
  num("rateCard.payAsYouGo.travelTimeRate", payg.travelTimeRate, s.travelTimeRate);
  same("rateCard.payAsYouGo.travelZones", payg.travelZones, [...g.model.zones].sort((a, b) => a.upTo - b.upTo).map((z) => ({ upTo: z.upTo, tripCharge: z.trip })));
  num("rateCard.agreement.agreementHourlyRate", card.agreement?.agreementHourlyRate, s.agreementHourlyRate);
  const times = g.model.tiers.flatMap((t) => (t.responseTime === null ? [] : [t.responseTime]));
  num("rateCard.agreement.fastestResponseTime", card.agreement?.fastestResponseTime, times.length ? Math.min(...times) : null);
  same("rateCard.agreement.tiersIncludingTravel", card.agreement?.tiersIncludingTravel, g.model.tiers.filter((t) => t.travelIncluded).map((t) => t.name));
  num("rateCard.contractTerm", card.contractTerm, want.contractTerm);
  same("rateCard.benefits", card.benefits, g.benefits ?? []);
  return bad;
}

/** The warnings PRICING.md asks for ("the analysis says so"), found by what they name. */
export function missingWarnings(report: Json, want: OReport, g: Generated): string[] {
  const text = (report.warnings ?? []).map((w: Json) => String(w.message).toLowerCase());
  const says = (what: string) => text.some((m: string) => m.includes(what.toLowerCase()));
  const bad: string[] = [];
  for (const name of g.missingSettings) if (!says(name)) bad.push(`no warning names the missing setting "${name}"`);
  for (const c of want.clients) if (c.beyondLastZone && !says(c.client)) bad.push(`no warning names ${c.client}, beyond the last travel zone`);
  for (const name of g.unknownSettings ?? []) if (!says(name)) bad.push(`no warning names the unknown setting "${name}"`);
  // PRICING.md §1: duplicates in more than three rows of the Client column are one warning at the first three.
  const groupedDuplicates = text.some((m: string) => / and \d+ more: client ".*" appears more than once/.test(m));
  for (const name of g.duplicateClientNames) if (!says(name) && !groupedDuplicates) bad.push(`no warning names the duplicate client "${name}"`);
  for (const name of want.unknownLogClients) if (!says(`"${name}`)) bad.push(`no warning names "${name}", in the Time log but no client`);
  if ((g.benefits?.length ?? 0) < 6 && !says("benefit")) bad.push("no warning about fewer than six benefits");
  // v3: a tier's Segment naming a segment no client is in is a warning at that cell.
  const clientSegments = new Set(g.model.clients.map((c) => segmentKey(c.segment)));
  const tiersTable = g.tables.find((t) => t.key === "tiers");
  const tierRows = tiersTable ? tiersTable.rows.flatMap((row, i) => (row ? [i] : [])) : [];
  const unmatched = g.model.tiers.flatMap((t, i) => {
    const names = (t.segment ?? "").split(/[,;]/).map(segmentKey).filter((x) => x !== "");
    if (names.some((x) => ["all", "everyone", "any"].includes(x)) || names.every((x) => clientSegments.has(x)) || !tiersTable) return [];
    return [{ cell: cellOf(tiersTable, tierRows[i], "segment"), tier: t }];
  });
  // More than three: one warning, at the first cell (§1 Bad input: grouped as errors are).
  for (const { cell, tier } of unmatched.length > 3 ? unmatched.slice(0, 1) : unmatched) {
    if (!(report.warnings ?? []).some((w: Json) => w.cell === cell)) bad.push(`no warning at ${cell}, ${tier.name}'s Segment "${tier.segment}" that no client is in`);
  }
  return bad;
}
