/**
 * The names nearest to one the user typed ("Harbour Law" → "Harbor Law"), for a usage error or a
 * Time log client that is not in the Clients table ("Lakeview Chiro" → "Lakeview Chiropractic"):
 * compared trimmed and in any case, by edit distance, or containing what was typed.
 */
import { editDistance } from "./editDistance";

export function nearestNames(typed: string, names: readonly string[], max = 3): string[] {
  const want = typed.trim().toLocaleLowerCase();
  const limit = Math.max(2, Math.floor(want.length / 3));
  const scored = [...new Set(names)]
    .map((name) => {
      const key = name.trim().toLocaleLowerCase();
      const distance = editDistance(want, key);
      const contains = want.length >= 3 && (key.includes(want) || want.includes(key));
      return { name, score: contains ? Math.min(distance, limit) : distance };
    })
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score);
  return scored.slice(0, max).map((s) => s.name);
}
