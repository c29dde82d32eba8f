/**
 * The Renewals section of Pricing Results (PRICING.md §5c): the sentence, then one row per client
 * on a tier — renewal date, price today and at renewal, margin % today and at renewal, and the
 * annual increase that would keep the target margin — the clients below target first. Nothing
 * when no client is on a tier.
 */
import type { Analysis } from "../../pricing/results";
import type { CellValue } from "../../workbook/grid";
import type { Model } from "../../workbook/model";
import { serialOf } from "../../workbook/parseDate";
import type { Block, NumberFormat } from "../sheetPlan";
import { PERCENT_FORMAT } from "../layout/formats";
import { RESULT_TABLES } from "../outputs/names";
import { formatPercent, renewalRows, renewalSentence } from "./renewalText";

export const RENEWAL_HEADERS = [
  "Client", "Tier", "Renewal date", "Price today", "Price at renewal", "Margin today", "Margin at renewal",
  "Below target", "Increase for target margin",
] as const;

/** Written as a date cell, shown the one way no reader can take for another day. */
export const DATE_FORMAT: NumberFormat = "yyyy-mm-dd";

export function planRenewals(analysis: Analysis, model: Model, money: NumberFormat): Omit<Block, "at">[] {
  if (analysis.renewal === null) return [];
  const s = model.settings;
  const rows = renewalRows(analysis, model);
  const serial = (iso: string | null) => (iso === null ? null : serialOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))));
  return [
    { id: "renewalsHeading", values: [["Renewals (monthly, a year on)"]], style: "heading" },
    // The answer first, in the body's type; how it is worked out in a note under it.
    { id: "renewalsSentence", values: [[renewalSentence(analysis.renewal, s)]], style: "body" },
    {
      id: "renewalsNote",
      values: [
        [`Prices rise by the Annual increase (${formatPercent(s.annualIncrease)}) and costs by the Annual cost increase (${formatPercent(s.annualCostIncrease)}); "Increase for target margin" is the least annual increase that keeps ${formatPercent(s.targetMargin)} (n/a: a price of 0).`],
      ],
      style: "note",
    },
    {
      id: "renewals",
      values: [
        [...RENEWAL_HEADERS],
        ...rows.map((r): CellValue[] => [
          r.client, r.tier, serial(r.renewalDate), r.priceToday, r.renewal.revenue, r.marginToday, r.marginAtRenewal,
          r.renewal.belowTarget ? "Yes" : "No", r.renewal.increaseForTarget ?? "n/a",
        ]),
      ],
      table: { name: RESULT_TABLES.renewals },
      wrapHeader: true,
      columnFormats: [null, null, DATE_FORMAT, money, money, PERCENT_FORMAT, PERCENT_FORMAT, null, PERCENT_FORMAT],
    },
  ];
}
