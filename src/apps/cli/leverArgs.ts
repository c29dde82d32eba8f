/**
 * `analyze … --set 'Hourly rate=140' --set 'Business.Monthly fee=950' --set 'Trip charge up to 25=75' --mix 'Home=100'`
 * (issue 5), in two pure steps: `parseLeverArgs` reads the strings (names matched like headers,
 * values read like workbook numbers: "$140", "1,200", "50%"), before any file is opened;
 * `resolveLeverArgs` matches tier and segment names against the model once it is read. Every
 * problem is collected, so one run lists them all; the command exits 2 on any.
 */
import type { Model } from "../../core/workbook/model";
import { normalizeHeader, normalizeName } from "../../core/workbook/normalize";
import { readNumber } from "../../core/workbook/parseNumber";
import { listOf } from "../../core/workbook/problems";
import { settingByName } from "../../core/workbook/parseSettings";
import { TIERS_TABLE } from "../../core/workbook/tables";
import { segmentKey } from "../../core/pricing/segmentKey";
import {
  SETTING_LEVERS,
  TIER_LEVERS,
  TIER_LEVER_LABELS,
  describeBounds,
  isValidLeverValue,
  leverLabel,
  segmentCounts,
  tripChargeIsIdle,
  zoneId,
  zoneLeverName,
  type LeverRef,
  type Levers,
  type SettingLever,
  type TierLever,
} from "../../core/whatIf/levers";
import { SETTING_LABELS } from "../../core/workbook/settingsSchema";

/** The parsed arguments; tier and segment names still as typed. */
export interface LeverArgs {
  settings: Partial<Record<SettingLever, number>>;
  tiers: { tier: string; field: TierLever; value: number; arg: string }[];
  /** "Trip charge up to 25=75": a travel zone's trip charge, by the zone's Up to as typed. */
  zones: { upTo: number; value: number; arg: string }[];
  mix: { segment: string; value: number; arg: string }[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** "Hourly rate, Agreement hourly rate, …": the setting levers as the Settings table names them. */
const SETTING_LEVER_NAMES = SETTING_LEVERS.map((k) => SETTING_LABELS[k]).join(", ");
/** "Monthly fee, Included hours, Per user, …": a tier's levers as the Tiers table heads them. */
const TIER_LEVER_NAMES = TIER_LEVERS.map((f) => TIER_LEVER_LABELS[f]).join(", ");

export const LEVER_HELP = [
  `--set 'NAME=VALUE' sets a what-if lever (repeatable): ${SETTING_LEVER_NAMES},`,
  `  or 'TIER.FIELD' for a tier of the workbook, FIELD one of ${TIER_LEVER_NAMES}, e.g. --set 'Business.Monthly fee=950' --set 'Managed.Per user=45',`,
  `  or 'Trip charge up to DISTANCE' for a zone of the workbook's Travel zones table, e.g. --set 'Trip charge up to 25=75'.`,
  `--mix 'SEGMENT=COUNT' sets a target client count for a segment (repeatable), e.g. --mix 'Home=100'.`,
  `Use single quotes: in double quotes the shell replaces "$150" with "50" ($1 is one of its variables).`,
].join("\n");

const TIER_FIELDS = new Map<string, TierLever>();
for (const field of TIER_LEVERS) {
  const column = TIERS_TABLE.columns.find((c) => c.key === field);
  for (const name of [TIER_LEVER_LABELS[field], ...(column?.aliases ?? [])]) TIER_FIELDS.set(normalizeHeader(name), field);
}

/** `Hourly rate=140` → ["Hourly rate", "140"]; the first `=` splits. */
function nameAndValue(arg: string): [string, string] | null {
  const at = arg.indexOf("=");
  if (at < 0) return null;
  const name = arg.slice(0, at).trim();
  const value = arg.slice(at + 1).trim();
  return name === "" || value === "" ? null : [name, value];
}

/** A value the shell emptied: `--set "Hourly rate=$RATE"` with RATE unset arrives as `Hourly rate=`. */
function emptiedByShell(arg: string): boolean {
  const at = arg.indexOf("=");
  return at > 0 && arg.slice(at + 1).trim() === "";
}

const SHELL_HINT = " If you typed a $ inside double quotes, your shell replaced it: put the whole argument in single quotes, e.g. --set 'Hourly rate=$150'.";

/** "Trip charge up to 25", "trip charge up to 25 miles" → 25; null when the name is not a zone lever's. */
function zoneUpTo(name: string): number | null | "bad" {
  const match = /^trip\s*charge\s+up\s*to\s+(.+?)\s*(?:miles?|mi|km|kilometres?|kilometers?)?$/i.exec(name.trim());
  if (!match) return null;
  const read = readNumber(match[1]);
  return read.kind === "ok" && read.value > 0 ? read.value : "bad";
}

/** A value read like a workbook number, then checked against the lever's bounds. */
function leverValue(flag: string, arg: string, lever: LeverRef, text: string, errors: string[]): number | null {
  const read = readNumber(text);
  if (read.kind !== "ok") {
    errors.push(`${flag} "${arg}": "${text}" is not a number — enter ${describeBounds(lever)}.`);
    return null;
  }
  if (!isValidLeverValue(lever, read.value)) {
    errors.push(`${flag} "${arg}": ${leverLabel(lever)} must be ${describeBounds(lever)}.`);
    return null;
  }
  return read.value;
}

export function parseLeverArgs(sets: readonly string[], mixes: readonly string[]): Checked<LeverArgs> {
  const errors: string[] = [];
  const args: LeverArgs = { settings: {}, tiers: [], zones: [], mix: [] };
  const seen = new Map<string, string>();
  const once = (flag: string, arg: string, key: string): boolean => {
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`${flag} "${arg}": this lever is already set by ${first} — give each lever once.`);
      return false;
    }
    seen.set(key, `${flag} "${arg}"`);
    return true;
  };

