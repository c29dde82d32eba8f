/**
 * Bytes a text takes in UTF-8, what a request or response carries over the wire (Excel on the
 * web's 5 MB payload limit counts bytes: a Japanese character is three). Plain arithmetic on the
 * UTF-16 code units, so it runs where TextEncoder does not (jsdom).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character beyond the Basic Multilingual Plane
      i++;
    } else bytes += 3;
  }
  return bytes;
}
