/**
 * The proposal on paper (PRICING.md §5b: "It fits on one printed page"), printed by a program we
 * did not write: the sheet written by the .xlsx shell, converted to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`, installed by tools/setup.sh), is exactly one page.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { applyPlan } from "../../../src/shells/xlsx/write/applyPlan";
import { planProposalSheet, resolveProposal } from "../../../src/core/report/sheets/planProposal";
import { workedExampleSeats } from "../../support/workedExamples";

jest.setTimeout(180_000);

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe("the proposal printed through LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "proposal-pdf-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is one page, with ten long benefits and a client on a tier with every per-unit price", async () => {
    const v2 = workedExampleSeats();
    const model = { ...v2.model, benefits: Array.from({ length: 10 }, (_, i) => `Benefit ${i + 1}: something an agreement brings you every single month, in one sentence`) };
    const resolved = resolveProposal(v2.analysis, model, { client: "Harbor Law", tier: "Business Plus" });
    if (!resolved.ok) throw new Error("Harbor Law is in the §8b workbook");
    const workbook = new ExcelJS.Workbook();
    applyPlan(workbook, { sheets: [planProposalSheet(resolved, model, "Proposal – Harbor Law")] });
    const xlsx = path.join(dir, "proposal.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    // A profile of its own, so a LibreOffice already running for someone else is never reused.
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "pipe", timeout: 170_000 });
    expect(pageCount(fs.readFileSync(path.join(dir, "proposal.pdf")))).toBe(1);
  });
});
