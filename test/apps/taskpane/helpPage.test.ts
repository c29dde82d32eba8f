/** The help page (the manifest's SupportUrl) tells the truth about what the add-in changes, works on every Excel, and says whom to ask. */
import { readFileSync } from "node:fs";

const text = readFileSync("assets/help.html", "utf8").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

test("it does not claim the input tables are never changed, and says Apply to workbook writes Settings and Tiers cells", () => {
  expect(text).not.toMatch(/never changes your input tables/);
  expect(text).toMatch(/Apply to workbook .*writes the lever values you chose into their Settings and Tiers cells/);
});

test("it says where to find the add-in when there is no Home-tab button (Excel on the iPad)", () => {
  expect(text).toMatch(/no such button \(Excel on the iPad, for one\), open the add-in from Insert ▸ Add-ins ▸ My Add-ins/);
});

test("it gives a support contact", () => {
  expect(readFileSync("assets/help.html", "utf8")).toMatch(/<a id="support-contact" href="mailto:[^"]+@[^"]+">/);
});
