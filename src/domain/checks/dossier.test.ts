import { cleanWith, d, findingsOf, plain, withCode } from "./testing/fixture";

describe("OPPORTUNITY_BELOW_PLAN", () => {
  it("flags an opportunity below the plan’s sales (the whole plan when shorter than 12 months, not scaled)", () => {
    const [f] = withCode(
      findingsOf(cleanWith({ opportunity_1y: 899_999_99 })),
      "OPPORTUNITY_BELOW_PLAN"
    );
    expect(f).toMatchObject({ severity: "warning", name: "opportunity_1y", sheet: "Dossier" });
    expect(plain(f?.message)).toContain(
      "899 999,99 ₽ меньше плана продаж за первые 6 мес. (900 000,00 ₽)"
    );
  });

  it("accepts an opportunity equal to the plan, and an empty one", () => {
    expect(
      withCode(findingsOf(cleanWith({ opportunity_1y: 900_000_00 })), "OPPORTUNITY_BELOW_PLAN")
    ).toEqual([]);
    expect(
      withCode(findingsOf(cleanWith({ opportunity_1y: null })), "OPPORTUNITY_BELOW_PLAN")
    ).toEqual([]);
  });
});

describe("REVIEW_OVERDUE", () => {
  it("warns when next_review (EDATE(last_review, 3)) is before today, naming last_review", () => {
    const [f] = withCode(
      findingsOf(cleanWith({ last_review: d("2026-11-30") }), "2027-03-01"),
      "REVIEW_OVERDUE"
    );
    expect(f).toMatchObject({ severity: "warning", name: "last_review", sheet: "Dossier" });
    expect(f?.message).toContain("30.11.2026");
    expect(f?.message).toContain("28.02.2027");
    expect(f?.message).toContain("01.03.2027");
  });

  it("is not overdue on the review day itself, nor without a last review", () => {
    expect(
      withCode(
        findingsOf(cleanWith({ last_review: d("2026-11-30") }), "2027-02-28"),
        "REVIEW_OVERDUE"
      )
    ).toEqual([]);
    expect(
      withCode(findingsOf(cleanWith({ last_review: null }), "2030-01-01"), "REVIEW_OVERDUE")
    ).toEqual([]);
  });

  it("follows review_cadence_months", () => {
    const spec = cleanWith(
      { last_review: d("2026-11-30") },
      {},
      { settings: { reviewCadenceMonths: 6 } }
    );
    expect(withCode(findingsOf(spec, "2027-03-01"), "REVIEW_OVERDUE")).toEqual([]);
  });
});

describe("decision group (ГПР)", () => {
  const person = (role: string, attitude: string | null = "neutral") => ({
    person: "X",
    role,
    attitude,
  });

  it("DMU_NO_DECISION_MAKER: flags a group without a decision maker", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { DecisionGroup: [person("technical", "supporter")] })),
      "DMU_NO_DECISION_MAKER"
    );
    expect(f).toMatchObject({ severity: "error", name: "DecisionGroup", sheet: "Dossier" });
    expect(withCode(findingsOf(cleanWith()), "DMU_NO_DECISION_MAKER")).toEqual([]);
  });

  it("DMU_NO_SUPPORTER: warns when nobody is a supporter", () => {
    const [f] = withCode(
      findingsOf(
        cleanWith({}, { DecisionGroup: [person("decision_maker"), person("user", null)] })
      ),
      "DMU_NO_SUPPORTER"
    );
    expect(f).toMatchObject({ severity: "warning", name: "DecisionGroup" });
    expect(withCode(findingsOf(cleanWith()), "DMU_NO_SUPPORTER")).toEqual([]);
  });

  it("DMU_ROLE_UNCOVERED: one info for each of technical, economic and user nobody holds", () => {
    const found = withCode(
      findingsOf(
        cleanWith(
          {},
          { DecisionGroup: [person("decision_maker", "supporter"), person("economic")] }
        )
      ),
      "DMU_ROLE_UNCOVERED"
    );
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.severity === "info")).toBe(true);
    expect(withCode(findingsOf(cleanWith()), "DMU_ROLE_UNCOVERED")).toEqual([]);
  });

  it("an empty group gets every DMU finding; a missing table none", () => {
    const empty = findingsOf(cleanWith({}, { DecisionGroup: [] })).map((f) => f.code);
    expect(empty.filter((c) => c.startsWith("DMU_"))).toEqual([
      "DMU_NO_DECISION_MAKER",
      "DMU_NO_SUPPORTER",
      "DMU_ROLE_UNCOVERED",
      "DMU_ROLE_UNCOVERED",
      "DMU_ROLE_UNCOVERED",
    ]);
    expect(
      findingsOf(cleanWith({}, {}, { missingTables: ["DecisionGroup"] })).filter((f) =>
        f.code.startsWith("DMU_")
      )
    ).toEqual([]);
  });
});

describe("COMPETITOR_TYPES_UNCOVERED", () => {
  it("lists the competitor types nobody considered, in the workbook language", () => {
    const spec = cleanWith(
      {},
      {
        Competitors: [
          { name: "Комбинат", type: "direct" },
          { name: "Реклама", type: "budget_contender" },
        ],
      }
    );
    const [f] = withCode(findingsOf(spec), "COMPETITOR_TYPES_UNCOVERED");
    expect(f).toMatchObject({ severity: "warning", name: "Competitors", sheet: "Dossier" });
    expect(f?.message).not.toContain("inertia");
    expect(f?.message).toContain(
      "Не рассмотрены типы конкурентов: «Инерция (ничего не менять)», «Сделают сами»."
    );
  });

  it("accepts all four types", () => {
    expect(withCode(findingsOf(cleanWith()), "COMPETITOR_TYPES_UNCOVERED")).toEqual([]);
  });
});
