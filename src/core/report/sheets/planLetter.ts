/**
 * The price-change letter (PRICING.md §5d): what the consultant sends a client on a tier before
 * its renewal, on one portrait page. The new price and the date come first, then what it comes
 * to with the client's usual use, what stays included, and a courteous close.
 *
 * It is handed to the client: never cost, margin, the target or the increase that would keep it.
 * Only prices the client pays appear.
 */
import type { Analysis, ClientResult, TierOption } from "../../pricing/results";
import type { Client, Model, Settings, Tier } from "../../workbook/model";
import type { Block, SheetSpec } from "../sheetPlan";
import { clientBasis } from "../../pricing/clientBasis";
import { extraHourRate, overage } from "../../pricing/clientFigures";
import { a1 } from "../../workbook/address";
import { formatHours, formatMoney, moneyFormat } from "../layout/formats";
import { clientPage } from "../layout/onePage";
import { afterAnnualIncrease } from "../../pricing/renewal";
import { fitWidth } from "../layout/textWidth";
import { clientKey } from "../outputs/proposalSheetName";
import { formatPercent } from "./renewalText";

export type ResolvedLetter =
  | { ok: true; result: ClientResult; client: Client; tier: Tier; option: TierOption }
  /** unknown: no such client; hourly: billed by the hour (a proposal instead); noIncrease: Annual increase is 0. */
  | { ok: false; why: "unknown" | "hourly" | "noIncrease"; name: string };

/** Text (paragraphs wrap in it), a month, a year: the page's three columns, in Excel character units (about 6.5 inches). */
const COLUMN_WIDTHS = [70, 12, 12];
const PAGE_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

/** The client (matched trimmed and in any case; with duplicates, the first row) and its tier. */
export function resolveLetter(analysis: Analysis, model: Model, clientName: string): ResolvedLetter {
  const key = clientKey(clientName);
  const index = analysis.clients.findIndex((c) => clientKey(c.client) === key);
  if (index < 0) return { ok: false, why: "unknown", name: clientName };
  const result = analysis.clients[index]!;
  const tier = result.tier === null ? undefined : model.tiers.find((t) => t.name === result.tier);
  const option = tier === undefined ? undefined : result.tierOptions.find((o) => o.tier === tier.name);
  if (tier === undefined || option === undefined) return { ok: false, why: "hourly", name: result.client };
  if (!(model.settings.annualIncrease > 0)) return { ok: false, why: "noIncrease", name: result.client };
  return { ok: true, result, client: model.clients[index]!, tier, option };
}

/** Why there is no letter, in a sentence for the consultant (the front doors add how to go on). */
export function noLetterReason(why: "hourly" | "noIncrease", client: string): string {
  return why === "hourly"
    ? `${client} is billed by the hour: it has no agreement price to change, so there is no letter to send — make a proposal for ${client} instead.`
    : `The Annual increase setting is 0%, so there is no price change to announce to ${client} — set Annual increase in the Settings table (5% for example), then make the letter.`;
}

/**
 * For the consultant, not the letter: the client's tier is one it would not be offered, or one
 * another tier beats (PRICING.md §5b, §5d). Read from tierOptions' `offered` and `dominatedBy`
 * where the analysis carries them; null when it does not, or when the tier is fine.
 */
export function letterTierWarning(letter: Extract<ResolvedLetter, { ok: true }>): string | null {
  type Judged = TierOption & { offered?: boolean; dominatedBy?: string | null };
  const options = letter.result.tierOptions as Judged[];
  const own = letter.option as Judged;
  if (own.offered === false) {
    return `${letter.result.client} is on ${letter.tier.name}, which is not offered to its segment (${letter.result.segment}): the letter is made as asked; the recommended tier is ${letter.result.recommendedTier}.`;
  }
  if (typeof own.dominatedBy === "string") {
    // Follow dominatedBy to a tier that is not dominated (a chain never loops: each step costs no more and gives no less).
    let better: Judged | undefined = own;
    const seen = new Set<string>();
    while (better && typeof better.dominatedBy === "string" && !seen.has(better.tier)) {
      seen.add(better.tier);
      const next: string = better.dominatedBy;
      better = options.find((o) => o.tier === next);
    }
    return `${letter.result.client} is on ${letter.tier.name}, but ${better?.tier ?? own.dominatedBy} gives it at least as much for no more money: the letter is made as asked; consider offering ${better?.tier ?? own.dominatedBy} at renewal.`;
  }
  return null;
}

/** "1 July 2026", or "July 1, 2026" where dates are written month first (Date order MDY, or US dollars with no Date order). */
export function letterDate(iso: string, s: Pick<Settings, "dateOrder" | "currency">): string {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const monthFirst = s.dateOrder === "MDY" || (s.dateOrder === null && s.currency.toUpperCase() === "USD");
  return monthFirst ? `${months[month - 1]} ${day}, ${year}` : `${day} ${months[month - 1]} ${year}`;
}

