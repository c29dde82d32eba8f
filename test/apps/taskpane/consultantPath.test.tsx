/**
 * @jest-environment jsdom
 *
 * The whole pane as a consultant meets it: the real App over the real Excel service and Office.js
 * shell, with Excel replaced by the strict in-memory model (as the end-to-end suite does in Chromium).
 */
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createFakeExcel, installFakeExcel } from "../../../src/testing/fakeExcel";
import { App } from "../../../src/apps/taskpane/App";
import { createExcelService } from "../../../src/apps/taskpane/excelService";

it("empty workbook → Create sample model → Analyze → KPI cards → Generate rate card", async () => {
  const user = userEvent.setup();
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
  installFakeExcel(fake);
  render(<App service={createExcelService()} locale="en-US" />);

  await user.click(await screen.findByRole("button", { name: "Create sample model" }));
  const tables = await screen.findByRole("list", { name: "Tables found" });
  expect(within(tables).getAllByText(/^Excel table/)).toHaveLength(6); // the sample's six tables, its Time log among them

  await user.click(screen.getByRole("button", { name: "Analyze" }));
  const revenue = await screen.findByRole("region", { name: "Annual revenue" });
  expect(revenue).toHaveTextContent(/^Annual revenue\$[\d,]+Today, from \d+ clients/);
  expect(fake.workbook.sheet("Pricing Results")).toBeDefined();

  await user.click(screen.getByRole("button", { name: "Generate rate card" }));
  expect(await screen.findByText(/Your rate card is on the “Rate Card” sheet/)).toBeInTheDocument();
  expect(fake.workbook.activeSheet?.name).toBe("Rate Card");
});

it("a broken cell: the error names it, choosing it selects it, and nothing is written", async () => {
  const user = userEvent.setup();
  const fake = createFakeExcel({
    sheets: [
      { name: "Tiers", values: [["Tier", "Monthly fee"], ["Business", 900]] },
      { name: "Clients", values: [["Client", "Segment", "Distance", "Visits per month"], ["Acme Dental", "Small business", "far", 2]] },
    ],
  });
  installFakeExcel(fake);
  render(<App service={createExcelService()} />);

  await user.click(await screen.findByRole("button", { name: "Analyze" }));
  await user.click(await screen.findByRole("button", { name: "Go to Clients!C2" }));

  expect(fake.workbook.selection).toEqual({ sheet: "Clients", address: "C2" });
  expect(fake.workbook.sheetNames()).toEqual(["Tiers", "Clients"]);
});
