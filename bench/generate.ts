/**
 * Deterministic generated models for the benchmark: a realistic mix of home, small-business and
 * larger clients at spread-out distances, on the sample's tiers and travel zones.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/workbook/grid";
import type { Client, Model } from "../src/core/workbook/model";
import { DEFAULT_SETTINGS } from "../src/core/workbook/defaults";
import { sampleModelTables } from "../src/core/workbook/sample";

/** A small linear congruential generator: the same clients every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SEGMENTS = ["Home", "Small business", "Large business"] as const;
const TIER_BY_SEGMENT = ["Essentials", "Business", "Premier"] as const;

export function generateClients(count: number, seed = 42): Client[] {
  const next = random(seed);
  const clients: Client[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const s = next() < 0.5 ? 0 : next() < 0.8 ? 1 : 2;
    const quarter = (x: number) => Math.round(x * 4) / 4;
    clients[i] = {
      name: `Client ${i + 1}`,
      segment: SEGMENTS[s],
      tier: next() < 0.4 ? TIER_BY_SEGMENT[s] : null,
      distance: Math.round(next() * 45 * 10) / 10,
      visitsPerMonth: quarter(next() * (s + 1) * 2),
      hoursPerVisit: quarter(0.5 + next() * (s + 1) * 1.5),
      remoteHoursPerMonth: quarter(next() * (s + 1) * 3),
      driveMinutes: next() < 0.2 ? Math.round(next() * 75) : null,
      users: 0,
      devices: 0,
      servers: 0,
    };
  }
  return clients;
}

const NO_UNITS = { perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 };

export function generateModel(count: number): Model {
  return {
    settings: { ...DEFAULT_SETTINGS },
    tiers: [
      { name: "Essentials", monthlyFee: 250, includedHours: 2, responseTime: 24, travelIncluded: false, extraHourRate: null, segment: "Home", ...NO_UNITS },
      { name: "Business", monthlyFee: 900, includedHours: 8, responseTime: 4, travelIncluded: true, extraHourRate: null, segment: "Small business", ...NO_UNITS },
      { name: "Premier", monthlyFee: 2500, includedHours: 24, responseTime: 1, travelIncluded: true, extraHourRate: 85, segment: "Large business", ...NO_UNITS },
    ],
    clients: generateClients(count),
    travelZones: [
      { upTo: 25, tripCharge: 45 },
      { upTo: 40, tripCharge: 65 },
      { upTo: 60, tripCharge: 95 },
    ],
    benefits: ["Predictable fee", "Included hours", "Response times", "Travel included", "No minimum", "Monitoring"],
  };
}

/** A workbook like the sample's, with `count` generated clients in its Clients table. */
export async function generateWorkbook(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of sampleModelTables()) {
    const rows: CellValue[][] =
      table.key === "clients"
        ? generateClients(count).map((c) => [
            c.name, c.segment, c.tier ?? "Hourly", c.distance, c.visitsPerMonth, c.hoursPerVisit, c.remoteHoursPerMonth, c.driveMinutes,
          ])
        : table.rows;
    const ws = workbook.addWorksheet(table.sheet);
    ws.addTable({
      name: table.tableName,
      ref: "A1",
      headerRow: true,
      columns: table.header.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
