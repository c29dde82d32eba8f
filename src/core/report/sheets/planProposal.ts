/**
 * The Proposal sheet (PRICING.md §5b): one client's offer on one portrait page, from that
 * client's figures alone (no new formula): what it pays today, what the proposed tier would cost
 * it and why, the other tiers' price for it, and the benefits.
 *
 * It is handed to the client: no cost, margin, target price or tool cost is ever on it, nor
 * whether a tier "qualifies" (a margin test). Only prices the client pays appear.
 */
import type { Analysis, ClientResult, TierOption } from "../../pricing/results";
import type { Client, Model, Tier } from "../../workbook/model";
import type { Block, SheetSpec } from "../sheetPlan";
import { clientBasis } from "../../pricing/clientBasis";
import { extraHourRate, overage } from "../../pricing/clientFigures";
import { HOURLY, tierKey } from "../../workbook/parseTiers";
import { a1 } from "../../workbook/address";
import { formatHours, formatIncrement, formatMoney, formatNumber, moneyFormat } from "../layout/formats";
import { clientPage } from "../layout/onePage";
import { afterAnnualIncrease } from "../../pricing/renewal";
import { fitWidth } from "../layout/textWidth";
import { clientKey } from "../outputs/proposalSheetName";
import { durationInWords, visitsInWords } from "./usageWords";
import { formatPercent } from "./renewalText";

/** The consultant's choice: a client, and a tier other than the recommended one if wanted. */
export interface ProposalChoice {
  client: string;
  /** A tier name, `Hourly` (stay on pay as you go), or null/undefined for the recommended tier. */
  tier?: string | null;
}

export type ResolvedProposal =
  | { ok: true; result: ClientResult; client: Client; tier: Tier | null }
  | { ok: false; unknown: "client" | "tier"; name: string };

/** Label, a month, a year: the page's three columns, in Excel character units (about 6 inches). */
const COLUMN_WIDTHS = [60, 13, 13];
const PAGE_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

/**
 * The client (matched trimmed and in any case; with duplicates, the first row) and the tier
 * (matched like a client's Tier; the recommended one when none is named). Unknown names are
 * returned, not thrown, so each front door words them its own way.
 */
export function resolveProposal(analysis: Analysis, model: Model, choice: ProposalChoice): ResolvedProposal {
  const key = clientKey(choice.client);
  const index = analysis.clients.findIndex((c) => clientKey(c.client) === key);
  if (index < 0) return { ok: false, unknown: "client", name: choice.client };
  const result = analysis.clients[index]!;
  const wanted = choice.tier == null || choice.tier.trim() === "" ? result.recommendedTier : choice.tier;
  const wantedKey = tierKey(wanted);
  if (wantedKey === tierKey(HOURLY)) return { ok: true, result, client: model.clients[index]!, tier: null };
  const tier = model.tiers.find((t) => tierKey(t.name) === wantedKey);
  if (!tier) return { ok: false, unknown: "tier", name: wanted };
  return { ok: true, result, client: model.clients[index]!, tier };
}

