/**
 * The package writer finds elements in the user's XML with regular expressions. A lazy pattern
 * such as `<definedNames[\s\S]*?</definedNames>` scans to the end of the part from every place
 * it could start, so text that only looks like markup (300,000 `<definedNames>` inside a comment)
 * makes it quadratic: minutes for a 28 KB part. Patterns therefore run over this masked copy, in
 * which comments, CDATA sections and processing instructions are blanked (same length, so an
 * index found in the copy is the index in the original, which is what is sliced and kept).
 */
export function maskComments(xml: string): string {
  const parts: string[] = [];
  // The next opening of each kind, found again only once passed: every search is linear overall.
  const next = KINDS.map((k) => xml.indexOf(k.open));
  let from = 0;
  for (;;) {
    let kind = -1;
    for (let k = 0; k < KINDS.length; k++) {
      if (next[k]! >= 0 && next[k]! < from) next[k] = xml.indexOf(KINDS[k]!.open, from);
      if (next[k]! >= 0 && (kind < 0 || next[k]! < next[kind]!)) kind = k;
    }
    if (kind < 0) break;
    const at = next[kind]!;
    const end = xml.indexOf(KINDS[kind]!.close, at + KINDS[kind]!.open.length);
    const stop = end < 0 ? xml.length : end + KINDS[kind]!.close.length;
    parts.push(xml.slice(from, at), " ".repeat(stop - at));
    from = stop;
  }
  if (from === 0) return xml;
  parts.push(xml.slice(from));
  return parts.join("");
}

const KINDS = [
  { open: "<!--", close: "-->" },
  { open: "<![CDATA[", close: "]]>" },
  { open: "<?", close: "?>" },
] as const;
