/**
 * The optional Travel zones table: a trip charge per band of one-way distance. `Up to` is above
 * 0 and unique; the zones come back sorted by ascending `Up to`, as PRICING.md §1 looks them up.
 */
import { numberField } from "./fields";
import type { Grid } from "./grid";
import type { Settings, TravelZone } from "./model";
import { addError, type Problems } from "./problems";
import { readTable } from "./readTable";
import { TRAVEL_ZONES_TABLE } from "./tables";

export interface ParsedTravelZones {
  zones: TravelZone[];
  /** The Trip charge cell of each zone, by its Up to (`String(upTo)`), when the table has that column: what-if writes back there. */
  cells: Record<string, string>;
}

export function parseTravelZones(grid: Grid | undefined, settings: Settings, problems: Problems): ParsedTravelZones {
  const cells: Record<string, string> = {};
  if (!grid) return { zones: [], cells };
  const table = readTable(grid, TRAVEL_ZONES_TABLE, problems, { distanceUnit: settings.distanceUnit });
  if (!table) return { zones: [], cells };
  const unit = settings.distanceUnit;
  const zones: TravelZone[] = [];
  const firstAt = new Map<number, string>();
  for (const row of table.rows) {
    const at = (key: "upTo" | "tripCharge") => ({ table, row, key, who: null, problems });
    const upTo = numberField(at("upTo"),
      { label: "Up to", hint: `enter the one-way distance in ${unit} this zone reaches, above 0`, bounds: { min: 0, minExclusive: true } }, true, null);
    const tripCharge = numberField(at("tripCharge"),
      { label: "Trip charge", hint: "enter this zone's charge per visit, 0 or more", bounds: { min: 0 } }, true, 0);
    if (upTo === null) continue;
    const upToCell = table.address(row, "upTo");
    const first = firstAt.get(upTo);
    if (first !== undefined) {
      addError(problems, upToCell, `Up to ${upTo} ${unit} is listed twice (first at ${first}) — give each zone a different distance.`);
      continue;
    }
    firstAt.set(upTo, upToCell);
    zones.push({ upTo, tripCharge: tripCharge ?? 0 });
    if (table.has("tripCharge")) cells[String(upTo)] = table.address(row, "tripCharge");
  }
  return { zones: zones.sort((a, b) => a.upTo - b.upTo), cells };
}
