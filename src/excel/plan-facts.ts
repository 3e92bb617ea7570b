import type { FormFieldKey } from "../domain/config/keys";
import type { KamConfig } from "../domain/config/types";
import {
  isExcelDate,
  isoOfSerial,
  lastDayOfMonth,
  monthOfSerial,
  PERIOD_MONTHS,
  addMonths,
  type PlanPeriod,
} from "../domain/periods";
import { normalizeText } from "../domain/read/text";
import type { WorkbookSnapshot } from "../domain/snapshot";
import type { CellValue, Lang, Month } from "../domain/values";

/** The plan's start month, period and dates as the workbook holds them (or null where unreadable). */
export interface PlanFacts {
  readonly start: Month | null;
  readonly period: PlanPeriod | null;
  readonly startIso: string | null;
  readonly endIso: string | null;
  readonly clientName: string | null;
}

function nameValue(snapshot: WorkbookSnapshot, name: FormFieldKey): CellValue {
  return snapshot.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.value ?? null;
}

/** A plan_period cell (key or label in either language) as its key. */
export function periodKeyOf(value: CellValue, config: KamConfig): PlanPeriod | null {
  if (value === null) return null;
  const wanted = normalizeText(String(value));
  const list = config.lists.find((l) => l.key === "plan_periods");
  const hit = list?.values.find((v) =>
    [v.value, v.label.ru, v.label.en].some((s) => normalizeText(s) === wanted)
  );
  const key = hit?.value ?? wanted;
  return key === "quarter" || key === "half_year" || key === "year" ? key : null;
}

/** Read plan_start, plan_period and client_name from the snapshot's defined names. */
export function planFacts(snapshot: WorkbookSnapshot, config: KamConfig): PlanFacts {
  const startValue = nameValue(snapshot, "plan_start");
  const start =
    typeof startValue === "number" && isExcelDate(startValue) ? monthOfSerial(startValue) : null;
  const period = periodKeyOf(nameValue(snapshot, "plan_period"), config);
  const client = nameValue(snapshot, "client_name");
  return {
    start,
    period,
    startIso:
      typeof startValue === "number" && isExcelDate(startValue) ? isoOfSerial(startValue) : null,
    endIso:
      start && period
        ? isoOfSerial(lastDayOfMonth(addMonths(start, PERIOD_MONTHS[period] - 1)))
        : null,
    clientName: client === null ? null : String(client),
  };
}

/** The workbook language from the Settings table (`language` row), or null. */
export function languageOf(snapshot: WorkbookSnapshot): Lang | null {
  const settings = snapshot.tables.find((t) => t.name.toLowerCase() === "settings");
  const row = settings?.rows.find(
    (r) =>
      String(r[0] ?? "")
        .trim()
        .toLowerCase() === "language"
  );
  const v = String(row?.[1] ?? "")
    .trim()
    .toLowerCase();
  return v === "ru" || v === "en" ? v : null;
}

/** The template_version row of the Settings table, or null. */
export function templateVersionOf(snapshot: WorkbookSnapshot): string | null {
  const settings = snapshot.tables.find((t) => t.name.toLowerCase() === "settings");
  const row = settings?.rows.find(
    (r) =>
      String(r[0] ?? "")
        .trim()
        .toLowerCase() === "template_version"
  );
  return row?.[1] === null || row?.[1] === undefined ? null : String(row[1]);
}
