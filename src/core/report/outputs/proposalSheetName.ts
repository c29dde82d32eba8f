/**
 * The sheet a client's proposal goes on: `Proposal – CLIENT`, made a valid Excel sheet name and
 * one no other client's proposal and no sheet of the user's has.
 *
 * Excel's rules for a sheet name (its own error message: "The name that you type does not exceed
 * 31 characters. The name does not contain any of the following characters: : \ / ? * [ or ].
 * You did not leave the name blank."; a name may not begin or end with an apostrophe either:
 * https://docs.devexpress.com/OfficeFileAPI/114076/excel-export-library/examples/worksheets/how-to-set-a-worksheet-name).
 * Names compare without regard to case.
 */
import { LETTER_SHEET_PREFIX, PROPOSAL_SHEET_PREFIX } from "./names";

export const MAX_SHEET_NAME = 31;

/** What the planner needs to know of the workbook: is a sheet of this name there and the user's? */
export type IsForeignSheet = (sheetName: string) => boolean;

/**
 * The client's part of the name: the forbidden characters dropped, control characters and runs
 * of spaces made one space. "Smith/Jones: Law" → "SmithJones Law". Nothing left → "Client".
 */
export function sheetSafeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\\/?*[\]:]/g, "").replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  return cleaned === "" ? "Client" : cleaned;
}

/** The n-th candidate (1 = the plain name, 2 = "… (2)"), at most 31 characters, never ending in an apostrophe. */
export function proposalSheetCandidate(client: string, n = 1, prefix: string = PROPOSAL_SHEET_PREFIX): string {
  const suffix = n > 1 ? ` (${n})` : "";
  let name = `${prefix}${sheetSafeText(client)}`;
  const room = MAX_SHEET_NAME - suffix.length;
  if (name.length > room) {
    name = name.slice(0, room);
    // Never keep half of a character outside the Basic Multilingual Plane (an emoji).
    if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1);
  }
  name = name.replace(/['\s]+$/, "");
  return `${name}${suffix}`;
}

/** Clients are the same client when their names match trimmed and in any case (PRICING.md §3). */
export function clientKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/**
 * The proposal sheet of `client`, given every client of the analysis in row order: each distinct
 * client, in that order, takes its first candidate that no earlier client took and that is not a
 * sheet of the user's. So the same workbook always gives a client the same sheet (making it again
 * updates it), two clients whose names shorten alike get "…" and "… (2)", and a user's own sheet
 * of that name is passed over, never touched.
 */
export function proposalSheetName(
  client: string, clients: readonly string[], isForeign: IsForeignSheet, prefix: string = PROPOSAL_SHEET_PREFIX,
): string {
  const target = clientKey(client);
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const name of [...clients, client]) {
    const key = clientKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    let n = 1;
    let candidate = proposalSheetCandidate(name, n, prefix);
    while (taken.has(candidate.toLocaleLowerCase()) || isForeign(candidate)) candidate = proposalSheetCandidate(name, ++n, prefix);
    if (key === target) return candidate;
    taken.add(candidate.toLocaleLowerCase());
  }
  /* c8 ignore next: the loop always reaches the client itself. */
  return proposalSheetCandidate(client, 1, prefix);
}

/** The sheet a client's price-change letter goes on: `Letter – CLIENT`, chosen as a proposal's is. */
export function letterSheetName(client: string, clients: readonly string[], isForeign: IsForeignSheet): string {
  return proposalSheetName(client, clients, isForeign, LETTER_SHEET_PREFIX);
}