/** The proposal for a resolved choice, on the sheet `sheetName` (proposalSheetName.ts). */
export function planProposalSheet(
  proposal: Extract<ResolvedProposal, { ok: true }>, model: Model, sheetName: string,
): SheetSpec {
  const { result: c, client, tier } = proposal;
  const s = model.settings;
  const money = moneyFormat(s.currency);
  const $ = (x: number) => formatMoney(x, s.currency);
  const blocks: Block[] = [];
  let row = 0;
  const add = (block: Omit<Block, "at">, gapAfter = 0): void => {
    blocks.push({ ...block, at: a1(row, 0) });
    row += block.values.length + gapAfter;
  };
  const figures = (id: string, rows: [string, number][], style: Block["style"] = "body", gapAfter = 0) =>
    add({ id, values: rows.map(([label, monthly]) => [label, monthly, 12 * monthly]), columnFormats: [null, money, money], style }, gapAfter);

  add({ id: "title", values: [[s.businessName]], style: "title" });
  if (s.contact !== "") add({ id: "contact", values: [[s.contact]], style: "subtitle" });
  row += 1;
  add({ id: "heading", values: [[`A service agreement proposal for ${c.client}`]], style: "heading", wrap: true }, 1);

  // Today.
  add({ id: "todayHeading", values: [["What you pay today", "A month", "A year"]], style: "kpiLabel", columnAlign: [null, "right", "right"] });
  if (c.tier === null) {
    figures("today", [
      ["Labour, billed by the hour", c.hourlyRevenue - c.travelCharges],
      ["Travel charges", c.travelCharges],
    ]);
  } else {
    figures("today", [[`Your ${c.tier} agreement`, c.currentRevenue]]);
  }
  figures("todayTotal", [["You pay today", c.currentRevenue]], "kpiLabel");
  const actual = actualRevenue(c);
  if (actual !== null) figures("actual", [["What you were billed, from our time records (average)", actual]]);
  row += 1;

  const option = tier ? c.tierOptions.find((o) => o.tier === tier.name) ?? null : null;
  if (tier && option) {
    offerBlocks(add, figures, { c, client, tier, option, model, $ });
  } else if (c.tier !== null) {
    // On an agreement today, pay as you go proposed: say what the hours would come to by the hour.
    add({ id: "paygHeading", values: [["Pay as you go", "A month", "A year"]], style: "kpiLabel", columnAlign: [null, "right", "right"] });
    figures("payg", [["Your work billed by the hour, travel included (estimate)", c.hourlyRevenue]]);
    const less = c.currentRevenue - c.hourlyRevenue;
    const change = less >= 0
      ? `You would pay about ${$(less)} a month less than today (${$(12 * less)} a year).`
      : `You would pay about ${$(-less)} a month more than today (${$(-12 * less)} a year).`;
    add({
      id: "advice",
      values: [[`Our advice: move to pay as you go. ${change} You pay only for the hours you use, and you can return to an agreement whenever it suits you.`]],
      style: "body",
      wrap: true,
    }, 1);
  } else {
    add({
      id: "advice",
      values: [["Our advice: stay on pay as you go for now. You pay only for the hours you use, and you can move to an agreement whenever it suits you."]],
      style: "body",
      wrap: true,
    }, 1);
  }

  // Beside an offer, only the tiers the client could be pitched that cost it more, each with what it
  // adds: a tier that costs it less is never listed beside a dearer offer (PRICING.md v3 §5b). With
  // no offer, every tier it could be pitched, at its price.
  const others = c.tierOptions.filter((o) => o.tier !== tier?.name && o.offered && o.dominatedBy === null
    && (!option || o.revenue > option.revenue + 0.005));
  if (others.length > 0) {
    add({
      id: "othersHeading",
      values: [[option ? "More cover, priced for you" : "Our agreements, priced for you", "A month", "A year"]],
      style: "kpiLabel",
      columnAlign: [null, "right", "right"],
    });
    const rows = others.map((o): [string, number] => [otherLabel(o, option ? tier : null, model), o.revenue]);
    // What a tier adds can be longer than the label column: wrapped there, never run under the figures.
    add({
      id: "others",
      values: rows.map(([label, monthly]) => [label, monthly, 12 * monthly]),
      columnFormats: [null, money, money],
      style: "body",
      wrap: rows.some(([label]) => fitWidth(label) > COLUMN_WIDTHS[0]!),
    }, 1);
    if (!option) {
      // With no offer the page names no term: the commitment and what a price holds are said under the tiers.
      const rises = s.annualIncrease > 0 ? `, prices rising by ${formatPercent(s.annualIncrease)} at each anniversary` : "";
      add({
        id: "othersTerms",
        values: [[`Each agreement runs for ${s.contractTerm} months${rises}. Each price is for your usual month: the fee, any extra hours and any travel charged.`]],
        style: "note",
        wrap: true,
      }, 1);
    }
  }

  if (model.benefits.length > 0) {
    add({ id: "benefitsHeading", values: [["Why an agreement"]], style: "heading" });
    const lines = model.benefits.map((b) => `• ${b}`);
    // A benefit runs on across the empty figure columns, as on the rate card; wrapped only when one would not fit the page.
    add({ id: "benefits", values: lines.map((b) => [b]), style: "body", wrap: lines.some((b) => fitWidth(b) > PAGE_WIDTH) }, 1);
  }

  add({ id: "basis", values: [[usageLine(client, model)]], style: "note", wrap: true });
  add({ id: "footer", values: [[`Prices in ${s.currency}, before any taxes. Billing in steps of ${formatIncrement(s.billingIncrement).toLowerCase()}.`]], style: "note", wrap: true });

  return clientPage(sheetName, blocks, COLUMN_WIDTHS, row, 0.5);
}

