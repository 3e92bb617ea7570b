import { toBasisPoints } from "../money";
import type { Plan } from "../plan";
import { matchKey } from "./normalize";

/**
 * Team load across plans: a person whose `time_share` over all plans adds up
 * to more than 100 % is over-committed. Names are matched as items are
 * (trimmed, inner spaces collapsed, case-insensitive); shares are compared in
 * whole basis points so 0.7 + 0.2 + 0.1 is exactly 100 %.
 */

/** One plan's share of a person's time. */
export interface TeamShare {
  readonly file: string;
  readonly client: string | null;
  /** Fraction (0.3 = 30 %). */
  readonly share: number;
}

/** A person over 100 % across plans. */
export interface TeamOverload {
  /** As written in the first plan that names the person. */
  readonly person: string;
  /** Sum of shares (fraction), e.g. 1.3. */
  readonly total: number;
  readonly plans: readonly TeamShare[];
}

/** A plan and where it came from, for team load. */
export interface TeamSource {
  readonly file: string;
  readonly client: string | null;
  readonly plan: Plan;
}

const BASIS_POINTS = 10000;

/** People whose time shares over all plans exceed 100 %, most loaded first. */
export function teamOverload(sources: readonly TeamSource[]): TeamOverload[] {
  const people = new Map<string, { person: string; points: number; plans: TeamShare[] }>();
  for (const source of sources) {
    for (const row of source.plan.tables.Team?.rows ?? []) {
      const member = row.values.member;
      const share = row.values.time_share;
      if (typeof member !== "string" || member.trim() === "" || typeof share !== "number") continue;
      const id = matchKey(member);
      const entry = people.get(id) ?? {
        person: member.trim().replace(/\s+/g, " "),
        points: 0,
        plans: [],
      };
      entry.points += toBasisPoints(share);
      entry.plans.push({ file: source.file, client: source.client, share });
      people.set(id, entry);
    }
  }
  return [...people.values()]
    .filter((p) => p.points > BASIS_POINTS)
    .sort((a, b) => b.points - a.points || a.person.localeCompare(b.person))
    .map((p) => ({ person: p.person, total: p.points / BASIS_POINTS, plans: p.plans }));
}