/** The letter for a resolved client, on the sheet `sheetName` (letterSheetName in proposalSheetName.ts). */
export function planLetterSheet(letter: Extract<ResolvedLetter, { ok: true }>, model: Model, sheetName: string): SheetSpec {
  const { result: c, client, tier, option } = letter;
  const s = model.settings;
  const money = moneyFormat(s.currency);
  const $ = (x: number) => formatMoney(x, s.currency);
  const pct = formatPercent(s.annualIncrease);
  const feeToday = option.tierFee;
  const feeNew = afterAnnualIncrease(feeToday, s);
  const from = client.renewalDate ? `From ${letterDate(client.renewalDate, s)}` : "From your next renewal";

  const blocks: Block[] = [];
  let row = 0;
  const add = (block: Omit<Block, "at">, gapAfter = 0): void => {
    blocks.push({ ...block, at: a1(row, 0) });
    row += block.values.length + gapAfter;
  };
  const paragraph = (id: string, text: string, gapAfter = 1) => add({ id, values: [[text]], style: "body", wrap: true }, gapAfter);

  add({ id: "title", values: [[s.businessName]], style: "title" });
  if (s.contact !== "") add({ id: "contact", values: [[s.contact]], style: "subtitle" });
  row += 1;
  add({ id: "to", values: [[c.client]], style: "body" }, 1);

  // The new price and the date first.
  add({ id: "headline", values: [[`${from}, your ${tier.name} agreement will be ${$(feeNew)} a month.`]], style: "heading", wrap: true }, 1);
  paragraph("greeting", `Dear ${c.client},`);
  paragraph("opening", `Thank you for choosing us to look after your IT. Each year we review our prices, and this year the fee for your ${tier.name} agreement rises by ${pct}, from ${$(feeToday)} to ${$(feeNew)} a month.`);

  add({ id: "feeHeading", values: [["Your monthly fee", "A month", "A year"]], style: "kpiLabel", columnAlign: [null, "right", "right"] });
  add({
    id: "fees",
    values: [
      ["Today", feeToday, 12 * feeToday],
      [from, feeNew, 12 * feeNew],
      [`Change (${pct})`, feeNew - feeToday, 12 * (feeNew - feeToday)],
    ],
    columnFormats: [null, money, money],
    style: "body",
  }, 1);

  // Extra hours and travel, where this client's agreement charges them.
  const basis = clientBasis(client, s, model.travelZones);
  const rate = extraHourRate(tier, s);
  const extraHours = overage(tier, basis);
  const travelCharged = !tier.travelIncluded && basis.travelChargePerVisit > 0;
  const hours = tier.includedHours > 0 ? `Extra hours beyond the ${formatHours(tier.includedHours)} included` : "Hours of work";
  const lines: string[] = [];
  if (rate > 0) lines.push(`${hours} rise by the same ${pct}, from ${$(rate)} to ${$(afterAnnualIncrease(rate, s))} an hour${travelCharged ? ", and so do travel charges for visits" : ""}.`);
  else if (travelCharged) lines.push(`Travel charges for visits rise by the same ${pct}.`);
  if (lines.length > 0 && (extraHours > 1e-9 || (travelCharged && basis.visits > 0))) {
    lines.push(`With your usual use, that makes your monthly bill about ${$(c.currentRevenue)} today and ${$(c.renewal!.revenue)} after the change.`);
  }
  if (lines.length > 0) paragraph("charges", lines.join(" "));

  // What stays the same.
  const stays: string[] = [
    ...(tier.includedHours > 0 ? [`${capitalise(formatHours(tier.includedHours))} of work included every month.`] : []),
    ...(tier.responseTime !== null ? [`A response within ${formatHours(tier.responseTime)}.`] : []),
    ...(tier.travelIncluded ? ["Visits with no travel charges."] : []),
    ...model.benefits.map((b) => `${capitalise(b.trim())}${/[.!?]$/.test(b.trim()) ? "" : "."}`),
  ];
  if (stays.length > 0) {
    add({ id: "staysHeading", values: [["What stays the same"]], style: "kpiLabel" });
    const lines = stays.map((line) => `• ${line}`);
    add({ id: "stays", values: lines.map((line) => [line]), style: "body", wrap: lines.some((line) => fitWidth(line) > PAGE_WIDTH) }, 1);
  }

  paragraph("questions", "If you have any questions about the change, or would like to go through what your agreement covers, we are glad to help: just get in touch.");
  // How to get in touch is in the letterhead, on a line of its own (never broken inside an address).
  add({ id: "closing", values: [["Kind regards,"], [s.businessName]], style: "body" }, 1);
  add({ id: "footer", values: [[`Prices in ${s.currency}, before any taxes.`]], style: "note" });

  return clientPage(sheetName, blocks, COLUMN_WIDTHS, row, 0.75);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
