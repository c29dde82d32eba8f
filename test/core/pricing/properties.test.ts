/** Invariants of PRICING.md §2–4 over random models (fast-check). */
import fc from "fast-check";
import { analyze } from "../../../src/core/pricing/analyze";
import { clientBasis } from "../../../src/core/pricing/clientBasis";
import { agreementRevenue, hourlyRevenue } from "../../../src/core/pricing/clientFigures";
import { HOURLY } from "../../../src/core/pricing/recommendTier";
import { modelArb } from "./arbitraries";

describe("pricing invariants", () => {
  it("revenue never falls when visits rise (hourly and every tier)", () => {
    fc.assert(
      fc.property(modelArb, fc.integer({ min: 1, max: 10 }), (model, more) => {
        const { settings: s, travelZones: zones } = model;
        for (const client of model.clients) {
          const before = clientBasis(client, s, zones);
          const after = clientBasis({ ...client, visitsPerMonth: client.visitsPerMonth + more }, s, zones);
          expect(hourlyRevenue(after, s)).toBeGreaterThanOrEqual(hourlyRevenue(before, s));
          for (const tier of model.tiers) {
            expect(agreementRevenue(tier, after, s)).toBeGreaterThanOrEqual(agreementRevenue(tier, before, s));
          }
        }
      }),
    );
  });

  it("a tier's revenue is never below its fee", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        for (const client of model.clients) {
          const b = clientBasis(client, model.settings, model.travelZones);
          for (const tier of model.tiers) {
            expect(agreementRevenue(tier, b, model.settings)).toBeGreaterThanOrEqual(tier.monthlyFee);
            expect(agreementRevenue(tier, b, model.settings)).toBeGreaterThanOrEqual(tier.minimumFee);
          }
        }
      }),
    );
  });

  it("cost is never negative and every margin is revenue − cost (tools only on an agreement)", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        for (const row of analyze(model).clients) {
          expect(row.cost).toBeGreaterThanOrEqual(0);
          expect(row.cost).toBe(row.tier === null ? row.serviceCost : row.agreementCost);
          expect(row.agreementCost).toBe(row.serviceCost + row.toolCost);
          expect(row.hourlyMargin).toBe(row.hourlyRevenue - row.serviceCost);
          expect(row.currentMargin).toBe(row.currentRevenue - row.cost);
          expect(row.recommendedMargin).toBe(row.recommendedRevenue - row.recommendedCost);
        }
      }),
    );
  });

  it("the recommended tier is offered, undominated, meets the margin bar and the premium cap, and no such tier earns more", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const s = model.settings;
        const analysis = analyze(model);
        model.clients.forEach((client, i) => {
          const row = analysis.clients[i];
          const b = clientBasis(client, s, model.travelZones);
          const cost = row.agreementCost;
          const revenues = model.tiers.map((t) => agreementRevenue(t, b, s));
          // PRICING.md v3 §2, literally: offered by segment, money over the contract month by month.
          const key = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, "");
          const offered = model.tiers.map((t) => {
            const names = t.segment === null ? [] : t.segment.split(/[,;]/).map(key).filter((n) => n !== "");
            return names.length === 0 || names.some((n) => ["all", "everyone", "any"].includes(n)) || names.includes(key(client.segment));
          });
          const money = model.tiers.map((t, j) => {
            let sum = 0;
            for (let k = 0; k < s.contractTerm; k++) sum += revenues[j] * (1 + s.annualIncrease) ** Math.floor(k / 12);
            return sum + t.onboardingFee;
          });
          const dominates = (u: number, t: number) => {
            const U = model.tiers[u];
            const T = model.tiers[t];
            if (money[u] > money[t] + 1e-9 || U.includedHours < T.includedHours - 1e-9) return false;
            if (T.responseTime !== null && (U.responseTime === null || U.responseTime > T.responseTime + 1e-9)) return false;
            return money[u] < money[t] - 1e-9 || U.includedHours > T.includedHours + 1e-9
              || (T.responseTime !== null && U.responseTime !== null && U.responseTime < T.responseTime - 1e-9);
          };
          const dominatedBy = model.tiers.map((_, t) => {
            const u = model.tiers.findIndex((_, u) => u !== t && offered[u] && dominates(u, t));
            return u < 0 ? null : model.tiers[u].name;
          });
          const qualifies = revenues.map((r, j) =>
            offered[j] && dominatedBy[j] === null && r > 0 && (r - cost) / r >= s.targetMargin - 1e-9 && r <= row.hourlyRevenue * (1 + s.maxPremiumOverHourly) + 1e-9);
          expect(row.tierOptions.map((o) => [o.offered, o.dominatedBy, o.qualifies])).toEqual(model.tiers.map((_, j) => [offered[j], dominatedBy[j], qualifies[j]]));
          const qualifying = revenues.filter((_, j) => qualifies[j]);
          if (row.recommendedTier === HOURLY) {
            expect(qualifying).toEqual([]);
            expect(row.recommendedRevenue).toBe(row.hourlyRevenue);
            expect(row.contractValue).toBeNull();
          } else {
            expect(qualifies[model.tiers.findIndex((t) => t.name === row.recommendedTier)]).toBe(true);
            for (const r of qualifying) expect(r - cost).toBeLessThanOrEqual(row.recommendedRevenue - cost + 1e-9);
          }
        });
      }),
    );
  });

  it("a dearer copy of a tier (the same, a little more a month) changes no recommendation: the client would see the better one", () => {
    fc.assert(
      fc.property(modelArb, fc.nat(), fc.integer({ min: 1, max: 50000 }).map((n) => n / 100), (model, pick, more) => {
        const copied = model.tiers[pick % model.tiers.length];
        const dearer = { ...copied, name: "Dearer", monthlyFee: copied.monthlyFee + more, minimumFee: copied.minimumFee === 0 ? 0 : copied.minimumFee + more };
        const before = analyze(model).clients.map((c) => c.recommendedTier);
        const after = analyze({ ...model, tiers: [...model.tiers, dearer] }).clients;
        expect(after.map((c) => c.recommendedTier)).toEqual(before);
        for (const c of after) {
          const option = c.tierOptions[c.tierOptions.length - 1];
          if (option.offered) expect(option.dominatedBy).not.toBeNull();
        }
      }),
    );
  });

  it("segments add up to the totals", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const a = analyze(model);
        expect(a.segments.reduce((n, seg) => n + seg.clients, 0)).toBe(a.totals.clients);
        const sum = a.segments.reduce((n, seg) => n + seg.currentRevenue, 0);
        expect(sum).toBeCloseTo(a.totals.currentRevenue, 6);
        expect(a.travel.bands.reduce((n, band) => n + band.clients, 0)).toBe(model.clients.length);
      }),
    );
  });

  it("a mix whose targets are the current counts gives identical results", () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const counts: Record<string, number> = {};
        for (const c of model.clients) {
          const key = c.segment.trim().toLowerCase();
          counts[key] = (counts[key] ?? 0) + 1;
        }
        expect(analyze(model, { mix: counts })).toStrictEqual(analyze(model));
      }),
    );
  });
});
