/**
 * ISO 4217 currency codes. Where the runtime knows the list (Intl.supportedValuesOf, in every
 * current browser and Node 18+), a code must be on it; elsewhere any three letters pass.
 */
let known: Set<string> | null | undefined;

function knownCodes(): Set<string> | null {
  if (known === undefined) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    try {
      known = typeof intl.supportedValuesOf === "function" ? new Set(intl.supportedValuesOf("currency")) : null;
    } catch {
      known = null;
    }
  }
  return known;
}

/** `usd` → `USD`; null when the text is not a currency code. */
export function currencyCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const codes = knownCodes();
  return codes === null || codes.has(code) ? code : null;
}
