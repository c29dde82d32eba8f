/** PRICING.md §3: how many home clients one small-business client is worth (the segments the Home segment and Business segment settings name). */
import type { Equivalence, SegmentResult } from "./results";
import { segmentKey } from "./segmentKey";

/** The segments the Home segment and Business segment settings name by default. */
export const HOME_SEGMENT = "Home";
export const SMALL_BUSINESS_SEGMENT = "Small business";

/**
 * homeClientsPerSmallBusiness = SB average / Home average;
 * homeClientsToMatchSmallBusinessBook = SB currentRevenue / Home average.
 * Both null when either segment is missing or the home average is 0 (or undefined: a mix of 0 home
 * clients); the first also null when SB has no clients (a mix of 0), as its average is undefined.
 */
export function equivalence(
  segments: readonly SegmentResult[], homeSegment = HOME_SEGMENT, businessSegment = SMALL_BUSINESS_SEGMENT,
): Equivalence {
  const home = segments.find((s) => segmentKey(s.segment) === segmentKey(homeSegment));
  const sb = segments.find((s) => segmentKey(s.segment) === segmentKey(businessSegment));
  const none = { homeClientsPerSmallBusiness: null, homeClientsToMatchSmallBusinessBook: null };
  if (home === undefined || sb === undefined || home.clients === 0) return none;
  const homeAverage = home.currentRevenue / home.clients;
  if (homeAverage === 0) return none;
  return {
    homeClientsPerSmallBusiness: sb.clients === 0 ? null : sb.currentRevenue / sb.clients / homeAverage,
    homeClientsToMatchSmallBusinessBook: sb.currentRevenue / homeAverage,
  };
}