interface OfferInput {
  c: ClientResult;
  client: Client;
  tier: Tier;
  option: TierOption;
  model: Model;
  $: (x: number) => string;
}

type Add = (block: Omit<Block, "at">, gapAfter?: number) => void;
type Figures = (id: string, rows: [string, number][], style?: Block["style"], gapAfter?: number) => void;

/** The offer: the fee as it comes out for this client, the price, what it includes, the terms. */
function offerBlocks(add: Add, figures: Figures, { c, client, tier, option, model, $ }: OfferInput): void {
  const s = model.settings;
  const basis = clientBasis(client, s, model.travelZones);
  add({ id: "offerHeading", values: [[`Our offer: the ${tier.name} agreement`, "A month", "A year"]], style: "kpiLabel", columnAlign: [null, "right", "right"] });

  // A tier priced per unit with no base fee shows no "Monthly fee $0.00" line: the units are its price.
  const perUnit = tier.perUser > 0 || tier.perDevice > 0 || tier.perServer > 0;
  const fee: [string, number][] = tier.monthlyFee > 0 || !perUnit ? [["Monthly fee", tier.monthlyFee]] : [];
  const units: [string, number, number, string][] = [
    ["user", tier.perUser, client.users, "users"],
    ["device", tier.perDevice, client.devices, "devices"],
    ["server", tier.perServer, client.servers, "servers"],
  ];
  let items = tier.monthlyFee;
  for (const [unit, price, count, plural] of units) {
    if (price <= 0) continue;
    fee.push([`Per ${unit}: ${formatNumber(count)} ${count === 1 ? unit : plural} × ${$(price)}`, price * count]);
    items += price * count;
  }
  // The minimum covers the fee and the per-unit prices (PRICING.md §2): shown as the top-up it takes.
  if (option.tierFee > items + 1e-9) fee.push([`Raised to the ${$(tier.minimumFee)} minimum monthly fee`, option.tierFee - items]);
  const extraHours = overage(tier, basis);
  const rate = extraHourRate(tier, s);
  if (extraHours > 1e-9) fee.push([`Estimated extra hours: ${formatNumber(extraHours)} × ${$(rate)}`, extraHours * rate]);
  const travel = tier.travelIncluded ? 0 : basis.visits * basis.travelChargePerVisit;
  if (travel > 0) fee.push(["Travel charges, as today", travel]);
  figures("offer", fee);
  figures("offerTotal", [["Your price", option.revenue]], "kpiLabel");
  // PRICING.md §5c: over a term longer than a year, the price after the first anniversary.
  if (s.contractTerm > 12 && s.annualIncrease > 0) {
    figures("secondYear", [[`In the second year (prices rise ${formatPercent(s.annualIncrease)} at each anniversary)`, afterAnnualIncrease(option.revenue, s)]]);
  }

  add({ id: "difference", values: [[differenceLine(c.currentRevenue - option.revenue, $)]], style: "heading", wrap: true }, 1);

  const used = basis.visits * basis.billedAgreement + basis.remoteHours;
  const includes: string[] = [
    tier.includedHours > 0
      ? `Your agreement includes ${formatHours(tier.includedHours)} a month; you used ${formatNumber(used)} on average. Extra hours are ${$(rate)} each.`
      : `Every hour of work is ${$(rate)}, instead of ${$(s.hourlyRate)} by the hour; you used ${formatNumber(used)} hours a month on average.`,
    tier.responseTime !== null ? `We respond within ${formatHours(tier.responseTime)}.` : "No guaranteed response time.",
    tier.travelIncluded ? "Travel is included: no trip charges." : "Travel is charged as today.",
    ...(s.minimumHoursPerVisit > 0 ? ["No minimum per visit: you pay only for the time we spend."] : []),
    tier.onboardingFee > 0 ? `A one-time onboarding fee of ${$(tier.onboardingFee)} when you sign.` : "No onboarding fee.",
    `The agreement runs for ${formatNumber(s.contractTerm)} ${s.contractTerm === 1 ? "month" : "months"}.`,
  ];
  add({ id: "includesHeading", values: [["What it includes"]], style: "heading" });
  add({ id: "includes", values: includes.map((line) => [`• ${line}`]), style: "body", wrap: true }, 1);
}

