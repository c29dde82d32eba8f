/** The report of a workbook the command line refuses after the flow ran: no figures, its problems. */
import type { Analysis } from "../pricing/results";
import type { Problem } from "../workbook/model";
import { summarizeSegments } from "../pricing/segments";

export function refusedAnalysis(errors: Problem[], warnings: Problem[]): Analysis {
  return {
    clients: [],
    segments: [],
    totals: summarizeSegments([]).totals,
    equivalence: { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null },
    travel: { bands: [], referenceVisitHours: 0, sensitivity: [], breakEvenMinutes: { policy: null, noCharge: null } },
    rateCard: null,
    warnings,
    errors,
  };
}
