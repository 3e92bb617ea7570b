import type { PlanNumbers } from "../calc/types";
import { itemKey } from "../calc/items";
import { rowNumber, rowText, tableRows } from "../calc/values";
import type { Finding } from "../findings";
import { edate } from "../periods";
import type { Plan } from "../plan";
import { formatSerialDate } from "../text/format";
import { finding, rowPlace, type CheckContext } from "./context";
import { amountText, listLabel } from "./labels";

/**
 * `DELISTED_ITEM_PLANNED` (spec §10): an Assortment row with status delist
 * whose item (matched as spec §7 says) has planned sales above 0 over the
 * plan months. Names the row's status cell.
 */
export function delistedItemFindings(
  plan: Plan,
  numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const planned = new Map<string, number>();
  for (const row of tableRows(plan, "SalesPlan")) {
    const key = itemKey(rowText(row, "item"));
    if (key === null) continue;
    const sum = numbers.months.reduce((total, m) => total + (row.months[m] ?? 0), 0);
    planned.set(key, (planned.get(key) ?? 0) + sum);
  }
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "Assortment")) {
    if (rowText(row, "status") !== "delist") continue;
    const item = rowText(row, "item");
    const sum = planned.get(itemKey(item) ?? "") ?? 0;
    if (item === null || sum <= 0) continue;
    findings.push(
      finding(ctx, "DELISTED_ITEM_PLANNED", rowPlace(plan, "Assortment", row, "status"), {
        item,
        status: listLabel(plan, "assortment_status", "delist", ctx.lang),
        planned: amountText(plan, sum, ctx.lang),
      })
    );
  }
  return findings;
}

/**
 * `RISK_WITHOUT_MITIGATION` (spec §10): a risk whose probability or impact is
 * high and whose mitigation is empty. Names the mitigation cell.
 */
export function riskMitigationFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "Risks")) {
    const probability = rowText(row, "probability") === "high";
    const impact = rowText(row, "impact") === "high";
    const mitigation = rowText(row, "mitigation");
    if ((!probability && !impact) || (mitigation !== null && mitigation.trim() !== "")) continue;
    findings.push(
      finding(ctx, "RISK_WITHOUT_MITIGATION", rowPlace(plan, "Risks", row, "mitigation"), {
        risk: rowText(row, "risk") ?? "",
        level: listLabel(plan, "levels", "high", ctx.lang),
        what: probability && impact ? "both" : probability ? "probability" : "impact",
      })
    );
  }
  return findings;
}

/**
 * `ACTIVITY_WITHOUT_OWNER` (spec §10): an activity that is not cancelled and
 * has no owner. Names the owner cell.
 */
export function activityOwnerFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "Activities")) {
    if (rowText(row, "status") === "cancelled") continue;
    const owner = rowText(row, "owner");
    if (owner !== null && owner.trim() !== "") continue;
    findings.push(
      finding(ctx, "ACTIVITY_WITHOUT_OWNER", rowPlace(plan, "Activities", row, "owner"), {
        activity: rowText(row, "activity") ?? "",
      })
    );
  }
  return findings;
}

/** Influence from which a member of the decision group must be kept in touch with (spec §10). */
const INFLUENTIAL = 4;

/**
 * `DMU_CONTACT_STALE` (spec §10): the decision maker, or anyone with
 * influence ≥ 4, never contacted (empty `last_contact`) or last contacted
 * longer ago than `review_cadence_months` before today: EDATE(last_contact,
 * cadence) < today, the rule `REVIEW_OVERDUE` uses. Names the row's
 * last_contact cell.
 */
export function dmuContactFindings(
  plan: Plan,
  _numbers: PlanNumbers,
  ctx: CheckContext
): readonly Finding[] {
  const months = plan.config.settings.reviewCadenceMonths;
  const findings: Finding[] = [];
  for (const row of tableRows(plan, "DecisionGroup")) {
    const role = rowText(row, "role");
    const influence = rowNumber(row, "influence");
    if (role !== "decision_maker" && (influence === null || influence < INFLUENTIAL)) continue;
    const place = rowPlace(plan, "DecisionGroup", row, "last_contact");
    const person = rowText(row, "person") ?? "";
    const roleText =
      role === "decision_maker" || influence === null
        ? listLabel(plan, "dmu_roles", role ?? "decision_maker", ctx.lang)
        : ctx.lang === "ru"
          ? `влияние ${influence}`
          : `influence ${influence}`;
    const last = rowNumber(row, "last_contact");
    if (last === null) {
      findings.push(
        finding(ctx, "DMU_CONTACT_STALE", place, { kind: "never", person, role: roleText })
      );
      continue;
    }
    const due = edate(last, months);
    if (due >= ctx.today) continue;
    findings.push(
      finding(ctx, "DMU_CONTACT_STALE", place, {
        kind: "stale",
        person,
        role: roleText,
        last: formatSerialDate(last, ctx.lang),
        due: formatSerialDate(due, ctx.lang),
        months,
      })
    );
  }
  return findings;
}
