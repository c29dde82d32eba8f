/**
 * Values that are possible but almost certainly typos (PRICING.md §1, Bad input): a warning at
 * the cell, never an error, since a very large account can be real.
 */
import { forWhom } from "./fields";
import { addWarning, type Problems } from "./problems";

/** A monthly fee, minimum fee or per-unit price above this is most likely a typo. */
export const IMPLAUSIBLE_PRICE = 100_000;

export function warnIfImplausiblePrice(
  problems: Problems, cell: string, label: string, who: string | null, value: number, currency: string,
): void {
  if (!(value > IMPLAUSIBLE_PRICE)) return;
  addWarning(problems, cell,
    `${label}${forWhom(who)} is ${value.toLocaleString("en-US")} ${currency} a month, which looks like a typo — check it (it is priced as typed).`);
}
