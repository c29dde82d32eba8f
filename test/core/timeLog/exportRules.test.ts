/**
 * How a Time log export is read (PRICING.md §1, issue 18): On site from a Task / Tags / Work type…
 * column, numbered dates in the Date order (setting, --date-order, or found from the log), one
 * message per cause in a column, and the CSV reader's encodings and decimal commas.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runFlow } from "../../../src/core/flow";
import type { CellValue, Grid } from "../../../src/core/workbook/grid";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { isoDate, readDateTextInOrder } from "../../../src/core/workbook/parseDate";
import { readsAsRemote } from "../../../src/core/workbook/remoteWork";
import { readTimeLogCsv } from "../../../src/apps/cli/timeLogCsv";
import { BENEFITS_OK, grid, settingsGrid } from "../workbook/helpers";

const BASE: Grid[] = [
  grid("tiers", [["Tier", "Monthly fee", "Included hours", "Travel included"], ["Business", 900, 8, "Yes"]]),
  grid("clients", [
    ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month"],
    ["Acme Dental", "Small business", "Business", 20, null, null, null],
  ]),
  grid("benefits", BENEFITS_OK),
];
const log = (rows: CellValue[][]) => grid("timeLog", rows);
/** The Time log's own errors (a log that cannot be read leaves Acme Dental's blank Visits per month an error too). */
const logErrors = <P extends { cell?: string }>(parsed: { errors: P[] }) => parsed.errors.filter((e) => e.cell?.startsWith("'Time Log'"));

describe("remote work from the words of a Task, Tags or Work type (PRICING.md §1)", () => {
  it.each([
    ["Remote support", true], ["Phone call", true], ["ONLINE session", true], ["Offsite backup check", true],
    ["Off-site", true], ["off site", true], ["not remote", true], // negation is not understood
    ["On-site support", false], ["Onsite", false], ["Remoteness review", false], ["Office visit", false], ["", false],
  ])("%j reads as remote: %s", (text, remote) => {
    expect(readsAsRemote(text)).toBe(remote);
  });

  it("the first column in the order Type, Work type, Task… decides; an On site column wins over all of them", () => {
    const rows: CellValue[][] = [["Client", "Date", "Hours", "Location", "Task"], ["Acme Dental", "2026-01-05", 1, "Remote", "On-site visit"]];
    const byTask = parseModel([...BASE, log(rows)]);
    expect(byTask.model!.clients[0]!.timeLog).toEqual({ visits: 1, hoursPerVisit: 1, remoteHours: 0, actualRevenue: null });
    const withOnSite = parseModel([...BASE, log([[...rows[0]!, "On site"], [...rows[1]!, "No"]])]);
    expect(withOnSite.model!.clients[0]!.timeLog!.remoteHours).toBe(1);
    expect(withOnSite.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/columns "Location" and "Task" are not read/));
  });
});

describe("text dates in month/day or day/month order (PRICING.md §1)", () => {
  it("readDateTextInOrder reads a date text in the order given; YYYY-MM-DD and YYYY/MM/DD always", () => {
    const iso = (t: string, o: "MDY" | "DMY") => {
      const r = readDateTextInOrder(t, o);
      return r.kind === "ok" ? isoDate(r.value) : r.kind;
    };
    expect(iso("7/15/2025", "MDY")).toBe("2025-07-15");
    expect(iso("15.07.2025", "DMY")).toBe("2025-07-15");
    expect(iso("05-01-26", "DMY")).toBe("2026-01-05");
    expect(iso("05/01/2026", "MDY")).toBe("2026-05-01");
    expect(iso("2025/07/15", "DMY")).toBe("2025-07-15");
    expect(iso("7/15/2025", "DMY")).toBe("refused"); // no 15th month
  });

  it("a US log whose dates can only be month/day is read, and says so once", () => {
    const parsed = parseModel([...BASE, log([
      ["Client", "Date", "Hours"], ["Acme Dental", "07/01/2025", 1], ["Acme Dental", "07/15/2025", 1], ["Acme Dental", "08/03/2025", 1],
    ])]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.model!.timeLog).toEqual({ months: 2, entries: 3, first: "2025-07-01", last: "2025-08-03" });
    expect(parsed.warnings.filter((w) => /dates are read as month\/day\/year, since "07\/15\/2025"/.test(w.message))).toHaveLength(1);
  });

  // 200 dates whose two numbers are 1–9 and never equal: each could be either order.
  const ambiguous = log([["Client", "Date", "Hours"], ...Array.from({ length: 200 }, (_, i): CellValue[] => ["Acme Dental", `0${1 + (i % 9)}/0${1 + ((i + 1) % 9)}/2025`, 1])]);


  it("an all-ambiguous log is one error at its first date that asks for the Date order, never one per row", () => {
    const parsed = parseModel([...BASE, ambiguous]);
    expect(logErrors(parsed)).toEqual([{
      cell: "'Time Log'!B2",
      message: expect.stringMatching(/^200 dates in the Time log, such as "01\/02\/2025", could be month\/day or day\/month, and none says which — set Date order .* --date-order MDY or DMY, or type the dates as YYYY-MM-DD\.$/),
    }]);
  });

  it("the same log is priced with --date-order MDY, and with the Date order setting DMY, each its own way", () => {
    const mdy = runFlow([...BASE, ambiguous], { parse: { dateOrder: "MDY" } });
    expect(mdy.analysis.errors).toEqual([]);
    expect(mdy.analysis.timeLog).toEqual({ months: 9, entries: 200, first: "2025-01-02", last: "2025-09-01" });
    const dmy = runFlow([...BASE, settingsGrid([["Date order", "dmy"]]), ambiguous]);
    expect(dmy.analysis.errors).toEqual([]);
    expect(dmy.analysis.timeLog).toEqual({ months: 9, entries: 200, first: "2025-01-09", last: "2025-09-08" });
    // --date-order wins over the setting.
    expect(runFlow([...BASE, settingsGrid([["Date order", "DMY"]]), ambiguous], { parse: { dateOrder: "MDY" } }).analysis.timeLog).toMatchObject({ last: "2025-09-01" });
  });

  it("a log with dates of both orders is an error at the first cell of each kind", () => {
    const parsed = parseModel([...BASE, log([
      ["Client", "Date", "Hours"], ["Acme Dental", "01/02/2025", 1], ["Acme Dental", "15/07/2025", 1], ["Acme Dental", "16/07/2025", 1],
      ["Acme Dental", "07/20/2025", 1], ["Acme Dental", "07/21/2025", 1],
    ])]);
    expect(logErrors(parsed).map((e) => e.cell)).toEqual(["'Time Log'!B3", "'Time Log'!B5"]);
    expect(logErrors(parsed)[0]!.message).toMatch(/"15\/07\/2025" can only be day\/month\/year, but 'Time Log'!B5 \("07\/20\/2025"\) can only be month\/day\/year/);
  });
});

