import { roundUp } from "../../../src/core/pricing/roundUp";
import { billedAgreement, billedHourly } from "../../../src/core/pricing/billedHours";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/defaults";

describe("roundUp (billing increment)", () => {
  it("rounds up to the next increment", () => {
    expect(roundUp(1.1, 0.25)).toBe(1.25); // ⌈4.4⌉ = 5 → 5 × 0.25
    expect(roundUp(1.01, 0.25)).toBe(1.25); // ⌈4.04⌉ = 5
    expect(roundUp(2.26, 0.5)).toBe(2.5); // ⌈4.52⌉ = 5 → 5 × 0.5
    expect(roundUp(0.1, 1)).toBe(1); // ⌈0.1⌉ = 1
  });

  it("does not bump an exact multiple", () => {
    expect(roundUp(1, 0.25)).toBe(1); // ⌈4 − 1e-9⌉ = 4
    expect(roundUp(0.75, 0.25)).toBe(0.75); // ⌈3 − 1e-9⌉ = 3
    // 2.1 / 0.3 = 7.000000000000001 in floating point: without the −1e-9 this would bill 2.4.
    expect(roundUp(2.1, 0.3)).toBeCloseTo(2.1, 12);
  });

  it("leaves hours alone when the increment is 0", () => {
    expect(roundUp(1.1, 0)).toBe(1.1);
    expect(roundUp(0.37, 0)).toBe(0.37);
  });

  it("keeps zero a plain zero", () => {
    expect(roundUp(0, 0.25)).toBe(0); // toBe uses Object.is, so −0 would fail
  });
});

describe("billed hours per visit", () => {
  const s = DEFAULT_SETTINGS; // minimum 1, increment 0.25

  it("hourly: the minimum applies, then the increment", () => {
    expect(billedHourly(0.5, s)).toBe(1); // max(1, 0.5)
    expect(billedHourly(0, s)).toBe(1); // max(1, 0)
    expect(billedHourly(1.1, s)).toBe(1.25); // max(1, 1.25)
  });

  it("hourly with the half-day minimum of 4", () => {
    const halfDay = { ...s, minimumHoursPerVisit: 4 };
    expect(billedHourly(2.1, halfDay)).toBe(4); // max(4, 2.25)
    expect(billedHourly(4.1, halfDay)).toBe(4.25); // max(4, 4.25)
  });

  it("hourly with no rounding still has the minimum", () => {
    const exact = { ...s, billingIncrement: 0 };
    expect(billedHourly(1.1, exact)).toBe(1.1);
    expect(billedHourly(0.3, exact)).toBe(1);
  });

  it("on an agreement: the increment, no minimum", () => {
    expect(billedAgreement(0.5, s)).toBe(0.5);
    expect(billedAgreement(0.2, s)).toBe(0.25); // ⌈0.8⌉ = 1 → 0.25
    expect(billedAgreement(0, s)).toBe(0);
  });
});
