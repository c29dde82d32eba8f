/** `proposal WORKBOOK --client NAME [--tier TIER] [--out FILE]` (PRICING.md §7) on the §8b workbook. */
import fs from "node:fs";
import path from "node:path";
import { RATE_CARD_SHEET, RESULTS_SHEET, proposalMarker } from "../../../src/core/report/outputs/names";
import { cellsOf, cli, readWorkbook, sha256, tempDir } from "./helpers";
import { SEATS_CONTACT, writeWorkedExampleSeats } from "../../support/workedExamples";

jest.setTimeout(60_000);

let dir: string;
let input: string;
const HARBOR = "Proposal – Harbor Law";

beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, "book.xlsx");
  await writeWorkedExampleSeats(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("proposal", () => {
  it("writes the result workbook with Harbor Law's proposal on Business, marked as ours; the input untouched", async () => {
    const before = sha256(input);
    const out = path.join(dir, "harbor.xlsx");
    const run = await cli("proposal", input, "--client", "Harbor Law", "--tier", "Business", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toEqual(["Proposal for Harbor Law: Business at $947.50 a month.", `Sheet "${HARBOR}" in ${fs.realpathSync(out)}`]);
    expect(sha256(input)).toBe(before);
    const book = await readWorkbook(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Settings", "Tiers", "Clients", "Benefits", RESULTS_SHEET, RATE_CARD_SHEET, HARBOR]);
    const ws = book.getWorksheet(HARBOR)!;
    const cells = cellsOf(ws);
    expect(cells.A1).toBe("Summit IT Services");
    expect(cells.A2).toBe(SEATS_CONTACT);
    expect(Object.values(cells)).toContain("You would pay $115.00 a month less than today ($1,380.00 a year).");
    expect(Object.values(cells)).toContain(947.5);
    expect(ws.pageSetup).toMatchObject({ orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(book.definedNames.getRanges(proposalMarker(HARBOR)).ranges).toEqual([`'${HARBOR}'!$A$1`]);
  });

  it("a tier another beats for the client, picked by hand: made as asked, and stderr names the better tier (PRICING.md v3 §5b)", async () => {
    const out = path.join(dir, "beaten.xlsx");
    const run = await cli("proposal", input, "--client", "Harbor Law", "--tier", "Business", "--out", out);
    expect(run.code).toBe(0);
    // Business Plus: 12 × 910 + 750 = 11,670 ≤ 12 × 947.50 + 500 = 11,870, with 10 h against 8.
    expect(run.stderr.split("\n")).toContain(
      "warning: Business is not the best buy for Harbor Law: Business Plus costs Harbor Law less over the 12-month contract and includes more hours, " +
      "and Harbor Law would see it on your rate card. The proposal offers Business, as you asked; consider Business Plus.");
    const recommended = await cli("proposal", input, "--client", "Harbor Law", "--tier", "Business Plus", "--out", out);
    expect(recommended.stderr).not.toMatch(/best buy|offered to/);
  });

  it("made again from its own result for the same client, updates that sheet; another client gets its own", async () => {
    const first = path.join(dir, "first.xlsx");
    const again = path.join(dir, "again.xlsx");
    const other = path.join(dir, "other.xlsx");
    expect((await cli("proposal", input, "--client", "Harbor Law", "--out", first)).code).toBe(0);
    expect((await cli("proposal", first, "--client", "harbor law", "--tier", "Business Plus", "--out", again)).code).toBe(0);
    const book = await readWorkbook(again);
    expect(book.worksheets.filter((w) => w.name.startsWith("Proposal")).map((w) => w.name)).toEqual([HARBOR]);
    expect(Object.values(cellsOf(book.getWorksheet(HARBOR)!))).toContain("Our offer: the Business Plus agreement");
    expect((await cli("proposal", again, "--client", "Cedar Bakery", "--out", other)).code).toBe(0);
    const both = await readWorkbook(other);
    expect(both.worksheets.filter((w) => w.name.startsWith("Proposal")).map((w) => w.name)).toEqual([HARBOR, "Proposal – Cedar Bakery"]);
  });

  it("leaves a sheet of the user's called Proposal – Harbor Law alone and writes beside it", async () => {
    const book = await readWorkbook(input);
    book.addWorksheet(HARBOR).getCell("A1").value = "my notes";
    const mine = path.join(dir, "mine.xlsx");
    await book.xlsx.writeFile(mine);
    const out = path.join(dir, "mine.out.xlsx");
    const run = await cli("proposal", mine, "--client", "Harbor Law", "--out", out);
    expect(run.code).toBe(0);
    const result = await readWorkbook(out);
    expect(result.getWorksheet(HARBOR)!.getCell("A1").value).toBe("my notes");
    expect(result.getWorksheet(`${HARBOR} (2)`)).toBeDefined();
  });

  it("an unknown client or tier is exit 2, naming it with the nearest names, and nothing is written", async () => {
    const out = path.join(dir, "none.xlsx");
    const client = await cli("proposal", input, "--client", "Harbour Law", "--out", out);
    expect(client).toMatchObject({ code: 2, stderr: 'Unknown client "Harbour Law" — did you mean "Harbor Law"?' });
    const tier = await cli("proposal", input, "--client", "Harbor Law", "--tier", "Busines Plus", "--out", out);
    expect(tier).toMatchObject({ code: 2, stderr: 'Unknown tier "Busines Plus" — did you mean "Business Plus" or "Business"?' });
    const far = await cli("proposal", input, "--client", "Zebra", "--out", out);
    expect(far.stderr).toBe('Unknown client "Zebra" — the workbook\'s clients are "Acme Dental", "Harbor Law", "Cedar Bakery".');
    expect(fs.existsSync(out)).toBe(false);
  });

  it("needs --client, and the other commands refuse --client and --tier", async () => {
    expect((await cli("proposal", input)).stderr).toMatch(/^proposal needs --client NAME\./);
    expect((await cli("analyze", input, "--client", "Harbor Law")).code).toBe(2);
    expect((await cli("proposal", input, "--client", "Harbor Law", "--json", "x.json")).code).toBe(2);
  });
});