describe("one message per cause in a column (PRICING.md §1, Bad input)", () => {
  it("200 entries of 25 hours are one error naming the first three cells and how many more", () => {
    const rows: CellValue[][] = [["Client", "Date", "Hours"], ...Array.from({ length: 200 }, (): CellValue[] => ["Acme Dental", "2025-07-01", 25])];
    const parsed = parseModel([...BASE, log(rows)]);
    expect(logErrors(parsed)).toEqual([{ cell: "'Time Log'!C2", message: expect.stringMatching(/^'Time Log'!C2, C3, C4 and 197 more: Hours for Acme Dental is 25 — enter the hours/) }]);
  });

  it("three rows are still three messages, and a different check in the same column is its own message", () => {
    const rows: CellValue[][] = [["Client", "Date", "Hours"], ["Acme Dental", "2025-07-01", 25], ["Acme Dental", "2025-07-01", 26], ["Acme Dental", "2025-07-01", 27], ["Acme Dental", "2025-07-01", "1,5"]];
    const parsed = parseModel([...BASE, log(rows)]);
    expect(logErrors(parsed).map((e) => e.cell)).toEqual(["'Time Log'!C2", "'Time Log'!C3", "'Time Log'!C4", "'Time Log'!C5"]);
    expect(logErrors(parsed)[3]!.message).toMatch(/"1,5", which has a decimal comma/);
  });

  it("in every table: four clients with a blank Visits per month are one error", () => {
    const clients = grid("clients", [
      ["Client", "Segment", "Distance", "Visits per month"],
      ...["A", "B", "C", "D"].map((n): CellValue[] => [n, "Home", 5, null]),
    ]);
    const parsed = parseModel([BASE[0]!, clients, BASE[2]!]);
    expect(parsed.errors).toEqual([{ cell: "Clients!D2", message: expect.stringMatching(/^Clients!D2, D3, D4 and 1 more: Visits per month for A is blank/) }]);
  });
});

describe("the CSV itself: encodings and decimal commas", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const TEXT = "Client,Date,Hours\r\nCafé Müller,2025-07-01,1.5\r\n";

  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")])],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")])],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, "utf16le").swap16()])],
    ["Windows-1252", Buffer.from(TEXT, "latin1")],
  ])("%s: Café Müller is read as written", async (_name, bytes) => {
    const g = await readTimeLogCsv(write("enc.csv", bytes));
    expect(g.values[1]![0]).toBe("Café Müller");
  });

  it("a semicolon file's decimal commas are read when every number of the column has one", async () => {
    const g = await readTimeLogCsv(write("semi.csv", Buffer.from("Client;Date;Hours;Amount\nA;2025-07-01;1,5;1.234,50\nA;2025-07-02;2;125\n")));
    expect(g.values.slice(1).map((r) => [r[2], r[3]])).toEqual([["1.5", "1234.50"], ["2", "125"]]);
  });

  it("a column that mixes 1,5 and 1.5 is left as written, and the core refuses the 1,5 saying it is a decimal comma", async () => {
    const g = await readTimeLogCsv(write("mixed.csv", Buffer.from("Client;Date;Hours\nAcme Dental;2025-07-01;1,5\nAcme Dental;2025-07-02;1.5\n")));
    const parsed = parseModel([...BASE, g]);
    expect(parsed.errors).toEqual([{ cell: "'mixed.csv'!C2", message: expect.stringMatching(/Hours for Acme Dental is "1,5", which has a decimal comma — type the number with a decimal point \(such as 1\.5\)/) }]);
  });

  it("tab-separated text with quoted fields holding tabs, quotes and line breaks", async () => {
    const g = await readTimeLogCsv(write("tab.csv", Buffer.from('Client\tDate\tHours\tNotes\n"Acme\tDental"\t2025-07-01\t1\t"said ""hi""\nthen left"\n')));
    expect(g.values[1]).toEqual(["Acme\tDental", "2025-07-01", "1", 'said "hi"\nthen left']);
  });

  it("an unclosed quote is a usage error that says where", async () => {
    await expect(readTimeLogCsv(write("bad.csv", Buffer.from('Client,Date,Hours\n"Acme,2025-07-01,1\n')))).rejects.toThrow(/Cannot read .*bad\.csv as CSV: the quoted field that starts on line 2 never ends/);
  });
});
