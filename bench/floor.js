/**
 * The floor of a whole `analyze` run (bench/cli.ts): a bare Node.js process that requires ExcelJS,
 * reads the workbook and writes it back with a results sheet of the same client rows (values
 * computed beforehand, given as JSON), and nothing else.
 *   node bench/floor.js INPUT.xlsx OUTPUT.xlsx ROWS.json
 */
"use strict";
const fs = require("node:fs");
const ExcelJS = require("exceljs");

const [input, output, rowsFile] = process.argv.slice(2);
(async () => {
  const { headers, rows } = JSON.parse(fs.readFileSync(rowsFile, "utf8"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(input));
  const ws = workbook.addWorksheet("Pricing Results");
  ws.addRow(headers);
  ws.addRows(rows);
  fs.writeFileSync(output, Buffer.from(await workbook.xlsx.writeBuffer()));
})();
