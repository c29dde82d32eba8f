/**
 * The one-page Rate Card (PRICING.md §5): the consultant's price list for clients. The business
 * name and Contact at the top, then pay as you go and each tier side by side, as a price list shows
 * them (a column each, the terms down the left), each tier's price as a client reads it, the
 * benefits, and the terms. One accent colour, greys, thin rules and room between the parts; no
 * Excel tables (LibreOffice prints no table styles, so the looks are the cells' own) and nothing
 * meant for the consultant alone (a short Benefits list is a warning in the Pricing Results notes
 * and the pane). Sized to print portrait on one page, on Letter and on A4.
 */
import { onePortraitPage } from "../layout/onePage";
import type { Analysis, RateCard, RateCardTier } from "../../pricing/results";
import type { Model, Tier } from "../../workbook/model";
import type { Block, RowHeight, SheetSpec } from "../sheetPlan";
import type { CellValue } from "../../workbook/grid";
import type { CellLook } from "../layout/blockFonts";
import { RATE_CARD_SHEET } from "../outputs/names";
import { a1 } from "../../workbook/address";
import { formatHours, formatIncrement, formatMoney, formatNumber, moneyFormat, wholeMoneyFormat } from "../layout/formats";
import { lineHeight, wrappedLines } from "../layout/textWidth";

/** The card's one accent colour, its greys, and the white of text on the accent. */
export const ACCENT = "#1F4E79";
const GREY = "#595959";
const RULE = "#D9D9D9";
const WHITE = "#FFFFFF";

/**
 * The card's width in Excel character units. Columns take 7 px a unit plus 5 px each: about 98
 * units are 7.5", which prints at about 96% on A4 and 100% on Letter inside half-inch margins.
 */
const CARD_WIDTH = 98;
/** Column A: the terms down the left of the price list. */
const LABEL_WIDTH = 18;
/** Pay as you go and the tiers: at most this many columns side by side, more tiers in a band below. */
const COLUMNS_PER_BAND = 5;
/** Points of space above and below the text of a price-list row. */
const ROW_PADDING = 5;

const LOOKS = {
  title: { size: 22, bold: true, color: ACCENT },
  subtitle: { size: 12, color: GREY },
  contact: { size: 11, color: GREY, rule: ACCENT },
  header: { size: 12, bold: true, color: WHITE, fill: ACCENT },
  segment: { size: 9, italic: true, color: GREY },
  headline: { size: 13, bold: true, color: ACCENT, rule: RULE },
  words: { size: 9, color: GREY },
  term: { size: 10, rule: RULE },
  saving: { size: 10, bold: true, rule: RULE },
  heading: { size: 13, bold: true, color: ACCENT },
  benefit: { size: 11 },
  terms: { size: 9, color: GREY },
} as const satisfies Record<string, CellLook>;

/** One column of the price list: pay as you go, or a tier. */
interface PriceColumn {
  name: string;
  /** Values down the rows, by row key. */
  cells: Partial<Record<RowKey, CellValue>>;
}

type RowKey =
  | "segment" | "headline" | "words" | "includedHours" | "rate" | "minimum" | "increment" | "travel"
  | "response" | "onboarding" | "term" | "includedValue" | "saving";

