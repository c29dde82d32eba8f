/**
 * PRICING.md §1: the value each setting takes when the Settings table leaves it out.
 * Frozen so that a caller spreading it (`{ ...DEFAULT_SETTINGS, hourlyRate: 140 }`) can never
 * change the defaults for everyone else.
 */
import type { Settings } from "./model";

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  businessName: "Your IT Company",
  contact: "",
  currency: "USD",
  distanceUnit: "miles",
  hourlyRate: 125,
  agreementHourlyRate: 95,
  billingIncrement: 0.25,
  minimumHoursPerVisit: 1,
  freeTravelRadius: 15,
  tripCharge: 45,
  mileageRate: 0,
  travelTimeRate: 0,
  averageSpeed: 30,
  technicianCost: 45,
  vehicleCost: 0.7,
  targetMargin: 0.5,
  maxPremiumOverHourly: 0.25,
  toolCostPerUser: 0,
  toolCostPerDevice: 0,
  toolCostPerServer: 0,
  contractTerm: 12,
  technicians: 1,
  billableHoursPerTechnician: 120,
  homeSegment: "Home",
  businessSegment: "Small business",
  timeLogMonths: null,
  annualIncrease: 0,
  annualCostIncrease: 0,
  dateOrder: null,
} as const);
