import fs from "node:fs";
import path from "node:path";
import { cli, sha256, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let input: string;
beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, "model.xlsx");
  expect((await cli("sample", input)).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bad arguments exit 2 and touch nothing", () => {
  it.each([
    ["no command", []],
    ["an unknown command", ["price", "x.xlsx"]],
    ["analyze without a workbook", ["analyze"]],
    ["analyze with two workbooks", ["analyze", "a.xlsx", "b.xlsx"]],
    ["an unknown option", ["analyze", "model.xlsx", "--force"]],
    ["--out without a file", ["analyze", "model.xlsx", "--out"]],
    ["sample without a file", ["sample"]],
    ["demo with an argument", ["demo", "x"]],
  ])("%s", async (_, args) => {
    const hash = sha256(input);
    const run = await cli(...args.map((a) => (a === "model.xlsx" ? input : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage:");
    expect(run.stdout).toBe("");
    expect(sha256(input)).toBe(hash);
  });

  it("sample never replaces an existing workbook", async () => {
    const hash = sha256(input);
    const run = await cli("sample", input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("already exists: sample never overwrites a file");
    expect(sha256(input)).toBe(hash);
  });

  it("sample refuses a name Excel would not open as .xlsx, and a missing folder, writing nothing", async () => {
    const csv = await cli("sample", path.join(dir, "model.csv"));
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("name it .xlsx");
    const missing = await cli("sample", path.join(dir, "nowhere", "model.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does not exist");
    expect(fs.existsSync(path.join(dir, "model.csv"))).toBe(false);
  });

  it("refuses --out equal to the input, however it is spelled", async () => {
    const hash = sha256(input);
    const before = fs.readdirSync(dir).sort();
    for (const out of [input, path.join(dir, ".", "model.xlsx"), path.relative(process.cwd(), input)]) {
      const run = await cli("analyze", input, "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("input is never modified");
    }
    expect(sha256(input)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });

  it("refuses --json equal to the input", async () => {
    const hash = sha256(input);
    expect((await cli("analyze", input, "--json", input)).code).toBe(2);
    expect(sha256(input)).toBe(hash);
  });

  it("exits 2 on a missing file or a file that is not a workbook", async () => {
    const missing = await cli("analyze", path.join(dir, "nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const text = path.join(dir, "notes.xlsx");
    fs.writeFileSync(text, "not a zip");
    const bad = await cli("analyze", text);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not an .xlsx workbook");
    expect(fs.readFileSync(text, "utf8")).toBe("not a zip");
    expect(fs.existsSync(path.join(dir, "notes.priced.xlsx"))).toBe(false);
  });

  it("exits 2 when the result cannot be written", async () => {
    const run = await cli("analyze", input, "--out", path.join(dir, "no-such-folder", "out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cannot write");
  });

  it("prints the usage on --help and exits 0", async () => {
    const run = await cli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("analyze WORKBOOK.xlsx [--out RESULT.xlsx] [--json REPORT.json]");
  });
});
