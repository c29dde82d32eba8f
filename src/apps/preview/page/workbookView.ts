/**
 * The read-only view of the in-memory workbook beside the pane: one tab per sheet, the sheet's
 * tables and charts in words, and its cells as a grid (the first rows and columns of a big sheet).
 * When the add-in activates a sheet or selects a cell, the view follows, as Excel would.
 */
import { columnLetter } from "../../../core/workbook/address";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../../testing/fakeExcel/snapshot";
import { parseRect, type Rect } from "../../../testing/fakeExcel/state";
import { cellText } from "./cellText";

/** Enough to see what was written; a 50,000-client sheet would only slow the page down. */
const MAX_ROWS = 200;
const MAX_COLS = 30;

const CHART_TYPES: Record<string, string> = {
  ColumnClustered: "Column chart",
  BarClustered: "Bar chart",
  Line: "Line chart",
  LineMarkers: "Line chart with markers",
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export class WorkbookView {
  private shown: string | null = null;
  private lastActive: string | null = null;
  private lastSelection = "";
  private snapshot: WorkbookSnapshot | null = null;

  constructor(private readonly root: HTMLElement) {}

  update(snapshot: WorkbookSnapshot): void {
    this.snapshot = snapshot;
    const selection = snapshot.selection ? `${snapshot.selection.sheet}!${snapshot.selection.address}` : "";
    // Follow the workbook when the add-in moves it (a new active sheet, a selected cell).
    if (snapshot.activeSheet !== this.lastActive || selection !== this.lastSelection) this.shown = snapshot.activeSheet;
    this.lastActive = snapshot.activeSheet;
    this.lastSelection = selection;
    if (!snapshot.sheets.some((s) => s.name === this.shown)) this.shown = snapshot.sheets[0]?.name ?? null;
    this.render();
  }

  private show(name: string, focus: boolean): void {
    this.shown = name;
    this.render();
    if (focus) this.root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  private render(): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const hadFocus = this.root.contains(document.activeElement) && document.activeElement?.getAttribute("role") === "tab";
    const sheet = snapshot.sheets.find((s) => s.name === this.shown);
    this.root.replaceChildren(this.tabs(snapshot), sheet ? this.panel(sheet, snapshot) : el("p", { className: "empty" }, "No sheets."));
    if (hadFocus) this.root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }

  private tabs(snapshot: WorkbookSnapshot): HTMLElement {
    const list = el("div", { role: "tablist" });
    list.setAttribute("aria-label", "Sheets");
    const names = snapshot.sheets.map((s) => s.name);
    snapshot.sheets.forEach((sheet, i) => {
      const selected = sheet.name === this.shown;
      const label = sheet.visibility === "Visible" ? sheet.name : `${sheet.name} (hidden)`;
      const tab = el("button", { type: "button", role: "tab", id: `sheet-tab-${i}`, tabIndex: selected ? 0 : -1 }, label);
      tab.setAttribute("aria-selected", String(selected));
      tab.setAttribute("aria-controls", "sheet-panel");
      tab.addEventListener("click", () => this.show(sheet.name, false));
      tab.addEventListener("keydown", (event) => {
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        this.show(names[(i + step + names.length) % names.length]!, true);
      });
      list.append(tab);
    });
    return list;
  }

  private panel(sheet: SheetSnapshot, snapshot: WorkbookSnapshot): HTMLElement {
    const index = snapshot.sheets.indexOf(sheet);
    const panel = el("div", { role: "tabpanel", id: "sheet-panel" });
    panel.setAttribute("aria-labelledby", `sheet-tab-${index}`);
    const selection = snapshot.selection && snapshot.selection.sheet === sheet.name ? parseRect(snapshot.selection.address) : null;
    panel.append(this.facts(sheet, snapshot), this.grid(sheet, selection));
    return panel;
  }

  private facts(sheet: SheetSnapshot, snapshot: WorkbookSnapshot): HTMLElement {
    const facts = el("div", { className: "facts" });
    const line: string[] = [];
    if (snapshot.activeSheet === sheet.name) line.push("Active sheet");
    if (snapshot.selection?.sheet === sheet.name) line.push(`selected cell ${snapshot.selection.address}`);
    const owner = snapshot.names.find((n) => n.name.startsWith("ServicePricer_Owned_") && n.sheet === sheet.name);
    if (owner) line.push(`written by the add-in (marked by the name ${owner.name})`);
    if (sheet.frozenRows) line.push(`${sheet.frozenRows} frozen ${sheet.frozenRows === 1 ? "row" : "rows"}`);
    const fit = sheet.pageLayout.zoom;
    if (sheet.pageLayout.printArea) {
      const pages = fit.horizontalFitToPages ? `, fit to ${fit.horizontalFitToPages} × ${fit.verticalFitToPages ?? 1} page` : "";
      line.push(`print area ${sheet.pageLayout.printArea} (${sheet.pageLayout.orientation.toLowerCase()}${pages})`);
    }
    if (line.length) {
      const text = line.join(" · ");
      facts.append(el("div", {}, `${text[0]!.toUpperCase()}${text.slice(1)}.`));
    }

    const tables = sheet.tables.map((t) => `${t.name} (${t.range})`);
    facts.append(el("div", {}, tables.length ? `Tables: ${tables.join(", ")}.` : "No Excel tables."));
    if (sheet.charts.length) {
      const list = el("ul", {}, ...sheet.charts.map((c) => el("li", {}, chartText(c))));
      facts.append(el("div", {}, `${sheet.charts.length} ${sheet.charts.length === 1 ? "chart" : "charts"}:`), list);
    }
    return facts;
  }

  private grid(sheet: SheetSnapshot, selection: Rect | null): HTMLElement {
    const scroll = el("div", { className: "grid-scroll", tabIndex: 0 });
    scroll.setAttribute("role", "region");
    scroll.setAttribute("aria-label", `Cells of ${sheet.name}`);
    if (sheet.cells.length === 0) {
      scroll.append(el("p", { className: "empty" }, "This sheet is empty."));
      return scroll;
    }
    const bottom = sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
    const right = sheet.cells.reduce((m, c) => Math.max(m, c.col), 0);
    const rows = Math.min(bottom + 1, MAX_ROWS);
    const cols = Math.min(right + 1, MAX_COLS);
    const byKey = new Map<string, CellSnapshot>();
    for (const c of sheet.cells) if (c.row < rows && c.col < cols) byKey.set(`${c.row},${c.col}`, c);
    const tableRects = sheet.tables.map((t) => parseRect(t.range));
    const widths = new Map(sheet.columnWidths);

    const head = el("tr", {}, el("th", { scope: "col" }, el("span", { className: "visually-hidden" }, "Row")));
    for (let c = 0; c < cols; c++) {
      const th = el("th", { scope: "col" }, columnLetter(c));
      const points = widths.get(c);
      if (points) th.style.minWidth = `${Math.round((points * 4) / 3) - 8}px`;
      head.append(th);
    }
    const body = el("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = el("tr", {}, el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const cell = byKey.get(`${r},${c}`);
        const td = el("td");
        if (cell) {
          td.textContent = cellText(cell.value, cell.numberFormat);
          if (typeof cell.value === "number") td.classList.add("number");
          if (cell.font?.bold) td.classList.add("bold");
          if (cell.font?.italic) td.classList.add("italic");
          if (cell.formula) td.title = `Formula: ${cell.formula}`;
        }
        if (tableRects.some((t) => inside(t, r, c))) td.classList.add("in-table");
        if (selection && inside(selection, r, c)) {
          td.classList.add("selected");
          td.dataset.selected = "true";
        }
        tr.append(td);
      }
      body.append(tr);
    }
    const table = el("table", { className: "grid" }, el("thead", {}, head), body);
    scroll.append(table);
    if (bottom + 1 > rows || right + 1 > cols) {
      scroll.append(el("p", { className: "note" }, `Showing rows 1–${rows} and columns A–${columnLetter(cols - 1)} of ${bottom + 1} rows and ${right + 1} columns.`));
    }
    if (selection) queueMicrotask(() => scroll.querySelector<HTMLElement>("td.selected")?.scrollIntoView({ block: "nearest", inline: "nearest" }));
    return scroll;
  }
}

function inside(rect: Rect, r: number, c: number): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

function chartText(chart: SheetSnapshot["charts"][number]): string {
  const kind = CHART_TYPES[chart.type] ?? `${chart.type} chart`;
  const series = chart.series.map((s) => `${s.name} (${s.values ?? "no values"})`).join("; ");
  const categories = chart.series[0]?.xValues ? `, categories ${chart.series[0].xValues}` : "";
  const where = chart.position ? ` at ${chart.position}` : "";
  return `${kind} “${chart.title || chart.name}”${where}: ${series}${categories}.`;
}
