/**
 * The per-client quantities every figure of PRICING.md §2 is built from (v, h, r, d, m, t, billed
 * hours, travel charge per visit), worked out once per client.
 */
import type { Client, Distance, Hours, Minutes, Money, Settings, TravelZone } from "../workbook/model";
import { billedAgreement, billedHourly } from "./billedHours";
import { driveMinutes, roundTripHours, travelChargePerVisit } from "./travel";

export interface ClientBasis {
  /** v */
  visits: number;
  /** h, on site */
  hoursPerVisit: Hours;
  /** r */
  remoteHours: Hours;
  /** d, one way */
  distance: Distance;
  /** m, one way: given, or derived from distance and speed */
  driveMinutes: Minutes;
  /** t = 2m / 60 */
  roundTripHours: Hours;
  billedHourly: Hours;
  billedAgreement: Hours;
  travelChargePerVisit: Money;
  /** Under management: users, devices, servers (whole numbers, 0 when the workbook has none). */
  users: number;
  devices: number;
  servers: number;
}

export function emptyBasis(): ClientBasis {
  return {
    visits: 0,
    hoursPerVisit: 0,
    remoteHours: 0,
    distance: 0,
    driveMinutes: 0,
    roundTripHours: 0,
    billedHourly: 0,
    billedAgreement: 0,
    travelChargePerVisit: 0,
    users: 0,
    devices: 0,
    servers: 0,
  };
}

/**
 * Fills `into` (a fresh object by default). `analyze` passes one scratch object for all clients so
 * pricing 100k clients allocates nothing per client but its result row.
 */
export function clientBasis(
  client: Client,
  settings: Settings,
  zones: readonly TravelZone[],
  into: ClientBasis = emptyBasis(),
): ClientBasis {
  const m = driveMinutes(client, settings);
  into.visits = client.visitsPerMonth;
  into.hoursPerVisit = client.hoursPerVisit;
  into.remoteHours = client.remoteHoursPerMonth;
  into.distance = client.distance;
  into.driveMinutes = m;
  into.roundTripHours = roundTripHours(m);
  into.billedHourly = billedHourly(client.hoursPerVisit, settings);
  into.billedAgreement = billedAgreement(client.hoursPerVisit, settings);
  into.travelChargePerVisit = travelChargePerVisit(client.distance, m, settings, zones);
  into.users = client.users;
  into.devices = client.devices;
  into.servers = client.servers;
  return into;
}
