/** Use said as people say it (PRICING.md §5b): visits and durations in words. */
import { durationInWords, visitsInWords } from "../../../src/core/report/sheets/usageWords";

describe("visitsInWords", () => {
  it.each([
    [0, "no visits on site"], [0.25, "a visit every 4 months"], [0.5, "a visit every 2 months"], [1, "a visit a month"],
    [2, "2 visits a month"], [1.5, "3 visits every 2 months"], [2 / 3, "2 visits every 3 months"], [1 / 12, "a visit a year"],
    [0.0625, "about a visit every 16 months"], [2.37, "about 2.4 visits a month"],
  ])("%d a month → %s", (v, words) => expect(visitsInWords(v)).toBe(words));
});

describe("durationInWords", () => {
  it.each([
    [0.5, "30 minutes"], [0.25, "15 minutes"], [11 / 12, "55 minutes"], [0.9, "about 55 minutes"], [1, "1 hour"], [1.35, "1.35 hours"], [4, "4 hours"], [2 / 3, "40 minutes"],
  ])("%d h → %s", (h, words) => expect(durationInWords(h)).toBe(words));
});
