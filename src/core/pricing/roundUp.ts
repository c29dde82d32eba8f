import type { Hours } from "../workbook/model";

/**
 * PRICING.md §2: round hours up to whole billing increments; increment 0 means no rounding.
 * The −1e-9 keeps an exact multiple from being bumped up a whole increment by float noise
 * (2.1 at 0.3: 2.1 / 0.3 = 7.000000000000001 in floating point, yet 2.1 hours is 7 increments).
 */
export function roundUp(x: Hours, increment: Hours): Hours {
  if (!(increment > 0)) return x;
  const steps = Math.ceil(x / increment - 1e-9);
  // ceil(−1e-9) is −0; a zero stays a plain 0 so that it prints and compares as one.
  return steps === 0 ? 0 : steps * increment;
}
