/**
 * After `npm run build`: the JavaScript that dist/taskpane.html loads, raw and gzipped (what a
 * user downloads). The budget is 200 KB gzipped; `--check` makes going over it an error.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BUDGET_KB = 200;
const dist = path.join(__dirname, "..", "dist");
const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src)); // Office.js comes from the CDN

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let total = 0;
for (const src of scripts) {
  const bytes = fs.readFileSync(path.join(dist, src.replace(/^\//, "")));
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${src}: ${kb(bytes.length)}, ${kb(gz)} gzipped`);
}
const verdict = total <= BUDGET_KB * 1024 ? "within" : "OVER";
console.log(`Task pane JavaScript: ${kb(total)} gzipped (${verdict} the ${BUDGET_KB} KB budget)`);
if (process.argv.includes("--check") && verdict === "OVER") process.exit(1);