  for (const arg of sets) {
    const parts = nameAndValue(arg);
    if (parts === null) {
      errors.push(`--set "${arg}": write it as NAME=VALUE, e.g. --set 'Hourly rate=140'.${emptiedByShell(arg) ? SHELL_HINT : ""}`);
      continue;
    }
    const [name, text] = parts;
    const upTo = zoneUpTo(name);
    if (upTo === "bad") {
      errors.push(`--set "${arg}": write a zone's trip charge as 'Trip charge up to DISTANCE=VALUE', DISTANCE the zone's Up to, e.g. --set 'Trip charge up to 25=75'.`);
      continue;
    }
    if (upTo !== null) {
      const value = leverValue("--set", arg, { kind: "zone", upTo }, text, errors);
      if (value !== null && once("--set", arg, `zone:${upTo}`)) args.zones.push({ upTo, value, arg });
      continue;
    }
    const spec = settingByName(name);
    if (spec !== undefined) {
      if (!(SETTING_LEVERS as readonly string[]).includes(spec.key)) {
        errors.push(`--set "${arg}": ${spec.label} is a workbook setting but not a what-if lever; the levers are ${SETTING_LEVER_NAMES} and each tier's ${TIER_LEVER_NAMES}.`);
        continue;
      }
      const lever: LeverRef = { kind: "setting", key: spec.key as SettingLever };
      const value = leverValue("--set", arg, lever, text, errors);
      if (value !== null && once("--set", arg, `setting:${spec.key}`)) args.settings[spec.key as SettingLever] = value;
      continue;
    }
    const dot = name.lastIndexOf(".");
    const field = dot > 0 ? TIER_FIELDS.get(normalizeHeader(name.slice(dot + 1))) : undefined;
    const tier = dot > 0 ? name.slice(0, dot).trim() : "";
    if (field === undefined || tier === "") {
      errors.push(
        dot > 0 && tier !== ""
          ? `--set "${arg}": a tier's levers are ${TIER_LEVERS.map((f) => `"${tier}.${TIER_LEVER_LABELS[f]}"`).join(", ")}.`
          : `--set "${arg}": "${name}" is not a what-if lever. The levers are ${SETTING_LEVER_NAMES}, and TIER.FIELD for a tier of the workbook (${TIER_LEVER_NAMES}).`,
      );
      continue;
    }
    const value = leverValue("--set", arg, { kind: "tier", tier, field }, text, errors);
    if (value !== null && once("--set", arg, `tier:${tier.toLowerCase()}:${field}`)) args.tiers.push({ tier, field, value, arg });
  }

