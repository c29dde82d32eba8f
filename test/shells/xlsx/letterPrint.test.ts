/**
 * The price-change letter on paper (PRICING.md §5d: "It fits on one printed page"), printed by a
 * program we did not write: the sheet written by the .xlsx shell, converted to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`), is exactly one page — with everything a letter can hold:
 * extra hours, travel, a long client name and contact, and ten long benefits.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/shells/xlsx/write/applyPlan";
import { planLetterSheet, resolveLetter } from "../../../src/core/report/sheets/planLetter";
import { analyze } from "../../../src/core/pricing/analyze";
import { parseModel } from "../../../src/core/workbook/parseModel";
import { grid, settingsGrid } from "../../core/workbook/helpers";

jest.setTimeout(180_000);

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe("the price-change letter printed through LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "letter-pdf-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is one page, with extra hours, travel, a long name and ten long benefits", async () => {
    const client = "The Riverside Community Veterinary Hospital and Boarding Kennels";
    const parsed = parseModel([
      settingsGrid([
        ["Business name", "Summit IT Services of the Greater Riverside Area"],
        ["Contact", "accounts-and-support@summit-it-services.example · (555) 010-0100 · summit-it-services.example"],
        ["Annual increase", "7.5%"],
      ]),
      grid("tiers", [["Tier", "Monthly fee", "Included hours", "Response time (hours)", "Travel included", "Per user"], ["Essentials Plus", 250, 2, 24, "No", 15]]),
      grid("clients", [
        ["Client", "Segment", "Tier", "Distance", "Visits per month", "Hours per visit", "Remote hours per month", "Users", "Renewal date"],
        [client, "Small business", "Essentials Plus", 22, 2, 1.5, 3, 12, "2026-09-30"],
      ]),
      grid("benefits", [["Benefit"], ...Array.from({ length: 10 }, (_, i) => [`Benefit ${i + 1}: something an agreement brings you every single month, told in one long sentence`])]),
    ]);
    expect(parsed.errors).toEqual([]);
    const model = parsed.model!;
    const letter = resolveLetter(analyze(model), model, client);
    if (!letter.ok) throw new Error(letter.why);
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, { sheets: [planLetterSheet(letter, model, "Letter – The Riverside Communit")] });
    const xlsx = path.join(dir, "letter.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    // A profile of its own, so a LibreOffice already running for someone else is never reused.
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "pipe", timeout: 170_000 });
    expect(pageCount(fs.readFileSync(path.join(dir, "letter.pdf")))).toBe(1);
    if (process.env.KEEP_LETTER_PDF) fs.copyFileSync(path.join(dir, "letter.pdf"), process.env.KEEP_LETTER_PDF);
  });
});
