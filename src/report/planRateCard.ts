/**
 * The one-page Rate Card (PRICING.md §5): pay-as-you-go against an agreement, one row per tier,
 * and the benefits. Laid out in eight columns that print portrait on a single page.
 */
import type { Analysis, RateCard } from "../pricing/results";
import type { Model } from "../workbook/model";
import type { Block, SheetSpec } from "./sheetPlan";
import type { CellValue } from "../workbook/grid";
import { MIN_BENEFITS } from "../workbook/parseBenefits";
import { RATE_CARD_SHEET, RATE_CARD_TABLES } from "./names";
import { a1, columnLetter } from "../workbook/address";
import { HOURS_FORMAT, formatHours, formatIncrement, formatMoney, formatNumber, moneyFormat } from "./formats";

const COLUMN_WIDTHS = [26, 22, 22, 11, 10, 10, 10, 10];
const LAST_COLUMN = COLUMN_WIDTHS.length - 1;

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
  add({ id: "subtitle", values: [["Service agreements: rate card"]], style: "subtitle" });

  if (card === null) {
    add({ id: "noCard", values: [["No rate card: the workbook has errors. Fix them and run the analysis again."]], style: "note" });
    return sheet(blocks, row);
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
      ["Tier", "Monthly fee", "Included hours", "Response time", "Travel", "Extra hour rate", "Included value", "You save"],
      ...card.tiers.map((t): CellValue[] => [
        t.tier,
        t.monthlyFee,
        t.includedHours,
        t.responseTime === null ? "Not promised" : `Within ${formatHours(t.responseTime)}`,
        t.travelIncluded ? "Included" : "Charged",
        t.extraHourRate,
        t.includedValue,
        t.saving,
      ]),
    ],
    table: { name: RATE_CARD_TABLES.tiers, style: "TableStyleMedium2" },
    columnFormats: [null, money, HOURS_FORMAT, null, null, money, money, money],
    style: "body",
    wrap: true,
  }, 0);
  add({
    id: "tiersNote",
    values: [[`Included value = included hours × the ${formatMoney(card.payAsYouGo.hourlyRate, card.currency)} hourly rate; you save = included value − monthly fee.`]],
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
  return sheet(blocks, row);
}

function fewBenefitsNote(count: number): string {
  return `Only ${count} benefit${count === 1 ? " is" : "s are"} listed: a rate card should show at least ${MIN_BENEFITS}. Add them to the Benefits table.`;
}

function sheet(blocks: Block[], rowsUsed: number): SheetSpec {
  const lastRow = Math.max(rowsUsed, 1);
  return {
    name: RATE_CARD_SHEET,
    blocks,
    charts: [],
    columnWidths: COLUMN_WIDTHS,
    showGridlines: false,
    print: {
      orientation: "portrait",
      fitToPages: { wide: 1, tall: 1 },
      printArea: `A1:${columnLetter(LAST_COLUMN)}${lastRow}`,
      centerHorizontally: true,
      margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
    },
  };
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
  ];
}

function paygTravel(card: RateCard, money: (x: number) => string, unit: string): string {
  const { payAsYouGo: p } = card;
  const singular = unit === "miles" ? "mile" : "km";
  const parts: string[] = [];
  if (p.travelZones.length > 0) {
    const zones = p.travelZones.map((z) => `up to ${formatNumber(z.upTo)} ${unit}: ${money(z.tripCharge)}`);
    const last = p.travelZones[p.travelZones.length - 1];
    parts.push(`Trip charge per visit by distance: ${zones.join("; ")}; beyond: ${money(last.tripCharge)}`);
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

function agreementResponse(card: RateCard): string {
  const fastest = card.agreement.fastestResponseTime;
  if (fastest === null) return "Not promised";
  const tier = card.tiers.find((t) => t.responseTime === fastest);
  return `Within ${formatHours(fastest)}${tier && card.tiers.length > 1 ? ` (${tier.tier})` : ""}`;
}
