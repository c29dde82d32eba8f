/**
 * The hostile-file suite (issue: "files that must never hurt"): every file of the catalogue is
 * analysed by the command line in a child process of its own, with a 1 GB heap
 * (`--max-old-space-size=1024`) and a 60 s timeout; each must end by itself within both, with the
 * exit code PRICING.md §7 gives it, one sentence instead of a stack trace, its input unchanged and
 * no result beside a refusal. Peak memory is measured with /usr/bin/time (resident set, KB).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureBundle } from "../../tools/cliBundle";
import { HOSTILE, type HostileFile } from "./catalogue";
import { sha256, tempDir } from "./helpers";

const SECONDS = 60;
const MEMORY_KB = 1024 * 1024;

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = tempDir();
  bundle = (await ensureBundle()).file;
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ChildRun {
  code: number | null;
  stderr: string;
  seconds: number;
  maxRssKb: number;
  timedOut: boolean;
}

/** `analyze FILE --json … --out …` in a child process, killed (and failed) after 60 s. */
function analyzeInChild(file: string, json: string, out: string): Promise<ChildRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("/usr/bin/time", ["-f", "MAXRSS_KB=%M", process.execPath, "--max-old-space-size=1024", bundle, "analyze", file, "--json", json, "--out", out], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 100_000) stderr += d.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, SECONDS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const rss = /MAXRSS_KB=(\d+)/.exec(stderr);
      resolve({
        code,
        stderr: stderr.replace(/MAXRSS_KB=\d+\s*$/, "").replace(/Command exited with non-zero status \d+\s*$/, "").trim(),
        seconds: (Date.now() - started) / 1000,
        maxRssKb: rss ? Number(rss[1]) : Infinity,
        timedOut,
      });
    });
  });
}

it("the catalogue holds at least 40 hostile files, each named once", () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  expect(new Set(HOSTILE.map((h) => h.name)).size).toBe(HOSTILE.length);
});

describe.each(HOSTILE.map((h) => [h.name, h] as [string, HostileFile]))("%s", (_name, hostile) => {
  it(`${hostile.what}: ends by itself under ${SECONDS} s and 1 GB, exit ${hostile.expected}`, async () => {
    const file = path.join(dir, hostile.name);
    fs.writeFileSync(file, await hostile.bytes());
    const before = sha256(file);
    const json = `${file}.json`;
    const out = `${file}.out.xlsx`;
    const run = await analyzeInChild(file, json, out);

    expect(run.timedOut).toBe(false);
    expect(run.seconds).toBeLessThan(SECONDS);
    expect(run.maxRssKb).toBeLessThan(MEMORY_KB);
    expect({ code: run.code, stderr: run.stderr.slice(0, 600) }).toEqual({ code: hostile.expected, stderr: expect.any(String) });
    // A sentence, never a stack trace.
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Unexpected failure|RangeError|TypeError/);
    expect(sha256(file)).toBe(before);
    if (hostile.expected === 2) {
      expect(run.stderr).toMatch(/^Cannot read /);
      expect(run.stderr.split("\n")).toHaveLength(1);
      if (hostile.says) expect(run.stderr).toMatch(hostile.says);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(json)).toBe(false);
    }
    if (hostile.expected === 0) {
      const report = JSON.parse(fs.readFileSync(json, "utf8")) as { clients: { client: string; hourlyRevenue: number }[] };
      // §8: Acme Dental's hourly revenue is 777.50.
      expect(report.clients.map((c) => c.client)).toEqual(["Acme Dental"]);
      expect(report.clients[0]!.hourlyRevenue).toBeCloseTo(777.5, 9);
      expect(fs.existsSync(out)).toBe(true);
    }
  }, (SECONDS + 30) * 1000);
});
