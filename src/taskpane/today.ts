import { isoOfDate } from "../domain/periods";

/** Today's local date as `YYYY-MM-DD` (the pane and the ribbon are edges: they read the clock and pass the date to the core). */
export function localToday(): string {
  const now = new Date();
  return isoOfDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
