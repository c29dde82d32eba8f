import { normalizeHeader, normalizeName } from "../../../src/core/workbook/normalize";

describe("normalizeName", () => {
  it.each(["TravelZones", "Travel zones", "travel_zones", "TRAVEL-ZONES", " Travel  Zones "])(
    "%s matches the Travel zones table", (name) => {
      expect(normalizeName(name)).toBe("travelzones");
    });

  it("keeps letters of any script and digits", () => {
    expect(normalizeName("Übersicht 2024")).toBe("übersicht2024");
  });

  it("does not drop units in parentheses (table names have none)", () => {
    expect(normalizeName("Clients (2024)")).toBe("clients2024");
  });
});

describe("normalizeHeader", () => {
  it.each(["Response time (hours)", "response time", "ResponseTime", "RESPONSE_TIME", "Response-time (h)"])(
    "%s = Response time", (header) => {
      expect(normalizeHeader(header)).toBe(normalizeHeader("Response time"));
    });

  it.each([
    ["Visits per month", "visitspermonth"],
    ["visits_per_month", "visitspermonth"],
    ["Visits / month", "visitsmonth"],
    ["Distance (miles)", "distance"],
    ["Distance (km) ", "distance"],
    ["Distance [km]", "distance"],
    ["Up to (miles)", "upto"],
    ["Monthly fee ($)", "monthlyfee"],
  ])("%s → %s", (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it("drops only a trailing unit", () => {
    expect(normalizeHeader("Hours (on site) per visit")).toBe("hoursonsitepervisit");
  });
});