export function planRateCardSheet(analysis: Analysis, model: Model): SheetSpec {
  const card = analysis.rateCard;
  const businessName = card?.businessName ?? model.settings.businessName;
  const contact = model.settings.contact;
  const columns = card ? priceColumns(card, model) : [];
  const bandWidth = Math.max(2, Math.min(COLUMNS_PER_BAND, columns.length));
  const width = 1 + bandWidth;
  const widths = [LABEL_WIDTH, ...new Array<number>(bandWidth).fill(Math.floor(((CARD_WIDTH - LABEL_WIDTH) / bandWidth) * 2) / 2)];

  const blocks: Block[] = [];
  const heights: RowHeight[] = [];
  let row = 0;
  const pad = (values: CellValue[]) => [...values, ...new Array<CellValue>(Math.max(0, width - values.length)).fill(null)];
  const add = (block: Omit<Block, "at">, gapAfter = 0): void => {
    blocks.push({ ...block, at: a1(row, 0) });
    row += block.values.length + gapAfter;
  };
  const line = (id: string, text: CellValue, look: CellLook, height?: number): void => {
    if (height) heights.push({ row: row + 1, height });
    add({ id, values: [pad([text])], rowLooks: [look] });
  };

  line("title", businessName, LOOKS.title, 30);
  // PRICING.md §1: the Contact setting is printed on the rate card; the accent rule closes the heading.
  line("subtitle", "Service agreements and prices", contact ? LOOKS.subtitle : { ...LOOKS.subtitle, rule: ACCENT }, 18);
  if (contact) line("contact", contact, LOOKS.contact, 18);
  row += 1;

  if (card === null) {
    add({ id: "noCard", values: [["No rate card: the workbook has errors. Fix them and run the analysis again."]], style: "note" });
    return sheet(blocks, heights, widths, row);
  }

  const keys = rowKeys(columns);
  for (let band = 0; band * bandWidth < columns.length; band++) {
    const shown = columns.slice(band * bandWidth, (band + 1) * bandWidth);
    const values: CellValue[][] = [pad([null, ...shown.map((c) => c.name)])];
    const looks: CellLook[] = [LOOKS.header];
    const formats: (string | null)[][] = [[]];
    for (const key of keys) {
      values.push(pad([ROW_LABELS[key](card), ...shown.map((c) => c.cells[key] ?? null)]));
      // The rule under the price goes under its words when they are shown.
      looks.push(key === "headline" && !keys.includes("words") ? LOOKS.headline : ROW_LOOKS[key]);
      formats.push(key === "includedValue" || key === "saving" ? [null, ...shown.map((c) => amountFormat(c.cells[key], card.currency))] : []);
    }
    const top = row;
    add({
      id: band === 0 ? "priceList" : `priceList${band + 1}`,
      values,
      rowLooks: looks,
      cellFormats: formats,
      columnAlign: [null, ...new Array<"center">(bandWidth).fill("center")],
      wrap: true,
    }, 1);
    heights.push(...priceListHeights(values, looks, widths, top));
  }

  // A workbook without benefits gets no empty heading; the consultant is told in the notes and the pane.
  if (card.benefits.length > 0) {
    line("benefitsHeading", "Why an agreement", LOOKS.heading, 21);
    add({ id: "benefits", values: card.benefits.map((b) => pad([`•  ${b}`])), rowLooks: card.benefits.map(() => LOOKS.benefit) });
    row += 1;
  }
  const small = terms(card, model, keys);
  add({ id: "terms", values: small.map((t) => pad([t])), rowLooks: small.map(() => LOOKS.terms) });
  return sheet(blocks, heights, widths, row);
}

/** Pay as you go, then each tier in the Tiers table's order. */
function priceColumns(card: RateCard, model: Model): PriceColumn[] {
  const money = (x: number) => price(x, card.currency);
  const p = card.payAsYouGo;
  const unit = card.distanceUnit === "km" ? "km" : "miles";
  const payAsYouGo: PriceColumn = {
    name: "Pay as you go",
    cells: {
      headline: `${money(p.hourlyRate)} an hour`,
      includedHours: "—",
      rate: `${money(p.hourlyRate)} per hour`,
      minimum: p.minimumHoursPerVisit > 0 ? formatHours(p.minimumHoursPerVisit) : "No minimum",
      increment: formatIncrement(p.billingIncrement),
      travel: paygTravel(card, money, unit),
      response: "Not guaranteed",
      onboarding: "—",
      term: "No contract",
    },
  };
  return [payAsYouGo, ...card.tiers.map((t) => tierColumn(t, model.tiers.find((m) => m.name === t.tier), card))];
}

function tierColumn(t: RateCardTier, tier: Tier | undefined, card: RateCard): PriceColumn {
  const money = (x: number) => price(x, card.currency);
  const { headline, words } = tierPrice(t, card.currency);
  const segments = offeredTo(tier?.segment ?? null);
  const flatSaving = !perUnit(t) && t.saving > 0.005;
  return {
    name: t.tier,
    cells: {
      segment: segments ? `for ${segments}` : null,
      headline,
      words,
      includedHours: t.includedHours > 0 ? `${formatHours(t.includedHours)} a month` : "—",
      rate: `${money(t.extraHourRate)} per ${t.includedHours > 0 ? "extra " : ""}hour`,
      minimum: "No minimum",
      increment: formatIncrement(card.agreement.billingIncrement),
      travel: t.travelIncluded ? "Included" : "As pay as you go",
      response: t.responseTime === null ? "Not promised" : `Within ${formatHours(t.responseTime)}`,
      onboarding: t.onboardingFee > 0 ? `${money(t.onboardingFee)} once` : "—",
      term: `${formatNumber(card.contractTerm)} ${card.contractTerm === 1 ? "month" : "months"}`,
      // PRICING.md §5: only a tier without per-unit prices whose saving is more than 0.
      includedValue: flatSaving ? t.includedValue : null,
      saving: flatSaving ? t.saving : null,
    },
  };
}

