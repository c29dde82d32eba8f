/**
 * The Clients table: one client per row, billed by the hour (Tier blank or `Hourly`) or on a
 * tier named in the Tiers table. At least one client is required; a repeated name is a warning
 * (both rows are priced).
 */
import { cellAddress } from "./address";
import { forWhom, numberField, textField, type FieldRule, type NumberRule } from "./fields";
import type { CellValue, Grid } from "./grid";
import type { Client, ClientTimeLog, DateOrder, Settings } from "./model";
import type { DateSystem } from "./parseDate";
import { isBlank, readText } from "./parseNumber";
import { addError, addWarning, describeValue, listOf, type Problems } from "./problems";
import { tierKey, type ParsedTiers } from "./parseTiers";
import { isNoAgreement } from "./noAgreement";
import { missingTableMessage, readTable, tableTitle } from "./readTable";
import { CLIENTS_TABLE, type ClientColumn, type TableSpec } from "./tables";
import { readRenewalDate } from "./renewalDate";
import { clientKey, NO_TIME_LOG, type ParsedTimeLog } from "./parseTimeLog";

const NAME: FieldRule = { label: "Client name", hint: "enter the client's name, or clear the row" };
const SEGMENT: FieldRule = { label: "Segment", hint: "enter a segment such as Home, Small business or Large business" };
const VISITS: NumberRule = { label: "Visits per month", hint: "enter a number of visits, 0 or more", bounds: { min: 0 } };
// PRICING.md §1: a visit lasts at most a day; a month has at most 744 hours (31 × 24).
const HOURS: NumberRule = { label: "Hours per visit", hint: "enter the on-site hours per visit, from 0 to 24 (blank = 0)", bounds: { min: 0, max: 24 } };
const REMOTE: NumberRule = { label: "Remote hours per month", hint: "enter the remote hours per month, from 0 to 744 (blank = 0)", bounds: { min: 0, max: 744 } };
const DRIVE: NumberRule = {
  label: "Drive minutes",
  hint: "enter the one-way drive time in minutes, 0 or more, or leave it blank to work it out from the distance and the Average speed",
  bounds: { min: 0 },
};
const countRule = (label: string, what: string): NumberRule => ({
  label,
  hint: `enter the number of ${what} under management, a whole number, 0 or more (blank = 0)`,
  bounds: { min: 0, whole: true },
});
const USERS = countRule("Users", "users");
const DEVICES = countRule("Devices", "devices (workstations, laptops, phones, printers)");
const SERVERS = countRule("Servers", "servers");
const distanceRule = (unit: string): NumberRule =>
  ({ label: "Distance", hint: `enter the one-way distance in ${unit}, 0 or more`, bounds: { min: 0 } });

/** With a Time log that has rows, the Visits per month column may be absent (PRICING.md §1). */
function clientsSpec(log: ParsedTimeLog): TableSpec<ClientColumn> {
  if (!log.hasRows) return CLIENTS_TABLE;
  return { ...CLIENTS_TABLE, columns: CLIENTS_TABLE.columns.map((c) => (c.key === "visitsPerMonth" ? { ...c, required: false } : c)) };
}

