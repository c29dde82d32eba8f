/**
 * PRICING.md v2 §2: what the tools an agreement brings (RMM, security, backup, licences) cost a
 * month, and the agreement's whole cost. A client billed by the hour carries no tool cost.
 */
import type { Money, Settings } from "../workbook/model";
import type { ClientBasis } from "./clientBasis";

/** tool cost per user × users + per device × devices + per server × servers. */
export function toolCost(b: ClientBasis, s: Settings): Money {
  return s.toolCostPerUser * b.users + s.toolCostPerDevice * b.devices + s.toolCostPerServer * b.servers;
}

/** serviceCost + toolCost: what serving the client on any agreement costs. */
export function agreementCost(serviceCost: Money, toolCost: Money): Money {
  return serviceCost + toolCost;
}

/** Does the model set any tool cost (so margins are "after tools")? */
export function hasToolCosts(model: { settings?: Pick<Settings, "toolCostPerUser" | "toolCostPerDevice" | "toolCostPerServer"> }): boolean {
  const s = model.settings;
  return s !== undefined && (s.toolCostPerUser > 0 || s.toolCostPerDevice > 0 || s.toolCostPerServer > 0);
}
