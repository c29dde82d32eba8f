/**
 * The one-page Rate Card (PRICING.md §5): pay-as-you-go against an agreement, one row per tier,
 * and the benefits. Laid out in eight columns that print portrait on a single page: the tier
 * columns as wide as their figures, the comparison's two text columns sharing what is left of the
 * page, and every wrapped row as tall as its lines.
 */
import type { Analysis, RateCard } from "../../pricing/results";
import type { Model } from "../../workbook/model";
import type { Block, SheetSpec } from "../sheetPlan";
import type { CellValue } from "../../workbook/grid";
import { MIN_BENEFITS } from "../../workbook/parseBenefits";
import { RATE_CARD_SHEET, RATE_CARD_TABLES } from "../outputs/names";
import { a1, columnLetter } from "../../workbook/address";
import { formatHours, formatIncrement, formatMoney, formatNumber, moneyFormat } from "../layout/formats";
import { contentWidths } from "../layout/contentWidths";
import { wrappedRowHeights } from "../layout/wrappedRowHeights";
import { cellFont } from "../layout/blockCells";
import { wrappedLines } from "../layout/textWidth";

const TIER_HEADERS = ["Tier", "Monthly fee", "Included hours", "Response time", "Travel", "Extra hour rate", "Included value", "You save"];
/**
 * The card's width in Excel character units. Columns take 7 px a unit plus 5 px each: 100 units
 * are 7.7", which prints at about 94% on A4 and 97% on Letter inside half-inch margins.
 */
const CARD_WIDTH = 100;
/** Column A holds the comparison's terms and the tier names, wrapped. */
const TERMS_WIDTH = { min: 16, max: 24 };
/** Tier columns fit their headers (in two lines) and figures. */
const TIER_WIDTHS = { min: 8, max: 16 };
/** The comparison's text columns: never narrower than a few words. */
const TEXT_MIN = 12;

export function planRateCardSheet(analysis: Analysis, model: Model): SheetSpec {
  const card = analysis.rateCard;
  const blocks: Block[] = [];
  let row = 0;
  const add = (block: Omit<Block, "at">, gapAfter = 1): void => {
    blocks.push({ ...block, at: a1(row, 0) });
    row += block.values.length + gapAfter;
  };

  const businessName = card?.businessName ?? model.settings.businessName;
  add({ id: "title", values: [[businessName]], style: "title" }, 0);
  // PRICING.md §1: the Contact setting is printed on the rate card (and on proposals).
  const contact = model.settings.contact;
  add({ id: "subtitle", values: [[contact ? `Service agreements: rate card · ${contact}` : "Service agreements: rate card"]], style: "subtitle" });

  if (card === null) {
    add({ id: "noCard", values: [["No rate card: the workbook has errors. Fix them and run the analysis again."]], style: "note" });
    return sheet(blocks, row, TIER_HEADERS.length);
  }

  add({ id: "comparisonHeading", values: [["Pay as you go or a service agreement"]], style: "heading" }, 0);
  add({
    id: "comparison",
    values: [["Terms", "Pay as you go", "Service agreement"], ...comparisonRows(card)],
    table: { name: RATE_CARD_TABLES.comparison, style: "TableStyleLight9" },
    style: "body",
    wrap: true,
  });

  const money = moneyFormat(card.currency);
  add({ id: "tiersHeading", values: [["Agreement tiers (per month)"]], style: "heading" }, 0);
  add({
    id: "tiers",
    values: [
      [...TIER_HEADERS],
      ...card.tiers.map((t): CellValue[] => [
        t.tier,
        t.monthlyFee,
        t.includedHours,
        t.responseTime === null ? "Not promised" : `${formatNumber(t.responseTime)} h`,
        t.travelIncluded ? "Included" : "Charged",
        t.extraHourRate,
        t.includedValue,
        t.saving,
      ]),
    ],
    table: { name: RATE_CARD_TABLES.tiers, style: "TableStyleMedium2" },
    // Included hours in General: 8 and 1.5 rather than 8.00 and 1.50.
    columnFormats: [null, money, null, null, null, money, money, money],
    // Short figures and words centred under their headers, clear of the amounts beside them.
    columnAlign: [null, null, "center", "center", "center", null, null, null],
    style: "body",
    wrap: true,
  }, 0);
  const units = unitColumns(card);
  if (units.length > 0) {
    // Its own small table under the tiers, in the same columns, so the card stays one portrait page wide.
    row += 1;
    add({
      id: "tierUnits",
      values: [["Tier", ...units.map((c) => c.header)], ...card.tiers.map((t): CellValue[] => [t.tier, ...units.map((c) => c.value(t))])],
      table: { name: RATE_CARD_TABLES.tierUnits, style: "TableStyleLight9" },
      columnFormats: [null, ...units.map(() => money)],
      style: "body",
      wrap: true,
    }, 0);
  }
  add({
    id: "tiersNote",
    values: tiersNote(card, units).map((line) => [line]),
    style: "note",
  });

  add({ id: "benefitsHeading", values: [["Why an agreement"]], style: "heading" }, 0);
  if (card.benefits.length > 0) {
    add({ id: "benefits", values: card.benefits.map((b) => [`• ${b}`]), style: "body" }, card.benefits.length < MIN_BENEFITS ? 0 : 1);
  }
  if (card.benefits.length < MIN_BENEFITS) {
    add({ id: "benefitsWarning", values: [[fewBenefitsNote(card.benefits.length)]], style: "note" });
  }

  add({
    id: "footer",
    values: [[`Prices in ${card.currency}, per month unless stated. Distances one way, in ${card.distanceUnit}.`]],
    style: "note",
  }, 0);
  return sheet(blocks, row, TIER_HEADERS.length);
}