/** "You would pay $150.00 a month less than today ($1,800.00 a year)." Equal to the cent: the same. */
export function differenceLine(saving: number, $: (x: number) => string): string {
  const cents = Math.round(saving * 100);
  if (cents === 0) return "You would pay the same as today.";
  const amount = Math.abs(saving);
  return `You would pay ${$(amount)} a month ${cents > 0 ? "less" : "more"} than today (${$(12 * amount)} a year).`;
}

/**
 * A tier beside the offer, with what it adds to it ("Business Plus: 2 more hours included (10 hours
 * a month), a response within 4 hours"); with no offer, what it includes ("Business Plus (10 hours
 * included)").
 */
function otherLabel(option: TierOption, offer: Tier | null, model: Model): string {
  const tier = model.tiers.find((t) => t.name === option.tier);
  if (!tier) return option.tier;
  const response = tier.responseTime !== null ? `a response within ${formatHours(tier.responseTime)}` : null;
  if (offer !== null) {
    const adds: string[] = [];
    const more = tier.includedHours - offer.includedHours;
    if (more > 1e-9) adds.push(`${formatNumber(more)} more ${more === 1 ? "hour" : "hours"} included (${formatHours(tier.includedHours)} a month)`);
    if (response && (offer.responseTime === null || tier.responseTime! < offer.responseTime - 1e-9)) adds.push(response);
    if (tier.travelIncluded && !offer.travelIncluded) adds.push("travel included");
    if (adds.length > 0) return `${option.tier}: ${adds.join(", ")}`;
  }
  const includes = [...(tier.includedHours > 0 ? [`${formatHours(tier.includedHours)} included`] : []), ...(response ? [response] : [])];
  return includes.length > 0 ? `${option.tier} (${includes.join(", ")})` : option.tier;
}

/** What the prices are estimated from, in the client's terms ("a visit every 4 months"). */
function usageLine(client: Client, model: Model): string {
  const visits = client.visitsPerMonth;
  const onSite = visits > 0 ? `${visitsInWords(visits)} of about ${durationInWords(client.hoursPerVisit).replace(/^about /, "")} on site` : "no visits on site";
  const remote = client.remoteHoursPerMonth > 0 ? `${durationInWords(client.remoteHoursPerMonth)} of remote help a month` : "no remote help";
  const unit = model.settings.distanceUnit === "km" ? "km" : "miles";
  return `Estimated from your use of our services: ${onSite}, ${remote}, ${formatNumber(client.distance)} ${unit} from us.`;
}

/** The client's actualRevenue from a Time log, when it has one (the field is null until the log is read). */
function actualRevenue(c: ClientResult): number | null {
  const log = c.timeLog as { actualRevenue?: number | null } | null;
  return log && typeof log.actualRevenue === "number" ? log.actualRevenue : null;
}
