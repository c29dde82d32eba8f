/**
 * What the Time log says about each client it covers (issue 12; thresholds in docs/DECISIONS.md):
 * the logged figures beside the modelled ones, what it actually paid beside the model's hourly
 * revenue, and the same client priced on its logged use. Two flags, each with one key figure:
 *
 * - **loss**: serving the logged use costs more than the client brings — on a tier, its
 *   agreement revenue for that use is below the cost of it (it uses far more than the fee
 *   covers); billed by the hour, what it actually paid (the log's amounts) is below that cost.
 *   Key figure: the money lost a month.
 * - **churn risk**: on a tier, the agreement brings at least CHURN_RATIO × what the logged work
 *   would bill by the hour — the client pays for far more than it uses and will notice.
 *   Key figure: that ratio (with the money a month above the hourly bill).
 *
 * "Talk to first": losses, largest first, then churn risks by the money above the hourly bill;
 * at most TALK_FIRST_MAX. Pure; figures unrounded.
 */
import type { Client, ClientTimeLog, Hours, Model, Money } from "../workbook/model";
import type { Analysis } from "./results";
import { clientBasis } from "./clientBasis";
import { agreementRevenue, hourlyRevenue, serviceCost, workHours } from "./clientFigures";
import { tierLookup } from "./tierLookup";
import { toolCost } from "./toolCost";

/** A client on a tier that pays at least this multiple of its logged hourly bill is a churn risk. */
export const CHURN_RATIO = 2;
/** The list of clients to talk to first is at most this long. */
export const TALK_FIRST_MAX = 5;

export type TimeLogFlag = "loss" | "churnRisk";

export interface TimeLogRow {
  client: string;
  /** null when billed by the hour. */
  tier: string | null;
  /** What the model priced (typed Clients cells, or the log where they were blank). */
  modelled: { visits: number; hoursPerVisit: Hours; remoteHours: Hours };
  logged: ClientTimeLog;
  /** Work hours a month the log shows (visits × hours per visit + remote hours). */
  loggedHours: Hours;
  /** The model's hourly revenue (on the modelled figures). */
  hourlyRevenue: Money;
  /** What the logged work would bill by the hour. */
  loggedHourlyRevenue: Money;
  /** What the client brings for the logged work on its current billing: its tier's revenue, or the hourly bill. */
  loggedRevenue: Money;
  /** What the logged work costs (with the tools when on a tier). */
  loggedCost: Money;
  /** loggedRevenue − loggedCost. */
  loggedMargin: Money;
  /** From the log's amounts; null without an Amount column. */
  actualRevenue: Money | null;
  flag: TimeLogFlag | null;
  /** loss: money lost a month; churnRisk: loggedRevenue / loggedHourlyRevenue (Infinity with no logged work). */
  keyFigure: number | null;
  /** churnRisk: loggedRevenue − loggedHourlyRevenue, the money a month above the hourly bill. */
  excess: Money | null;
}

export interface TimeLogReview {
  rows: TimeLogRow[];
  talkFirst: TimeLogRow[];
}

/** Every client with Time log entries, in Clients order. Empty without a Time log. */
export function timeLogReview(model: Model, analysis: Analysis): TimeLogReview {
  const rows: TimeLogRow[] = [];
  const tierOf = tierLookup(model.tiers);
  const s = model.settings;
  model.clients.forEach((client, i) => {
    const logged = client.timeLog;
    const result = analysis.clients[i];
    if (!logged || !result) return;
    const tier = tierOf(client.tier) ?? null;
    const use: Client = { ...client, visitsPerMonth: logged.visits, hoursPerVisit: logged.hoursPerVisit, remoteHoursPerMonth: logged.remoteHours };
    const b = clientBasis(use, s, model.travelZones);
    const loggedHourlyRevenue = hourlyRevenue(b, s);
    const loggedRevenue = tier ? agreementRevenue(tier, b, s) : loggedHourlyRevenue;
    const loggedCost = serviceCost(b, s) + (tier ? toolCost(b, s) : 0);
    const loggedMargin = loggedRevenue - loggedCost;
    // Billed by the hour, what it really paid counts: unbilled or written-off time is a loss too.
    const paidMargin = !tier && logged.actualRevenue !== null ? logged.actualRevenue - loggedCost : null;
    const worst = Math.min(loggedMargin, paidMargin ?? Infinity);
    const ratio = loggedHourlyRevenue > 0 ? loggedRevenue / loggedHourlyRevenue : loggedRevenue > 0 ? Infinity : 0;
    const flag: TimeLogFlag | null = worst < 0 ? "loss" : tier && ratio >= CHURN_RATIO ? "churnRisk" : null;
    rows.push({
      client: client.name,
      tier: tier?.name ?? null,
      modelled: { visits: client.visitsPerMonth, hoursPerVisit: client.hoursPerVisit, remoteHours: client.remoteHoursPerMonth },
      logged,
      loggedHours: workHours(b),
      hourlyRevenue: result.hourlyRevenue,
      loggedHourlyRevenue,
      loggedRevenue,
      loggedCost,
      loggedMargin,
      actualRevenue: logged.actualRevenue,
      flag,
      keyFigure: flag === "loss" ? -worst : flag === "churnRisk" ? ratio : null,
      excess: flag === "churnRisk" ? loggedRevenue - loggedHourlyRevenue : null,
    });
  });
  const losses = rows.filter((r) => r.flag === "loss").sort((a, b) => b.keyFigure! - a.keyFigure!);
  const risks = rows.filter((r) => r.flag === "churnRisk").sort((a, b) => b.excess! - a.excess!);
  return { rows, talkFirst: [...losses, ...risks].slice(0, TALK_FIRST_MAX) };
}
