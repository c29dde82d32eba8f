/**
 * Where the pane cannot run it says so in a sentence (a blank pane tells the user nothing):
 * outside Excel, "Open this in Excel"; in an Excel without the ExcelApi the shell needs, that it is
 * too old. The manifest asks for ExcelApi 1.9, so Office 2016/2019 (Internet Explorer and Edge
 * Legacy webviews: "Support older Microsoft webviews and Office versions") are not offered it.
 */
import { readFileSync } from "node:fs";
import { unsupportedHost } from "../../../src/apps/taskpane/hostCheck";

const excel = (api: string) => ({ host: "Excel", supportsExcelApi: (v: string) => Number(v.split(".")[1]) <= Number(api.split(".")[1]) });

test("Excel with ExcelApi 1.9 runs the pane", () => {
  expect(unsupportedHost(excel("1.9"))).toBeNull();
});

test.each([["Word"], ["PowerPoint"], [null]])("opened in %s, the pane says to open it in Excel", (host) => {
  expect(unsupportedHost({ host, supportsExcelApi: () => true })).toMatch(/^Open this in Excel/);
});

test("an Excel below ExcelApi 1.7 is told it is too old", () => {
  expect(unsupportedHost(excel("1.6"))).toMatch(/too old/);
});

test("the manifest asks for ExcelApi 1.9 and the page warns Trident and EdgeHTML webviews before the bundle loads", () => {
  expect(readFileSync("manifest.xml", "utf8")).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  const html = readFileSync("src/apps/taskpane/taskpane.html", "utf8");
  expect(html).toMatch(/indexOf\("Trident"\)/);
  expect(html).toMatch(/indexOf\("Edge\/"\)/);
});