  for (const arg of mixes) {
    const parts = nameAndValue(arg);
    if (parts === null) {
      errors.push(`--mix "${arg}": write it as SEGMENT=COUNT, e.g. --mix 'Home=100'.${emptiedByShell(arg) ? SHELL_HINT : ""}`);
      continue;
    }
    const [segment, text] = parts;
    const value = leverValue("--mix", arg, { kind: "mix", segment }, text, errors);
    if (value !== null && once("--mix", arg, `mix:${segmentKey(segment)}`)) args.mix.push({ segment, value, arg });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: args };
}

/** The one name among `names` that `typed` means: exact (trimmed, any case) first, else matched like a header when that is unambiguous. */
function match(typed: string, names: readonly string[]): string | undefined {
  const exact = names.find((n) => n.trim().toLowerCase() === typed.trim().toLowerCase());
  if (exact !== undefined) return exact;
  const loose = names.filter((n) => normalizeName(n) === normalizeName(typed));
  return loose.length === 1 ? loose[0] : undefined;
}

/** `"Essentials", "Business" and "Premier"`. */
function quotedList(names: readonly string[]): string {
  return listOf(names.map((n) => `"${n}"`));
}

/** Tier and segment names matched against the model: Levers ready for `applyLevers`, or every unknown name. */
export function resolveLeverArgs(args: LeverArgs, model: Model): Checked<Levers> {
  const errors: string[] = [];
  const levers: Required<Levers> = { settings: { ...args.settings }, tiers: {}, zones: {}, mix: {} };
  const zones = model.travelZones.map((z) => z.upTo);
  const zoneNames = zones.map((upTo) => `'${zoneLeverName(upTo)}=…'`).join(", ");
  if (args.settings.tripCharge !== undefined && tripChargeIsIdle(model)) {
    errors.push(
      `--set Trip charge: your Travel zones table sets the trip charges, so the Trip charge setting changes nothing. Set each zone's instead: ${zoneNames}.`,
    );
  }
  for (const { upTo, value, arg } of args.zones) {
    if (zones.length === 0) {
      errors.push(`--set "${arg}": the workbook has no Travel zones table; set the one trip charge with --set 'Trip charge=${value}'.`);
    } else if (!zones.includes(upTo)) {
      errors.push(`--set "${arg}": the workbook has no travel zone up to ${upTo} ${model.settings.distanceUnit}; its zones are ${zoneNames}.`);
    } else {
      levers.zones[zoneId(upTo)] = value;
    }
  }
  const tierNames = model.tiers.map((t) => t.name);
  for (const { tier, field, value, arg } of args.tiers) {
    const name = match(tier, tierNames);
    if (name === undefined) {
      errors.push(`--set "${arg}": the workbook has no tier "${tier}"; its tiers are ${quotedList(tierNames)}.`);
    } else if (levers.tiers[name]?.[field] !== undefined) {
      errors.push(`--set "${arg}": ${name} ${TIER_LEVER_LABELS[field].toLowerCase()} is already set — give each lever once.`);
    } else {
      (levers.tiers[name] ??= {})[field] = value;
    }
  }
  const segments = segmentCounts(model.clients).map((s) => s.segment);
  for (const { segment, value, arg } of args.mix) {
    const name = match(segment, segments);
    if (name === undefined) {
      errors.push(`--mix "${arg}": the workbook has no clients in a segment "${segment}"; its segments are ${quotedList(segments)}.`);
    } else if (levers.mix[name] !== undefined) {
      errors.push(`--mix "${arg}": the ${name} segment is already set — give each segment once.`);
    } else {
      levers.mix[name] = value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: levers };
}