interface UnitColumn {
  key: "perUser" | "perDevice" | "perServer" | "minimumFee" | "onboardingFee";
  header: string;
  value: (t: RateCard["tiers"][number]) => CellValue;
}

const UNIT_COLUMNS: readonly Omit<UnitColumn, "value">[] = [
  { key: "perUser", header: "Per user" },
  { key: "perDevice", header: "Per device" },
  { key: "perServer", header: "Per server" },
  { key: "minimumFee", header: "Minimum fee" },
  { key: "onboardingFee", header: "Onboarding fee" },
];

/**
 * PRICING.md v2 §5: the per-unit prices, minimum fee and onboarding fee, each column only when some
 * tier has one, so a card of flat tiers stays as it was; a tier without one shows "None".
 */
function unitColumns(card: RateCard): UnitColumn[] {
  return UNIT_COLUMNS.filter((c) => card.tiers.some((t) => t[c.key] > 0)).map((c) => ({
    ...c,
    value: (t) => (t[c.key] > 0 ? t[c.key] : "None"),
  }));
}

/** The notes under the tier tables, a line each (notes do not wrap: a long line would print cut off). */
function tiersNote(card: RateCard, units: readonly UnitColumn[]): string[] {
  const base = `Included value = included hours × the ${formatMoney(card.payAsYouGo.hourlyRate, card.currency)} hourly rate; you save = included value − monthly fee.`;
  const has = (key: UnitColumn["key"]) => units.some((c) => c.key === key);
  const perUnit = has("perUser") || has("perDevice") || has("perServer");
  const minimum = has("minimumFee");
  const fee = perUnit
    ? `per-unit prices are added to the monthly fee${minimum ? ", which is never below the minimum fee" : ""}`
    : minimum ? "the monthly fee is never below the minimum fee" : "";
  const extra = [fee, has("onboardingFee") ? "onboarding is charged once" : ""].filter((x) => x !== "");
  return extra.length === 0 ? [base] : [base, `${extra.join("; ").replace(/^./, (c) => c.toUpperCase())}.`];
}

function fewBenefitsNote(count: number): string {
  return `Only ${count} benefit${count === 1 ? " is" : "s are"} listed: a rate card should show at least ${MIN_BENEFITS}. Add them to the Benefits table.`;
}

function sheet(blocks: Block[], rowsUsed: number, columns: number): SheetSpec {
  const lastRow = Math.max(rowsUsed, 1);
  const widths = cardWidths(blocks, columns);
  return {
    name: RATE_CARD_SHEET,
    blocks,
    charts: [],
    columnWidths: widths,
    rowHeights: wrappedRowHeights(blocks, widths),
    showGridlines: false,
    print: {
      orientation: "portrait",
      fitToPages: { wide: 1, tall: 1 },
      printArea: `A1:${columnLetter(columns - 1)}${lastRow}`,
      centerHorizontally: true,
      margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
    },
  };
}

/**
 * The tier figures get the width their columns need; columns A to C (terms and tier names, then
 * the comparison's two text columns, which also hold the fee and included hours) share the rest of
 * CARD_WIDTH the way that makes the comparison shortest, the two text columns as even as that
 * allows. Figures too wide for the page widen the card rather than show ###: it prints smaller.
 */
