/**
 * Charts as Excel chart parts (DrawingML, ECMA-376 Part 1 §21.2) and the drawing that anchors
 * them to cells (§20.5). Each is what the add-in's `sheet.charts.add` makes of a ChartSpec
 * (src/shells/excel/writeChart.ts): the type, the title, a legend at the bottom, one series per column
 * named by its header cell, categories and values read from the sheet's own cells, with the
 * values cached so a reader that does not recalculate (LibreOffice, a viewer) still draws them,
 * and each series' fill and line in its own colour (spPr: DrawingML §20.1.2.2.35 solidFill, §20.1.2.2.24 ln)
 * so a reader without the workbook's theme part still colours it (src/core/report/layout/chartLooks.ts).
 * No npm library writes a chart part into an existing package from a spec (see DECISIONS.md).
 */
import type { CellValue } from "../../../core/workbook/grid";
import type { SeriesLook } from "../../../core/report/layout/chartLooks";
import type { ChartContent, ChartData } from "./sheetContent";
import { NS, escapeXml } from "../packageParts";
import { absoluteRef, escapeText } from "./worksheetXml";

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

export function chartXml(sheet: string, chart: ChartContent): string {
  const bar = chart.type === "columnClustered" || chart.type === "barClustered";
  const horizontal = chart.type === "barClustered";
  const series = chart.series
    .map((s, i) => {
      const marker = bar ? "" : chart.type === "line" ? `<c:marker><c:symbol val="none"/></c:marker>` : s.look ? markerXml(s.look) : "";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${
          s.nameAt
            ? strRef(sheet, { top: s.nameAt.row, col: s.nameAt.col, bottom: s.nameAt.row, values: [s.name] })
            : `<c:v>${escapeText(s.name)}</c:v>`
        }</c:tx>` +
        (s.look ? seriesShape(s.look, bar) : "") +
        (bar ? `<c:invertIfNegative val="0"/>` : marker) +
        `<c:cat>${categories(sheet, chart.categories)}</c:cat>` +
        `<c:val>${numRef(sheet, s.values)}</c:val>` +
        (bar ? "" : `<c:smooth val="0"/>`) +
        `</c:ser>`
      );
    })
    .join("");
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const plot = bar
    ? `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const valueFormat = chart.valueFormat ?? chart.series[0]?.values.numFmt ?? "General";
  const linked = chart.valueFormat ? "0" : "1";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${chart.xAxisTitle ? title(chart.xAxisTitle, 1000) : ""}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>${chart.yAxisTitle ? title(chart.yAxisTitle, 1000) : ""}` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="${linked}"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

const DASH: Record<SeriesLook["dash"], string> = { solid: "solid", dash: "dash", dot: "sysDot" };
/** EMUs in a point (DrawingML line widths). */
const EMU_PER_POINT = 12700;

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/></a:solidFill>`;
}

/** The series' own colours: bars filled and outlined, a line drawn in its colour and dash. */
function seriesShape(look: SeriesLook, bar: boolean): string {
  const line = `<a:ln w="${Math.round(look.lineWeight * EMU_PER_POINT)}" cap="rnd">${solid(look.color)}<a:prstDash val="${DASH[look.dash]}"/><a:round/></a:ln>`;
  return `<c:spPr>${bar ? solid(look.color) : ""}${line}</c:spPr>`;
}

/** A line with markers: circles in the series' colour. */
function markerXml(look: SeriesLook): string {
  return `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(look.color)}<a:ln>${solid(look.color)}</a:ln></c:spPr></c:marker>`;
}

/** A title in the chart's rich text; `size` in hundredths of a point. */
function title(text: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function ref(sheet: string, d: ChartData<unknown>): string {
  return escapeXml(absoluteRef(sheet, d.top, d.col, d.bottom, d.col));
}

function strRef(sheet: string, d: ChartData<string | CellValue>): string {
  const points = d.values
    .map((v, i) => (v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strRef><c:f>${ref(sheet, d)}</c:f><c:strCache><c:ptCount val="${d.values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, d: ChartData<number | null>): string {
  const points = d.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:numRef><c:f>${ref(sheet, d)}</c:f><c:numCache><c:formatCode>${escapeText(d.numFmt ?? "General")}</c:formatCode>` +
    `<c:ptCount val="${d.values.length}"/>${points}</c:numCache></c:numRef>`
  );
}

/** Numbers (drive minutes) as a numeric category axis, anything else as text. */
function categories(sheet: string, d: ChartData<CellValue>): string {
  const numeric = d.values.length > 0 && d.values.every((v) => typeof v === "number");
  return numeric ? numRef(sheet, d as ChartData<number | null>) : strRef(sheet, d);
}

/** The drawing part: one two-cell anchor per chart over its cells, `rIds[i]` its chart relationship. */
export function drawingXml(charts: readonly ChartContent[], rIds: readonly string[]): string {
  const anchors = charts
    .map((chart, i) => {
      const p = chart.placeAt;
      const corner = (tag: string, col: number, row: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${corner("from", p.left, p.top)}${corner("to", p.right + 1, p.bottom + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${rIds[i]}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`
  );
}
