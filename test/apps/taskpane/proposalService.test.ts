/**
 * Make proposal through the real Office.js shell, against the strict in-memory Excel: the sheet
 * lands, marked as ours, shown at once; making it again updates that sheet; another client gets
 * its own; a user's sheet of that name is left alone. Round trips counted.
 */
import { createFakeExcel, installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "../../../src/testing/fakeExcel";
import { createExcelService } from "../../../src/apps/taskpane/excelService";
import { proposalMarker } from "../../../src/core/report/outputs/names";
import { workedExampleSeatsSheets } from "../../support/workedExamples";

/** PRICING.md §8b's workbook (test/support/workedExamples.ts), as plain sheets. */
const WORKBOOK: FakeWorkbookInit = { sheets: workedExampleSeatsSheets() };
const INPUT_SHEETS = ["Settings", "Tiers", "Clients", "Benefits"];

function excel(init: FakeWorkbookInit): FakeExcel {
  const fake = createFakeExcel(init);
  installFakeExcel(fake);
  return fake;
}

const HARBOR = "Proposal – Harbor Law";

describe("Make proposal in Excel", () => {
  it("writes the client's sheet, marks it as ours, shows it, in 4 round trips", async () => {
    const fake = excel(WORKBOOK);
    const before = fake.workbook.syncs;
    const outcome = await createExcelService().makeProposal!({ client: "harbor law", tier: "Business Plus" });
    expect(outcome).toEqual({ kind: "done", sheet: HARBOR, client: "Harbor Law", printSetUp: true });
    expect(fake.workbook.syncs - before).toBe(4); // 2 to read; 2 to write a new sheet (activated only after it exists, OfficeDev/office-js#930);
    expect(fake.workbook.sheetNames()).toEqual([...INPUT_SHEETS, HARBOR]);
    expect(fake.workbook.activeSheet?.name).toBe(HARBOR);
    expect(fake.workbook.name(proposalMarker(HARBOR))?.sheet?.name).toBe(HARBOR);
    expect(fake.workbook.get(HARBOR).value("A1")).toBe("Summit IT Services");
  });

  it("made again, updates that sheet; another client gets its own", async () => {
    const fake = excel(WORKBOOK);
    const service = createExcelService();
    await service.makeProposal!({ client: "Harbor Law", tier: "Business" });
    await service.makeProposal!({ client: "Harbor Law", tier: "Business Plus" });
    expect(fake.workbook.sheetNames()).toEqual([...INPUT_SHEETS, HARBOR]);
    const texts = (name: string) => {
      const out: unknown[] = [];
      for (let r = 1; r <= 40; r++) out.push(fake.workbook.get(name).value(`A${r}`));
      return out;
    };
    expect(texts(HARBOR)).toContain("Our offer: the Business Plus agreement");
    await service.makeProposal!({ client: "Acme Dental" });
    expect(fake.workbook.sheetNames()).toEqual([...INPUT_SHEETS, HARBOR, "Proposal – Acme Dental"]);
  });

  it("a tier another beats for the client, picked by hand: written as asked, with a warning naming the better tier (PRICING.md v3 §5b)", async () => {
    excel(WORKBOOK);
    const outcome = await createExcelService().makeProposal!({ client: "Harbor Law", tier: "Business" });
    expect(outcome).toEqual({
      kind: "done", sheet: HARBOR, client: "Harbor Law", printSetUp: true,
      warning: "Business is not the best buy for Harbor Law: Business Plus costs Harbor Law less over the 12-month contract and includes more hours, " +
        "and Harbor Law would see it on your rate card. The proposal offers Business, as you asked; consider Business Plus.",
    });
  });

  it("passes over a user's sheet of that name, and says when the client is gone", async () => {
    const fake = excel({ sheets: [...WORKBOOK.sheets, { name: HARBOR, values: [["mine"]] }] });
    const outcome = await createExcelService().makeProposal!({ client: "Harbor Law" });
    expect(outcome).toMatchObject({ kind: "done", sheet: `${HARBOR} (2)` });
    expect(fake.workbook.get(HARBOR).value("A1")).toBe("mine");
    expect(await createExcelService().makeProposal!({ client: "Nobody" })).toEqual({ kind: "gone", what: "client", name: "Nobody" });
  });
});
