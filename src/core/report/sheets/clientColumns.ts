/**
 * The columns of the Pricing Results client table: the first version's seventeen, then PRICING.md
 * v2's figures only where the workbook uses them (no empty seat or tool columns for a consultant
 * who prices flat tiers), and a tier comparison: each tier's price for the client and whether it
 * earns the margin or breaks the premium cap.
 */
import type { Analysis, ClientResult } from "../../pricing/results";
import type { CellValue } from "../../workbook/grid";
import type { Client, Model } from "../../workbook/model";
import { HOURLY } from "../../workbook/parseTiers";
import type { NumberFormat } from "../sheetPlan";
import { HOURS_FORMAT, COUNT_FORMAT } from "../layout/formats";
import { tierVerdict } from "./tierVerdict";
import { passedOverReason } from "./passedOver";

export const CLIENT_HEADERS = [
  "Client", "Segment", "Tier", "Work hours", "Travel hours", "Travel charges", "Hourly revenue",
  "Agreement revenue", "Current revenue", "Cost", "Hourly margin", "Current margin", "Effective rate",
  "Client saving", "Target price", "Recommended tier", "Recommended revenue",
] as const;

/** How a column formats its data: plain, hours, a count, or money in the workbook's currency. */
type Kind = "text" | "hours" | "count" | "money";

interface Column {
  header: string;
  kind: Kind;
  value: (c: ClientResult, client: Client | undefined) => CellValue;
}

const BASE: readonly Column[] = [
  { header: "Client", kind: "text", value: (c) => c.client },
  { header: "Segment", kind: "text", value: (c) => c.segment },
  { header: "Tier", kind: "text", value: (c) => c.tier ?? HOURLY },
  { header: "Work hours", kind: "hours", value: (c) => c.workHours },
  { header: "Travel hours", kind: "hours", value: (c) => c.travelHours },
  { header: "Travel charges", kind: "money", value: (c) => c.travelCharges },
  { header: "Hourly revenue", kind: "money", value: (c) => c.hourlyRevenue },
  { header: "Agreement revenue", kind: "money", value: (c) => c.agreementRevenue },
  { header: "Current revenue", kind: "money", value: (c) => c.currentRevenue },
  { header: "Cost", kind: "money", value: (c) => c.cost },
  { header: "Hourly margin", kind: "money", value: (c) => c.hourlyMargin },
  { header: "Current margin", kind: "money", value: (c) => c.currentMargin },
  { header: "Effective rate", kind: "money", value: (c) => c.effectiveRate },
  { header: "Client saving", kind: "money", value: (c) => c.clientSaving },
  { header: "Target price", kind: "money", value: (c) => c.targetPrice },
  { header: "Recommended tier", kind: "text", value: (c) => c.recommendedTier },
  { header: "Recommended revenue", kind: "money", value: (c) => c.recommendedRevenue },
];

export interface ClientTable {
  headers: string[];
  formats: (NumberFormat | null)[];
  row(c: ClientResult, index: number): CellValue[];
}

export function clientTable(analysis: Pick<Analysis, "clients">, model: Model, money: NumberFormat): ClientTable {
  const columns: Column[] = [...BASE];
  const counts = ["users", "devices", "servers"] as const;
  const labels = { users: "Users", devices: "Devices", servers: "Servers" };
  for (const unit of counts) {
    if (model.clients.some((c) => c[unit] > 0)) columns.push({ header: labels[unit], kind: "count", value: (_, client) => client?.[unit] ?? 0 });
  }
  if (analysis.clients.some((c) => c.toolCost !== 0)) {
    columns.push(
      { header: "Service cost", kind: "money", value: (c) => c.serviceCost },
      { header: "Tool cost", kind: "money", value: (c) => c.toolCost },
      { header: "Agreement cost", kind: "money", value: (c) => c.agreementCost },
      { header: "Recommended cost", kind: "money", value: (c) => c.recommendedCost },
    );
  }
  columns.push(
    { header: "Recommended margin", kind: "money", value: (c) => c.recommendedMargin },
    { header: "Contract value", kind: "money", value: (c) => c.contractValue },
  );
  // The tier comparison: headers carry a colon, which no other heading has, so they stay unique.
  model.tiers.forEach((tier, j) => {
    columns.push(
      { header: `${tier.name}: price`, kind: "money", value: (c) => c.tierOptions[j]?.revenue ?? null },
      {
        header: `${tier.name}: verdict`,
        kind: "text",
        // Not offered, or beaten by another tier (v3): said before any margin test.
        value: (c) => (c.tierOptions[j] ? passedOverReason(c.tierOptions[j], c, model) ?? tierVerdict(c.tierOptions[j], c, model.settings) : null),
      },
    );
  });
  const format = (kind: Kind): NumberFormat | null =>
    kind === "money" ? money : kind === "hours" ? HOURS_FORMAT : kind === "count" ? COUNT_FORMAT : null;
  return {
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => format(c.kind)),
    row: (c, i) => columns.map((col) => col.value(c, model.clients[i])),
  };
}
