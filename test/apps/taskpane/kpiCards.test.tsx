/** @jest-environment jsdom */
/** PRICING.md v2's key figures in the pane: capacity, and the margin after tools. */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { KpiCards } from "../../../src/apps/taskpane/components/KpiCards";
import { makeFormats } from "../../../src/apps/taskpane/format";
import { KPIS } from "./fakeService";

const formats = makeFormats("en-US", "USD");
const show = (props: Partial<Parameters<typeof KpiCards>[0]> = {}) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <KpiCards kpis={KPIS} annualHours={{ work: 1000, travel: 180 }} formats={formats} {...props} />
    </FluentProvider>,
  );

describe("KPI cards", () => {
  it("say how much of the team's hours the book uses, and what is left", () => {
    show();
    const card = screen.getByRole("region", { name: "Capacity" });
    expect(card).toHaveTextContent("82.0%");
    expect(card).toHaveTextContent("uses 82.0% of your 120 hours a month");
    expect(card).toHaveTextContent("21.6 h a month left"); // 120 − 98.4
  });

  it("say when the book needs more hours than the team has", () => {
    show({ kpis: { ...KPIS, usedHours: 150, utilisation: 1.25 } });
    expect(screen.getByRole("region", { name: "Capacity" })).toHaveTextContent("30 h a month more than you have");
  });

  it("call the margin after tools when the workbook costs tools", () => {
    show({ afterTools: true });
    expect(screen.getByRole("region", { name: "Margin after tools" })).toHaveTextContent("after the tools of clients on agreements");
    show();
    expect(screen.getByRole("region", { name: "Margin" })).toBeInTheDocument();
  });
});