function perUnit(t: RateCardTier): boolean {
  return t.perUser > 0 || t.perDevice > 0 || t.perServer > 0;
}

/**
 * PRICING.md §5, a tier's price as a client reads it: max(Monthly fee, Minimum fee) a month; with
 * per-unit prices, `from` that as the headline and the price in words beneath (the fee when more
 * than 0, each unit price, `at least` the minimum when it is more than the fee) — never a bare $0.
 */
export function tierPrice(t: RateCardTier, currency: string): { headline: string; words: string | null } {
  const money = (x: number) => price(x, currency);
  const least = Math.max(t.monthlyFee, t.minimumFee);
  if (!perUnit(t)) return { headline: least > 0 ? `${money(least)} a month` : "No monthly fee", words: null };
  const parts = [
    t.monthlyFee > 0 ? `${money(t.monthlyFee)} a month` : null,
    t.perUser > 0 ? `${money(t.perUser)} per user` : null,
    t.perDevice > 0 ? `${money(t.perDevice)} per device` : null,
    t.perServer > 0 ? `${money(t.perServer)} per server` : null,
  ].filter((x): x is string => x !== null);
  const words = `${parts.join(" + ")}${t.minimumFee > t.monthlyFee ? `, at least ${money(t.minimumFee)} a month` : ""}`;
  return least > 0 ? { headline: `from ${money(least)} a month`, words } : { headline: words, words: null };
}

/** A figure in whole units when it is whole ($1,000), else to the cent, as the prices above it read. */
function amountFormat(value: CellValue | undefined, currency: string): string | null {
  if (typeof value !== "number") return null;
  return Math.abs(value - Math.round(value)) < 0.005 ? wholeMoneyFormat(currency) : moneyFormat(currency);
}

/** Money as a price list writes it: whole amounts without cents ($85, $2,500), others to the cent. */
function price(amount: number, currency: string): string {
  const text = formatMoney(amount, currency);
  return Math.abs(amount - Math.round(amount)) < 0.005 ? text.replace(/\.00(?=\D*$)/, "") : text;
}

/** A tier's Segment as the card labels it ("Home and Small business"); null when offered to everyone. */
function offeredTo(segment: string | null): string | null {
  const names = (segment ?? "").split(/[,;]/).map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0 || names.some((n) => /^(all|everyone|any)$/i.test(n))) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The rows the price list shows: a segment row when a tier has one, the words when a price needs them, the saving when a tier has one. */
function rowKeys(columns: readonly PriceColumn[]): RowKey[] {
  const any = (key: RowKey) => columns.some((c) => c.cells[key] !== undefined && c.cells[key] !== null);
  const all: RowKey[] = [
    "segment", "headline", "words", "includedHours", "rate", "minimum", "increment", "travel",
    "response", "onboarding", "term", "includedValue", "saving",
  ];
  return all.filter((k) => !["segment", "words", "includedValue", "saving"].includes(k) || any(k));
}

const ROW_LABELS: Record<RowKey, (card: RateCard) => string | null> = {
  segment: () => null,
  headline: () => "Price",
  words: () => null,
  includedHours: () => "Included hours",
  rate: () => "Hourly rate",
  minimum: () => "Minimum per visit",
  increment: () => "Billed in steps of",
  travel: (card) => `Travel beyond ${formatNumber(card.payAsYouGo.freeTravelRadius)} ${card.distanceUnit === "km" ? "km" : "miles"}`,
  response: () => "Response time",
  onboarding: () => "Onboarding",
  term: () => "Contract term",
  includedValue: () => "Value of the hours",
  saving: () => "You save a month",
};

