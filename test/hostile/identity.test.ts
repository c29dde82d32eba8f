/**
 * Inputs are never overwritten, whatever they are called (PRICING.md §7): the workbook and the
 * `--time-log` CSV are compared with the outputs by file identity (device and inode), not by
 * spelling. Inputs that are not files (a FIFO, a device) are refused at once; outputs that cannot
 * be written are exit 2 naming the file; a killed run's temporary files are swept; an exit-1 run
 * says when an earlier result is still beside its report.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ACME, CLIENT_HEADER, cli, inDir, model, sha256, tempDir, write } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const LOG = "Client,Date,Hours,On site\nAcme Dental,2025-07-01,2,Yes\n";

describe("the input workbook is never the output, however it is spelled", () => {
  it("--out as a hard link to the input (another name, the same file): exit 2, the input unchanged", async () => {
    const file = await write(model(), inDir(dir, "linked.xlsx"));
    const link = inDir(dir, "another-name.xlsx");
    fs.linkSync(file, link);
    const before = sha256(file);
    const run = await cli("analyze", file, "--out", link);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out must not be the input file");
    expect(sha256(file)).toBe(before);
  });

  it("--json as a symbolic link to the input: exit 2", async () => {
    const file = await write(model(), inDir(dir, "sym.xlsx"));
    const link = inDir(dir, "report.json");
    fs.symlinkSync(file, link);
    const before = sha256(file);
    const run = await cli("analyze", file, "--json", link);
    expect(run.code).toBe(2);
    expect(sha256(file)).toBe(before);
  });
});

describe("the --time-log CSV is an input too", () => {
  it("--json naming the CSV by another path (dir/../log.csv): exit 2, the CSV unchanged", async () => {
    const file = await write(model(), inDir(dir, "with-log.xlsx"));
    const log = inDir(dir, "log.csv");
    fs.writeFileSync(log, LOG);
    fs.mkdirSync(inDir(dir, "sub"));
    const run = await cli("analyze", file, "--time-log", log, "--json", path.join(dir, "sub", "..", "log.csv"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--json must not be the --time-log file");
    expect(fs.readFileSync(log, "utf8")).toBe(LOG);
  });

  it("--out as a hard link to the CSV: exit 2", async () => {
    const file = await write(model(), inDir(dir, "with-log2.xlsx"));
    const log = inDir(dir, "log2.csv");
    fs.writeFileSync(log, LOG);
    fs.linkSync(log, inDir(dir, "log2-link.xlsx"));
    const run = await cli("analyze", file, "--time-log", log, "--out", inDir(dir, "log2-link.xlsx"));
    expect(run.code).toBe(2);
    expect(fs.readFileSync(log, "utf8")).toBe(LOG);
  });
});

describe("inputs that are not files are refused at once", () => {
  it("a FIFO as the workbook: exit 2 in well under a second, nothing read from it", async () => {
    const fifo = inDir(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const started = Date.now();
    const run = await cli("analyze", fifo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("it is not a saved file (a device, a pipe or a socket)");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("/dev/zero as the workbook (a device that never ends): exit 2", async () => {
    const run = await cli("analyze", "/dev/zero", "--out", inDir(dir, "zero.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not a saved file");
  });

  it("a FIFO as --time-log: exit 2", async () => {
    const file = await write(model(), inDir(dir, "fifo-log.xlsx"));
    const fifo = inDir(dir, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    const run = await cli("analyze", file, "--time-log", fifo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("not a saved file");
  });
});

describe("outputs", () => {
  it("an output that cannot be written (a read-only file system): exit 2 naming the file, no stack trace", async () => {
    const file = await write(model(), inDir(dir, "ro.xlsx"));
    const run = await cli("analyze", file, "--out", "/proc/result.xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write \/proc\/result\.xlsx: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("a temporary file left by a killed run is swept; a live run's is left alone", async () => {
    const file = await write(model(), inDir(dir, "sweep.xlsx"));
    const out = inDir(dir, "sweep-result.xlsx");
    // Process ids that no running process holds (the kernel's maximum is far below 2^31 - 2).
    const dead = inDir(dir, ".sweep-result.xlsx.2147483646.tmp");
    const live = inDir(dir, `.sweep-result.xlsx.${process.ppid}.tmp`);
    fs.writeFileSync(dead, "half a workbook");
    fs.writeFileSync(live, "another run, still writing");
    const run = await cli("analyze", file, "--out", out);
    expect(run.code).toBe(0);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith(".sweep-result.xlsx.") && f !== path.basename(live))).toEqual([]);
  });

  it("an exit-1 run says that the earlier result beside its report is not this run's", async () => {
    const file = inDir(dir, "changing.xlsx");
    const out = inDir(dir, "changing-result.xlsx");
    await write(model(), file);
    expect((await cli("analyze", file, "--out", out)).code).toBe(0);
    await write(model({ clients: [CLIENT_HEADER, [...ACME.slice(0, 3), "far", ...ACME.slice(4)]] }), file);
    const run = await cli("analyze", file, "--out", out, "--json", inDir(dir, "changing.json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Note: ${out} is an earlier result, left as it was: it does not reflect the workbook as it is now.`);
  });
});
