/**
 * Files that are not what their name says, valid files ExcelJS could not read, and outputs that
 * cannot be written: each gets the exit code of PRICING.md §7 and a message that says what to do.
 */
import fs from "node:fs";
import JSZip from "jszip";
import { CLIENTS_PART, analyze, cli, editPart, inDir, model, sha256, tempDir, write } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a file that is not an .xlsx workbook exits 2, says what it is and writes nothing", () => {
  async function refused(name: string, bytes: Buffer) {
    const file = inDir(dir, name);
    fs.writeFileSync(file, bytes);
    const run = await cli("analyze", file, "--json", inDir(dir, `${name}.json`));
    expect(run.code).toBe(2);
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(name.replace(/\..*$/, "")))).toEqual([name]);
    return run.stderr;
  }

  it("a zip that holds no workbook (ExcelJS would read it as an empty one and blame missing tables)", async () => {
    const zip = new JSZip();
    zip.file("notes.txt", "not a workbook");
    const stderr = await refused("archive.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expect(stderr).toContain("not an .xlsx workbook: it is a zip file without a workbook inside");
    expect(stderr).not.toContain("missing");
  });

  it("an Excel 97-2003 .xls (or password-protected) file: save it as .xlsx", async () => {
    const ole2 = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
    const stderr = await refused("legacy.xls", ole2);
    expect(stderr).toContain("Excel 97-2003 (.xls) workbook or a password-protected file");
    expect(stderr).toContain('save it as "Excel Workbook (.xlsx)"');
  });

  it("a CSV renamed .xlsx", async () => {
    const stderr = await refused("export.xlsx", Buffer.from("Client,Segment,Distance\nAcme,Home,5\n"));
    expect(stderr).toContain("it is a text file (CSV?)");
  });
});

describe("valid workbooks ExcelJS alone could not read", () => {
  it("rows and cells without their optional r numbers (as the Open XML SDK writes them) price as §8 says", async () => {
    const file = await write(model(), inDir(dir, "no-refs.xlsx"));
    await editPart(file, CLIENTS_PART, (xml) => xml.replace(/<row r="\d+"/g, "<row").replace(/<c r="[A-Z]+\d+"/g, "<c"));
    const run = await analyze(file);
    expect(run.code).toBe(0);
    expect(run.inputUnchanged).toBe(true);
    const acme = run.report!.clients[0]!;
    expect(acme.client).toBe("Acme Dental");
    expect(acme.hourlyRevenue).toBeCloseTo(777.5, 9);
    expect(acme.currentRevenue).toBeCloseTo(900, 9);
    expect(acme.cost).toBeCloseTo(410, 9);
  });
});

describe("the result is always an .xlsx workbook", () => {
  it("a macro-enabled .xlsm input gets NAME.priced.xlsx, not an .xlsm Excel would refuse to open", async () => {
    const file = await write(model(), inDir(dir, "book.xlsm"));
    const run = await cli("analyze", file);
    expect(run.code).toBe(0);
    expect(fs.existsSync(inDir(dir, "book.priced.xlsx"))).toBe(true);
    expect(fs.existsSync(inDir(dir, "book.priced.xlsm"))).toBe(false);
    expect(run.stdout).toContain(`Result: ${fs.realpathSync(inDir(dir, "book.priced.xlsx"))}`);
  });

  it.each(["result.xlsm", "result.xls", "result.csv"])("--out %s exits 2 before anything is written", async (name) => {
    const file = await write(model(), inDir(dir, `for-${name}.xlsx`));
    const run = await cli("analyze", file, "--out", inDir(dir, name));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("name it .xlsx");
    expect(fs.existsSync(inDir(dir, name))).toBe(false);
  });
});

describe("an output that cannot be written exits 2 before anything is written", () => {
  it("--json into a missing folder: no result workbook either", async () => {
    const file = await write(model(), inDir(dir, "json-missing.xlsx"));
    const hash = sha256(file);
    const out = inDir(dir, "json-missing.out.xlsx");
    const run = await cli("analyze", file, "--out", out, "--json", inDir(dir, "no-such-folder/report.json"));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`Cannot write ${inDir(dir, "no-such-folder/report.json")}: the folder ${inDir(dir, "no-such-folder")} does not exist.`);
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(file)).toBe(hash);
  });

  it("--out naming a folder", async () => {
    const file = await write(model(), inDir(dir, "out-folder.xlsx"));
    const folder = inDir(dir, "a-folder");
    fs.mkdirSync(folder);
    const run = await cli("analyze", file, "--out", folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`Cannot write ${folder}: it is a folder.`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it("a broken workbook with --json into a missing folder is a usage error too (the report could not be written)", async () => {
    const file = await write(model({ clients: [["Client", "Segment", "Distance", "Visits per month"], ["Acme", "Home", "far", 1]] }), inDir(dir, "broken-json.xlsx"));
    const run = await cli("analyze", file, "--json", inDir(dir, "nowhere/report.json"));
    expect(run.code).toBe(2);
    expect(fs.existsSync(inDir(dir, "broken-json.priced.xlsx"))).toBe(false);
  });
});