const ROW_LOOKS: Record<RowKey, CellLook> = {
  segment: LOOKS.segment,
  headline: { ...LOOKS.headline, rule: undefined },
  words: { ...LOOKS.words, rule: RULE },
  includedHours: LOOKS.term,
  rate: LOOKS.term,
  minimum: LOOKS.term,
  increment: LOOKS.term,
  travel: LOOKS.term,
  response: LOOKS.term,
  onboarding: LOOKS.term,
  term: LOOKS.term,
  includedValue: LOOKS.term,
  saving: LOOKS.saving,
};

/** Each row of the price list as tall as its most wrapped cell, with some air. */
function priceListHeights(values: readonly CellValue[][], looks: readonly CellLook[], widths: readonly number[], top: number): RowHeight[] {
  return values.map((cells, i) => {
    const look = looks[i]!;
    const lines = Math.max(1, ...cells.map((v, j) => (typeof v === "string" && v !== "" ? wrappedLines(v, widths[j]!, look) : 1)));
    return { row: top + i + 1, height: lines * lineHeight(look.size) + (i === 0 || look === LOOKS.segment ? 4 : ROW_PADDING) };
  });
}

/** The small print: currency and period, the term, the annual increase (§5c), how the saving is counted, distances. */
function terms(card: RateCard, model: Model, keys: readonly RowKey[]): string[] {
  const lines = [
    `Prices in ${card.currency}. Agreements are billed monthly and run ${formatNumber(card.contractTerm)} ${card.contractTerm === 1 ? "month" : "months"}; extra hours and travel are billed as used.`,
  ];
  const increase = model.settings.annualIncrease;
  if (increase > 0) lines.push(`Agreement prices rise by ${formatNumber(increase * 100, 1)}% at each anniversary.`);
  if (keys.includes("saving")) {
    lines.push(`Included hours are valued at the ${price(card.payAsYouGo.hourlyRate, card.currency)} pay-as-you-go hourly rate; you save that value less the monthly price.`);
  }
  lines.push(`Travel distances are one way, in ${card.distanceUnit === "km" ? "kilometres" : "miles"}.`);
  return lines;
}

function paygTravel(card: RateCard, money: (x: number) => string, unit: string): string {
  const { payAsYouGo: p } = card;
  const singular = unit === "miles" ? "mile" : "km";
  const parts: string[] = [];
  // A zone that ends inside the free radius can never be charged: the card does not list it. The
  // last zone's charge also applies beyond it (PRICING.md §1), so it reads "over" the zone before it.
  const zones = p.travelZones.filter((z) => z.upTo > p.freeTravelRadius);
  if (zones.length > 0) {
    const lines = zones.map((z, i) =>
      i < zones.length - 1
        ? `up to ${formatNumber(z.upTo)} ${unit}: ${money(z.tripCharge)}`
        : `over ${formatNumber(i > 0 ? zones[i - 1]!.upTo : p.freeTravelRadius)} ${unit}: ${money(z.tripCharge)}`,
    );
    // One zone a line: the card lists them like a price list.
    parts.push(`Trip charge per visit:\n${lines.join("\n")}`);
  } else if (p.travelZones.length > 0) {
    // Every zone ends inside the free radius: beyond it, the last zone's charge applies (PRICING.md §1).
    const last = p.travelZones[p.travelZones.length - 1]!;
    parts.push(`${money(last.tripCharge)} trip charge per visit`);
  } else if (p.tripCharge > 0) {
    parts.push(`${money(p.tripCharge)} trip charge per visit`);
  }
  if (p.mileageRate > 0) parts.push(`${money(p.mileageRate)} per ${singular} driven, round trip`);
  if (p.travelTimeRate > 0) parts.push(`${money(p.travelTimeRate)} per hour of drive time, round trip`);
  return parts.length === 0 ? "No travel charge" : parts.join(", plus ");
}

function sheet(blocks: Block[], heights: RowHeight[], widths: number[], rowsUsed: number): SheetSpec {
  const lastRow = Math.max(rowsUsed, 1);
  return {
    name: RATE_CARD_SHEET,
    blocks,
    charts: [],
    columnWidths: widths,
    rowHeights: heights.sort((a, b) => a.row - b.row),
    showGridlines: false,
    print: onePortraitPage(widths.length - 1, lastRow, 0.5),
  };
}
