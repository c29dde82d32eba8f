import {
  driveMinutes,
  isBeyondLastZone,
  roundTripHours,
  travelChargePerVisit,
  tripCharge,
} from "../../../src/core/pricing/travel";
import { analyze } from "../../../src/core/pricing/analyze";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";
import { cents, makeClient, makeModel } from "./fixtures";

const s = DEFAULT_SETTINGS; // radius 15, trip 45, speed 30, mileage 0, time 0
// Given out of order on purpose: the first zone by ascending Up to must win whatever the order.
const zones = [
  { upTo: 60, tripCharge: 90 },
  { upTo: 25, tripCharge: 30 },
  { upTo: 40, tripCharge: 60 },
];

describe("drive minutes", () => {
  it("uses the drive minutes given", () => {
    expect(driveMinutes({ distance: 20, driveMinutes: 25 }, s)).toBe(25);
  });
  it("derives them from distance and speed when not given", () => {
    expect(driveMinutes({ distance: 20, driveMinutes: null }, s)).toBe(40); // 20 / 30 × 60
    expect(driveMinutes({ distance: 10, driveMinutes: null }, { ...s, averageSpeed: 50 })).toBe(12); // 10 / 50 × 60
  });
  it("round trip t = 2m / 60", () => {
    expect(roundTripHours(40)).toBeCloseTo(80 / 60, 12);
    expect(roundTripHours(45)).toBe(1.5);
  });
});

describe("trip charge", () => {
  it("is the Trip charge setting without zones", () => {
    expect(tripCharge(20, s, [])).toBe(45);
  });
  it("is the first zone (ascending Up to) whose Up to ≥ d", () => {
    expect(tripCharge(20, s, zones)).toBe(30);
    expect(tripCharge(25, s, zones)).toBe(30); // at the zone's edge: still that zone
    expect(tripCharge(25.01, s, zones)).toBe(60);
    expect(tripCharge(60, s, zones)).toBe(90);
  });
  it("is the last zone's charge beyond every zone", () => {
    expect(tripCharge(75, s, zones)).toBe(90);
    expect(isBeyondLastZone(75, zones)).toBe(true);
    expect(isBeyondLastZone(60, zones)).toBe(false);
    expect(isBeyondLastZone(75, [])).toBe(false);
  });
});

describe("travel charge per visit", () => {
  it("is nothing inside the free radius, and at it", () => {
    expect(travelChargePerVisit(10, 20, s, [])).toBe(0);
    expect(travelChargePerVisit(15, 30, s, [])).toBe(0); // d = radius is not beyond it
  });
  it("is the trip charge beyond the radius", () => {
    expect(travelChargePerVisit(15.5, 31, s, [])).toBe(45);
    expect(travelChargePerVisit(20, 40, s, [])).toBe(45);
  });
  it("adds mileage on the round trip and time on the round-trip drive", () => {
    const charged = { ...s, mileageRate: 0.5, travelTimeRate: 60 };
    // 45 + 0.5 × 2 × 20 + 60 × 80/60 = 45 + 20 + 80
    expect(travelChargePerVisit(20, 40, charged, [])).toBeCloseTo(145, 9);
    // mileage and time are not charged inside the radius either
    expect(travelChargePerVisit(12, 24, charged, [])).toBe(0);
  });
  it("uses the zone's trip charge beyond the radius", () => {
    expect(travelChargePerVisit(30, 60, s, zones)).toBe(60);
  });
  it("with a radius of 0 charges every trip that has any distance", () => {
    const noRadius = { ...s, freeTravelRadius: 0 };
    expect(travelChargePerVisit(0, 0, noRadius, [])).toBe(0);
    expect(travelChargePerVisit(0.1, 0.2, noRadius, [])).toBe(45);
  });
});

describe("beyond the last zone in an analysis", () => {
  const model = makeModel({
    travelZones: [{ upTo: 25, tripCharge: 30 }, { upTo: 40, tripCharge: 60 }],
    clients: [
      makeClient({ name: "Far Farm", distance: 55, visitsPerMonth: 2, hoursPerVisit: 1 }),
      makeClient({ name: "Near Shop", distance: 30, visitsPerMonth: 1, hoursPerVisit: 1 }),
    ],
  });
  const analysis = analyze(model);

  it("charges the last zone's trip charge", () => {
    // 2 × 1 × 125 + 2 × 60
    expect(cents(analysis.clients[0].hourlyRevenue)).toBe(370);
    expect(cents(analysis.clients[0].travelCharges)).toBe(120);
    // Near Shop: 1 × 125 + 60 (zone up to 40)
    expect(cents(analysis.clients[1].hourlyRevenue)).toBe(185);
  });

  it("warns once, naming the client and the last zone", () => {
    expect(analysis.warnings).toHaveLength(1);
    expect(analysis.warnings[0].message).toContain("Far Farm");
    expect(analysis.warnings[0].message).toContain("55 miles");
    expect(analysis.warnings[0].message).toContain("up to 40 miles");
    expect(analysis.errors).toEqual([]);
  });

  it("does not warn for a client inside the free radius, even beyond every zone", () => {
    const inside = analyze(
      makeModel({
        travelZones: [{ upTo: 10, tripCharge: 20 }],
        clients: [makeClient({ name: "Close", distance: 12, visitsPerMonth: 1 })],
      }),
    );
    expect(inside.warnings).toEqual([]);
    expect(inside.clients[0].travelCharges).toBe(0);
  });
});
