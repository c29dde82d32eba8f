/**
 * Printing a workbook with a program we did not write: LibreOffice converts the .xlsx to PDF
 * (`soffice --headless --convert-to pdf`, installed by tools/setup.sh), poppler counts its pages
 * (`pdfinfo`) and renders them (`pdftoppm`), as PPM so the test reads pixels without an image library.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Writes `name.xlsx` in `dir`, prints it to `name.pdf` there and returns the PDF's path. */
export function printToPdf(bytes: Buffer, dir: string, name: string): string {
  const xlsx = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(xlsx, bytes);
  // A profile of its own, so a LibreOffice already running for someone else is never reused.
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "pipe", timeout: 170_000 });
  return path.join(dir, `${name}.pdf`);
}

/** What pdfinfo says of the PDF: its pages and the first page's size in points. */
export function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel, row by row. */
  rgb: Buffer;
}

/** Every page of the PDF rendered at `dpi` (pdftoppm's PPM: "P6 width height 255" then the pixels). */
export function renderPages(pdf: string, dpi: number): Raster[] {
  const prefix = pdf.replace(/\.pdf$/, "-page");
  execFileSync("pdftoppm", ["-r", String(dpi), pdf, prefix], { stdio: "pipe", timeout: 120_000 });
  const dir = path.dirname(pdf);
  const base = path.basename(prefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".ppm"))
    .sort()
    .map((f) => parsePpm(fs.readFileSync(path.join(dir, f))));
}

function parsePpm(bytes: Buffer): Raster {
  // Header: magic, width, height, max value, each separated by whitespace, then one whitespace byte.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header || header[3] !== "255") throw new Error("not an 8-bit PPM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, rgb: bytes.subarray(header[0].length, header[0].length + width * height * 3) };
}

/** Pixels within `tolerance` of #RRGGBB on every channel. */
export function pixelsOf(raster: Raster, color: string, tolerance = 16): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) {
    if (Math.abs(raster.rgb[i]! - r) <= tolerance && Math.abs(raster.rgb[i + 1]! - g) <= tolerance && Math.abs(raster.rgb[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}
