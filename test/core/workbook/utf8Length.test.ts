/** UTF-8 byte counts, checked against Node's Buffer (what a payload's size is measured in). */
import { utf8Length } from "../../../src/core/workbook/utf8Length";

test.each(["Acme Dental", "Café Müller", "株式会社山田電機", "emoji 🧾 receipt", "", "\"quoted\" \\ back"])("%j", (text) => {
  expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
});
