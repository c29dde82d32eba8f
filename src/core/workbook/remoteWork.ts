/**
 * PRICING.md §1: with no On site column, a Time log entry is remote when the words of its Type /
 * Work type / Task / Tags / Category / Service / Location / Work role text (runs of letters and
 * digits, any case) include remote, remotely, phone, online or offsite, or `off` followed by
 * `site` (`Off-site`, `off site`). Negation is not understood: "not remote" is remote.
 */
import type { CellValue } from "./grid";

const REMOTE_WORDS = new Set(["remote", "remotely", "phone", "online", "offsite"]);
const WORD = /[\p{L}\p{N}]+/gu;

export function readsAsRemote(cell: CellValue | undefined): boolean {
  if (typeof cell !== "string") return false;
  const words = cell.toLowerCase().match(WORD);
  if (!words) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (REMOTE_WORDS.has(w)) return true;
    if (w === "off" && words[i + 1] === "site") return true;
  }
  return false;
}