export function parseClients(
  grid: Grid | undefined, settings: Settings, tiers: ParsedTiers, problems: Problems, log: ParsedTimeLog = NO_TIME_LOG,
): Client[] {
  if (!grid || grid.lookalike) {
    addError(problems, grid?.lookalike ? cellAddress(grid.sheet, 0, 0) : undefined, missingTableMessage(CLIENTS_TABLE, grid?.lookalike));
    return [];
  }
  const table = readTable(grid, clientsSpec(log), problems, { distanceUnit: settings.distanceUnit });
  if (!table) return [];
  const DISTANCE = distanceRule(settings.distanceUnit);
  const clients: Client[] = [];
  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    const ctx = { table, row, key: "client" as ClientColumn, who: null as string | null, problems };
    const at = (key: ClientColumn) => ((ctx.key = key), ctx);
    const name = textField(at("client"), NAME, true);
    ctx.who = name;
    // The Time log's figures go to the first row of a name (a duplicate row gets none).
    let logged: ClientTimeLog | null = null;
    if (name !== null) {
      const key = name.toLowerCase();
      const first = firstRow.get(key);
      if (first === undefined) {
        firstRow.set(key, row);
        logged = log.byClient.get(clientKey(name)) ?? null;
      }
      else {
        addWarning(problems, table.address(row, "client"),
          `Client "${name}" appears more than once (first at ${table.address(first, "client")}) — both rows are priced; give them different names to tell them apart.`);
      }
    }
    const typedOrLogged = (key: ClientColumn, fromLog: number | undefined, typed: () => number): number =>
      fromLog !== undefined && (!table.has(key) || isBlank(table.value(row, key))) ? fromLog : typed();
    clients.push({
      name: name ?? "",
      segment: textField(at("segment"), SEGMENT, true) ?? "",
      tier: clientTier(table.value(row, "tier"), () => table.address(row, "tier"), name, tiers, problems),
      distance: plausibleDistance(numberField(at("distance"), DISTANCE, true, 0) ?? 0, settings, () => table.address(row, "distance"), name, problems),
      // A typed value wins over the log (0 included); a blank cell takes the logged figure.
      visitsPerMonth: typedOrLogged("visitsPerMonth", logged?.visits, () => {
        // Without the column and without a Time log, readTable has already named the missing column.
        if (table.has("visitsPerMonth") || !log.hasRows) return numberField(at("visitsPerMonth"), VISITS, true, 0) ?? 0;
        addError(problems, table.address(row, "client"),
          `Visits per month${forWhom(name)} cannot come from the Time log: the log has no entries for this client, and the Clients table has no Visits per month column — add the column and enter the visits, or log this client's time.`);
        return 0;
      }),
      hoursPerVisit: typedOrLogged("hoursPerVisit", logged?.hoursPerVisit, () => numberField(at("hoursPerVisit"), HOURS, false, 0) ?? 0),
      remoteHoursPerMonth: typedOrLogged("remoteHoursPerMonth", logged?.remoteHours, () => numberField(at("remoteHoursPerMonth"), REMOTE, false, 0) ?? 0),
      driveMinutes: numberField(at("driveMinutes"), DRIVE, false, null),
      users: numberField(at("users"), USERS, false, 0) ?? 0,
      devices: numberField(at("devices"), DEVICES, false, 0) ?? 0,
      servers: numberField(at("servers"), SERVERS, false, 0) ?? 0,
      ...(table.has("renewalDate") && !table.unsaved(row, "renewalDate") ? { renewalDate: renewalDate(table.value(row, "renewalDate"), log.dateOrder, grid.dateSystem, () => table.address(row, "renewalDate"), name, problems) } : {}),
      ...(log.hasRows ? { timeLog: logged } : {}),
      cell: table.address(row, "client"),
    });
  }
  if (table.rows.length === 0) {
    addError(problems, table.headerRange, `${tableTitle(CLIENTS_TABLE)} has no clients — add at least one row.`);
  }
  return clients;
}

/**
 * The Renewal date as `YYYY-MM-DD`, null when blank (after reporting it when it is not a date).
 * `dateOrder`: `--date-order`, else the Date order setting, else the Time log's own order (§1).
 */
function renewalDate(cell: CellValue | undefined, dateOrder: DateOrder | null, dateSystem: DateSystem | undefined, address: () => string, client: string | null, problems: Problems): string | null {
  const read = readRenewalDate(cell, dateOrder, `Renewal date${forWhom(client)}`, dateSystem);
  if (read.kind === "ok") return read.value;
  if (read.kind === "bad") addError(problems, address(), read.message);
  return null;
}

/** PRICING.md §1: a one-way distance over 300 miles (500 km) is possible but almost certainly a typo. */
export const IMPLAUSIBLE_DISTANCE = { miles: 300, km: 500 } as const;

function plausibleDistance(distance: number, settings: Settings, address: () => string, client: string | null, problems: Problems): number {
  const limit = IMPLAUSIBLE_DISTANCE[settings.distanceUnit];
  if (distance > limit) {
    addWarning(problems, address(),
      `Distance${forWhom(client)} is ${distance} ${settings.distanceUnit} one way, over ${limit} — check it is the one-way distance in ${settings.distanceUnit} (it is priced as typed).`);
  }
  return distance;
}

/** The tier's name as spelled in the Tiers table; null for blank or `Hourly` (and when unknown, after reporting it). */
function clientTier(
  cell: CellValue | undefined, address: () => string, client: string | null, tiers: ParsedTiers, problems: Problems,
): string | null {
  const read = readText(cell);
  if (read.kind === "blank") return null;
  if (read.kind === "excelError") {
    addError(problems, address(), `Tier${forWhom(client)} shows the error ${read.code} — fix that cell's formula, or enter a tier name (blank or Hourly = billed by the hour).`);
    return null;
  }
  if (read.kind !== "ok") return null;
  if (isNoAgreement(read.value)) return null;
  const key = tierKey(read.value);
  const tier = tiers.names.get(key);
  if (tier !== undefined) return tier;
  if (tiers.checkable) {
    const known = [...tiers.names.values()];
    const choices = known.length ? `use ${listOf(known, "or")}, or` : "add it to the Tiers table, or";
    addError(problems, address(),
      `Tier${forWhom(client)} is ${describeValue(cell)}, which is not a tier in the Tiers table — ${choices} leave it blank (or Hourly, Break-fix, T&M, PAYG, None) to bill by the hour.`);
  }
  return null;
}
