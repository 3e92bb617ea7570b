import { isoOfDate } from "../domain/periods";

/**
 * The CLI's one calendar edge: today from the clock. Everything else about
 * months and dates is the core's (`src/domain/periods.ts`).
 */

/** The local calendar date of a moment as `YYYY-MM-DD`. */
export function localIsoDate(moment: Date): string {
  return isoOfDate({
    year: moment.getFullYear(),
    month: moment.getMonth() + 1,
    day: moment.getDate(),
  });
}
