/**
 * The vocabulary of setting names (PRICING.md §1): what consultants write in the Setting column
 * besides the names of §1 (`Tech cost`, `Min. hours per visit`, `Hourly Rate:`, `Trip charge ($)`
 * need no entry: abbreviations, punctuation and a unit in brackets are dealt with in headings.ts).
 * A new setting joins by adding its aliases here.
 */
import type { SettingKey } from "./model";
import type { ColumnUnit } from "./tables";

export const SETTING_ALIASES: Partial<Record<SettingKey, readonly string[]>> = {
  businessName: ["Company name", "Company", "Business", "Your business", "Trading name", "Firm name"],
  currency: ["Currency code"],
  distanceUnit: ["Distance units", "Units", "Unit"],
  hourlyRate: ["Rate", "Labour rate", "Labor rate", "Standard rate", "Hourly billing rate", "Rate per hour", "PAYG rate", "Break-fix rate"],
  agreementHourlyRate: ["Agreement rate", "Contract hourly rate", "Agreement overage rate"],
  billingIncrement: ["Increment", "Billing unit", "Rounding increment", "Bill in increments of"],
  minimumHoursPerVisit: ["Minimum hours", "Minimum per visit", "Minimum visit", "Minimum charge hours", "Minimum visit hours"],
  freeTravelRadius: ["Free radius", "Free travel distance", "Travel radius", "Free zone"],
  tripCharge: ["Trip fee", "Call-out fee", "Callout fee", "Travel charge", "Van charge", "Show-up fee", "Service call fee"],
  mileageRate: ["Rate per mile", "Rate per km", "Mileage charge"],
  travelTimeRate: ["Drive time rate", "Travel rate"],
  averageSpeed: ["Speed", "Driving speed"],
  technicianCost: ["Labour cost", "Labor cost", "Loaded cost", "Technician cost per hour", "Cost per hour", "Tech hourly cost"],
  vehicleCost: ["Car cost", "Vehicle cost per mile", "Vehicle cost per km", "Cost per mile", "Cost per km"],
  targetMargin: ["Margin", "Margin target", "Target gross margin"],
  maxPremiumOverHourly: ["Max premium", "Premium cap"],
  homeSegment: ["Home clients segment"],
  businessSegment: ["Small business segment", "Business clients segment"],
};

/** What a setting's number is in, for times and units typed in its Value cell (`0:15`, `$45`). */
export const SETTING_UNITS: Partial<Record<SettingKey, ColumnUnit>> = {
  hourlyRate: "money",
  agreementHourlyRate: "money",
  billingIncrement: "hours",
  minimumHoursPerVisit: "hours",
  freeTravelRadius: "distance",
  tripCharge: "money",
  mileageRate: "money",
  travelTimeRate: "money",
  technicianCost: "money",
  vehicleCost: "money",
};
