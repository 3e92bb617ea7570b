/** Dates and months for test data, written as ISO text; the arithmetic is the core's (periods.ts). */
import { addMonths, serialOfIso, type Month } from "../periods";

/** Excel serial of an ISO date `YYYY-MM-DD` (days since 1899-12-30); throws for text that is not a real date. */
export function serial(iso: string): number {
  const value = serialOfIso(iso);
  if (value === null || iso !== iso.trim()) throw new Error(`Not an ISO date: ${iso}`);
  return value;
}

/** `count` consecutive months from `start` (`YYYY-MM`). */
export function monthsFrom(start: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}
