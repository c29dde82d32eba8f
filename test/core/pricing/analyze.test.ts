/** analyze as a whole: the shape of the report and the warnings it adds. */
import { analyze } from "../../../src/core/pricing/analyze";
import { ACME_DENTAL, BUSINESS, makeClient, makeModel } from "./fixtures";

describe("analyze", () => {
  it("reports no errors of its own, and a rate card", () => {
    const a = analyze(makeModel({ tiers: [BUSINESS], clients: [ACME_DENTAL], benefits: ["One", "Two"] }));
    expect(a.errors).toEqual([]);
    expect(a.warnings).toEqual([]);
    expect(a.rateCard?.tiers.map((t) => t.tier)).toEqual(["Business"]);
    expect(a.rateCard?.benefits).toEqual(["One", "Two"]);
  });

  it("finds the client's tier ignoring case and surrounding spaces; `Hourly` and blank bill by the hour", () => {
    const a = analyze(
      makeModel({
        tiers: [BUSINESS],
        clients: [
          { ...ACME_DENTAL, tier: " business " },
          { ...ACME_DENTAL, tier: "Hourly" },
          { ...ACME_DENTAL, tier: "" },
        ],
      }),
    );
    expect(a.clients.map((c) => c.tier)).toEqual(["Business", null, null]);
    expect(a.clients.map((c) => c.currentRevenue)).toEqual([900, 777.5, 777.5]);
  });

  it("prices a client naming an unknown tier by the hour, with a warning naming the client", () => {
    const a = analyze(makeModel({ tiers: [BUSINESS], clients: [{ ...ACME_DENTAL, tier: "Gold" }] }));
    expect(a.clients[0].tier).toBeNull();
    expect(a.clients[0].currentRevenue).toBe(777.5);
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0].message).toContain("Acme Dental");
    expect(a.warnings[0].message).toContain("Gold");
  });

  it("handles a model without clients", () => {
    const a = analyze(makeModel({ tiers: [BUSINESS] }));
    expect(a.clients).toEqual([]);
    expect(a.segments).toEqual([]);
    expect(a.totals.clients).toBe(0);
    expect(a.travel.bands).toHaveLength(5);
    expect(a.travel.referenceVisitHours).toBe(1);
  });

  it("keeps client order and spelling in the rows", () => {
    const a = analyze(
      makeModel({ clients: [makeClient({ name: "Zed", segment: " home" }), makeClient({ name: "Amy", segment: "Home" })] }),
    );
    expect(a.clients.map((c) => [c.client, c.segment])).toEqual([
      ["Zed", " home"],
      ["Amy", "Home"],
    ]);
    expect(a.segments.map((s) => s.segment)).toEqual(["home"]); // first spelling, trimmed
  });
});
