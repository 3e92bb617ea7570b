import { cleanWith, d, findingsOf, plain, withCode } from "./testing/fixture";

describe("DELISTED_ITEM_PLANNED", () => {
  it("flags a delisted Assortment item with planned sales, naming its status cell", () => {
    const spec = cleanWith(
      {},
      { Assortment: [{ item: "Молоко 3,2%" }, { item: "  КЕФИР   1% ", status: "delist" }] }
    );
    const [f, ...rest] = withCode(findingsOf(spec), "DELISTED_ITEM_PLANNED");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", sheet: "ActionPlan", name: "Assortment" });
    expect(plain(f?.message)).toContain("300 000,00 ₽");
    expect(f?.message).toContain("«Вывести»");
  });

  it("accepts a delisted item planned at 0 and items with other statuses", () => {
    const spec = cleanWith(
      {},
      {
        Assortment: [
          { item: "Молоко 3,2%", status: "reduce" },
          { item: "Кефир 1%" },
          { item: "Ряженка", status: "delist" },
        ],
        SalesPlan: [...(cleanWith().tables?.SalesPlan ?? []), { item: "Ряженка", "2027-01": 0 }],
      }
    );
    expect(withCode(findingsOf(spec), "DELISTED_ITEM_PLANNED")).toEqual([]);
  });
});

describe("RISK_WITHOUT_MITIGATION", () => {
  it("flags a risk of high probability or high impact without mitigation", () => {
    const spec = cleanWith(
      {},
      {
        Risks: [
          { risk: "Тендер", probability: "high", impact: "low" },
          { risk: "Смена закупщика", probability: "low", impact: "high", mitigation: "  " },
          { risk: "Оба", probability: "high", impact: "high" },
        ],
      }
    );
    const found = withCode(findingsOf(spec), "RISK_WITHOUT_MITIGATION");
    expect(found).toHaveLength(3);
    expect(found[0]?.message).toContain("вероятностью «Высокий»");
    expect(found[1]?.message).toContain("влиянием «Высокий»");
    expect(found[2]?.message).toContain("вероятностью и влиянием");
    expect(found[0]?.name).toBe("Risks");
  });

  it("accepts a high risk with a mitigation and medium or unrated risks without one", () => {
    const spec = cleanWith(
      {},
      {
        Risks: [
          { risk: "Тендер", probability: "high", mitigation: "Готовим предложение заранее" },
          { risk: "Погода", probability: "medium", impact: "medium" },
          { risk: "Неясно" },
        ],
      }
    );
    expect(withCode(findingsOf(spec), "RISK_WITHOUT_MITIGATION")).toEqual([]);
  });
});

describe("ACTIVITY_WITHOUT_OWNER", () => {
  it("flags an activity without an owner, also with an empty status, naming the owner cell", () => {
    const spec = cleanWith(
      {},
      { Activities: [{ activity: "Дегустация", date: d("2027-02-10"), cost: 100_00 }] }
    );
    const [f] = withCode(findingsOf(spec, "2027-02-01", "en"), "ACTIVITY_WITHOUT_OWNER");
    expect(f).toMatchObject({ severity: "warning", name: "Activities" });
    expect(f?.message).toBe(
      "The activity “Дегустация” has no owner. Name who is responsible for it."
    );
  });

  it("ignores cancelled activities and accepts those with an owner", () => {
    const spec = cleanWith(
      {},
      {
        Activities: [
          { activity: "Дегустация", status: "cancelled" },
          { activity: "Обучение", status: "done", owner: "Иван Петров" },
        ],
      }
    );
    expect(withCode(findingsOf(spec), "ACTIVITY_WITHOUT_OWNER")).toEqual([]);
  });
});

describe("DMU_CONTACT_STALE", () => {
  const group = (rows: readonly Record<string, string | number | null>[]) =>
    cleanWith(
      {},
      {
        DecisionGroup: [
          { person: "Мария", role: "technical", attitude: "supporter" },
          { person: "Пётр", role: "economic", attitude: "neutral" },
          { person: "Елена", role: "user", attitude: "neutral" },
          ...rows,
        ],
      }
    );

  it("flags a decision maker never contacted", () => {
    const spec = group([{ person: "Олег", role: "decision_maker" }]);
    const [f] = withCode(findingsOf(spec), "DMU_CONTACT_STALE");
    expect(f).toMatchObject({ severity: "warning", name: "DecisionGroup" });
    expect(f?.message).toContain("«Олег»");
    expect(f?.message).toContain("контакт не указан");
  });

  it("flags a decision maker last contacted longer ago than review_cadence_months", () => {
    // cadence 3 months: 2026-10-31 + 3 months = 2027-01-31 < today 2027-02-01.
    const spec = group([{ person: "Олег", role: "decision_maker", last_contact: d("2026-10-31") }]);
    const [f] = withCode(findingsOf(spec), "DMU_CONTACT_STALE");
    expect(f?.message).toContain("31.10.2026");
    expect(f?.message).toContain("31.01.2027");
  });

  it("accepts a contact exactly review_cadence_months ago, and the cadence setting decides", () => {
    const spec = group([{ person: "Олег", role: "decision_maker", last_contact: d("2026-11-01") }]);
    expect(withCode(findingsOf(spec), "DMU_CONTACT_STALE")).toEqual([]);
    const yearly = group([
      { person: "Олег", role: "decision_maker", last_contact: d("2026-03-01") },
    ]);
    expect(
      withCode(
        findingsOf({ ...yearly, settings: { reviewCadenceMonths: 12 } }),
        "DMU_CONTACT_STALE"
      )
    ).toEqual([]);
  });

  it("flags anyone with influence 4 or more, and not those with less", () => {
    const spec = group([
      { person: "Олег", role: "decision_maker", last_contact: d("2027-01-20") },
      { person: "Советник", role: "adviser", influence: 4 },
      { person: "Информатор", role: "informant", influence: 3 },
    ]);
    const found = withCode(findingsOf(spec), "DMU_CONTACT_STALE");
    expect(found.map((f) => f.message)).toEqual([
      "С «Советник» (влияние 4) контакт не указан. Свяжитесь и впишите дату последнего контакта.",
    ]);
  });
});