function cardWidths(blocks: readonly Block[], columns: number): number[] {
  const tiers = blocks.find((b) => b.id === "tiers");
  const comparison = blocks.find((b) => b.id === "comparison");
  const units = blocks.find((b) => b.id === "tierUnits");
  const need = contentWidths([tiers, units].filter((b): b is Block => b !== undefined), columns, TIER_WIDTHS);
  const figures = need.slice(3);
  const spare = CARD_WIDTH - figures.reduce((a, b) => a + b, 0);
  const textMin = Math.max(need[1]!, need[2]!, TEXT_MIN);
  const termsMin = Math.min(TERMS_WIDTH.max, Math.max(TERMS_WIDTH.min, need[0]!));
  let best = { lines: Infinity, widths: [termsMin, textMin, textMin] };
  for (let a = termsMin; a <= TERMS_WIDTH.max; a++) {
    for (let b = textMin; spare - a - b >= textMin; b++) {
      const widths = [a, b, spare - a - b];
      const lines = comparison ? tableLines(comparison, widths) : 0;
      const uneven = Math.abs(widths[1]! - widths[2]!);
      if (lines < best.lines || (lines === best.lines && uneven < Math.abs(best.widths[1]! - best.widths[2]!))) {
        best = { lines, widths };
      }
    }
  }
  return [...best.widths, ...figures];
}

/** Lines the block's rows take in all, at these column widths. */
function tableLines(block: Block, widths: readonly number[]): number {
  return block.values.reduce<number>(
    (sum, row, i) => sum + Math.max(1, ...row.map((v, j) => (typeof v === "string" ? wrappedLines(v, widths[j]!, cellFont(block, i)) : 1))),
    0,
  );
}

/** The comparison rows of §5: labour rate, minimum, increment, travel, response time. */
function comparisonRows(card: RateCard): CellValue[][] {
  const { payAsYouGo: payg, agreement, currency } = card;
  const money = (x: number) => formatMoney(x, currency);
  const unit = card.distanceUnit === "km" ? "km" : "miles";
  const tierRates = new Set(card.tiers.map((t) => t.extraHourRate));
  const ownRates = tierRates.size > 1 || (tierRates.size === 1 && !tierRates.has(agreement.agreementHourlyRate));

  return [
    [
      "Labour rate",
      `${money(payg.hourlyRate)} per hour`,
      `Included hours, then ${money(agreement.agreementHourlyRate)} per hour${ownRates ? " (some tiers differ, see below)" : ""}`,
    ],
    ["Minimum per visit", payg.minimumHoursPerVisit > 0 ? formatHours(payg.minimumHoursPerVisit) : "None", "None"],
    ["Billing increment", formatIncrement(payg.billingIncrement), formatIncrement(agreement.billingIncrement)],
    [
      `Travel beyond ${formatNumber(payg.freeTravelRadius)} ${unit} (one way)`,
      paygTravel(card, money, unit),
      agreementTravel(card),
    ],
    ["Response time", "No guaranteed response time", agreementResponse(card)],
    ["Contract term", "None: pay as you go", contractTerm(card)],
  ];
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
        : `over ${formatNumber(i > 0 ? zones[i - 1].upTo : p.freeTravelRadius)} ${unit}: ${money(z.tripCharge)}`,
    );
    // One zone a line: the card lists them like a price list.
    parts.push(`Trip charge per visit by distance:\n${lines.join("\n")}`);
  } else if (p.travelZones.length > 0) {
    // Every zone ends inside the free radius: beyond it, the last zone's charge applies (PRICING.md §1).
    const last = p.travelZones[p.travelZones.length - 1];
    parts.push(`${money(last.tripCharge)} trip charge per visit`);
  } else if (p.tripCharge > 0) {
    parts.push(`${money(p.tripCharge)} trip charge per visit`);
  }
  if (p.mileageRate > 0) parts.push(`${money(p.mileageRate)} per ${singular} driven, round trip`);
  if (p.travelTimeRate > 0) parts.push(`${money(p.travelTimeRate)} per hour of drive time, round trip`);
  return parts.length === 0 ? "No travel charge" : parts.join(", plus ");
}

function agreementTravel(card: RateCard): string {
  const including = card.agreement.tiersIncludingTravel;
  if (including.length === 0) return "As pay as you go";
  if (including.length === card.tiers.length) return "Included";
  return `Included on ${including.join(", ")}; other tiers as pay as you go`;
}

/** The term in months; an onboarding fee is in the tier units table and its note. */
function contractTerm(card: RateCard): string {
  return `${formatNumber(card.contractTerm)} ${card.contractTerm === 1 ? "month" : "months"}`;
}

function agreementResponse(card: RateCard): string {
  const fastest = card.agreement.fastestResponseTime;
  if (fastest === null) return "Not promised";
  const tier = card.tiers.find((t) => t.responseTime === fastest);
  return `Within ${formatHours(fastest)}${tier && card.tiers.length > 1 ? ` (${tier.tier})` : ""}`;
}
