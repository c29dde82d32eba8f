#!/usr/bin/env node
/**
 * `npm start [-- web --document URL]`: office-addin-debugging's start, with one guard. On Linux
 * there is no desktop Excel, and office-addin-debugging only says "platform not supported" and
 * exits 0; say what works instead (Excel on the web) and fail, so nobody waits for an Excel
 * window that will never open.
 */
const { spawnSync } = require("node:child_process");

const args = process.argv.slice(2);
const toWeb = args[0] === "web";
if (process.platform === "linux" && !toWeb) {
  console.error(
    [
      "Desktop Excel does not run on Linux. Use Excel on the web instead:",
      "  npm start -- web --document https://…/YourWorkbook.xlsx   (a workbook on OneDrive or SharePoint)",
      "or serve the add-in and upload manifest.xml by hand (Home › Add-ins › More Add-ins › Upload My Add-in):",
      "  npm run dev-server",
    ].join("\n"),
  );
  process.exit(1);
}
const bin = require.resolve("office-addin-debugging/cli.js");
const run = spawnSync(process.execPath, [bin, "start", "manifest.xml", ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
