/** PRICING.md v2's promises over random models (fast-check). */
import fc from "fast-check";
import { analyze } from "../../../src/core/pricing/analyze";
import { clientBasis } from "../../../src/core/pricing/clientBasis";
import { agreementRevenue } from "../../../src/core/pricing/clientFigures";
import { tierLookup } from "../../../src/core/pricing/tierLookup";
import type { Model } from "../../../src/core/workbook/model";
import { modelArb } from "./arbitraries";
import { v1ClientFigures } from "./flatTierReference";

/** The model with none of v2's columns and settings: what a first-version workbook reads as. */
function asV1(model: Model): Model {
  return {
    ...model,
    settings: { ...model.settings, toolCostPerUser: 0, toolCostPerDevice: 0, toolCostPerServer: 0, annualIncrease: 0 },
    tiers: model.tiers.map((t) => ({ ...t, perUser: 0, perDevice: 0, perServer: 0, minimumFee: 0, onboardingFee: 0 })),
    clients: model.clients.map((c) => ({ ...c, users: 0, devices: 0, servers: 0 })),
  };
}

const V1_SEGMENT_FIELDS = ["clients", "workHours", "travelHours", "hourlyRevenue", "currentRevenue", "recommendedRevenue", "cost", "currentMargin", "annualRevenuePerClient", "revenuePerHour"] as const;

describe("seats, tools, minimum fees and capacity: invariants", () => {
  it("a v1 workbook gives exactly the v1 figures, bit for bit", () => {
    fc.assert(
      fc.property(modelArb, (random) => {
        const model = asV1(random);
        const s = model.settings;
        const tierOf = tierLookup(model.tiers);
        const v1 = model.clients.map((c) => v1ClientFigures(tierOf(c.tier) ?? null, clientBasis(c, s, model.travelZones), model.tiers, s, c.segment));
        // §2's proviso: no tier ties within 1e-9 that are not exact (v1 compared margins exactly).
        for (const c of model.clients) {
          const b = clientBasis(c, s, model.travelZones);
          const margins = model.tiers.map((t) => agreementRevenue(t, b, s));
          fc.pre(margins.every((m, i) => margins.every((n, j) => i === j || m === n || Math.abs(m - n) > 1e-9)));
        }
        const a = analyze(model);
        a.clients.forEach((row, i) => {
          const picked = Object.fromEntries(Object.keys(v1[i]).map((k) => [k, row[k as keyof typeof row]]));
          expect(picked).toEqual(v1[i]); // toEqual tells +0 from −0: bit for bit
        });
        // Segments: the v1 sums in client row order.
        a.segments.forEach((seg) => {
          const rows = v1.filter((_, i) => model.clients[i].segment.trim().toLowerCase() === seg.segment.toLowerCase());
          const sum = (k: keyof (typeof v1)[number]) => rows.reduce((n, r) => n + (r[k] as number), 0);
          expect(seg.currentRevenue).toBe(sum("currentRevenue"));
          expect(seg.cost).toBe(sum("cost"));
          expect(seg.recommendedRevenue).toBe(sum("recommendedRevenue"));
          expect(seg.currentMargin).toBe(sum("currentMargin"));
        });
        // And the v1 fields of the report are the same whatever v2 settings leave at their default.
        const again = analyze({ ...model, settings: { ...s, contractTerm: 36, technicians: 3, billableHoursPerTechnician: 90 } });
        for (const k of V1_SEGMENT_FIELDS) expect(again.totals[k]).toBe(a.totals[k]);
        expect(again.travel).toEqual(a.travel);
      }),
    );
  });

  it("adding a user (or a device, or a server) never lowers a tier's revenue", () => {
    fc.assert(
      fc.property(modelArb, fc.constantFrom("users", "devices", "servers" as const), (model, unit) => {
        const { settings: s, travelZones: zones } = model;
        for (const client of model.clients) {
          const before = clientBasis(client, s, zones);
          const after = clientBasis({ ...client, [unit]: client[unit] + 1 }, s, zones);
          for (const tier of model.tiers) expect(agreementRevenue(tier, after, s)).toBeGreaterThanOrEqual(agreementRevenue(tier, before, s));
        }
      }),
    );
  });

  it("a tool cost never raises a margin", () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.constantFrom("toolCostPerUser", "toolCostPerDevice", "toolCostPerServer" as const),
        fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
        (model, key, more) => {
          const before = analyze(model);
          const after = analyze({ ...model, settings: { ...model.settings, [key]: model.settings[key] + more } });
          after.clients.forEach((row, i) => {
            const was = before.clients[i];
            expect(row.currentMargin).toBeLessThanOrEqual(was.currentMargin);
            expect(row.hourlyMargin).toBe(was.hourlyMargin);
            row.tierOptions.forEach((o, j) => expect(o.margin).toBeLessThanOrEqual(was.tierOptions[j].margin));
            // (recommendedMargin may rise: a tier the tools push below the bar leaves the client
            // hourly, and an hourly client carries no tools.)
          });
          expect(after.totals.currentMargin).toBeLessThanOrEqual(before.totals.currentMargin + 1e-9);
        },
      ),
    );
  });
});
