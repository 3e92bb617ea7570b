import { cleanWith, findingsOf, withCode } from "./testing/fixture";

const member = (role: string | null) => ({ member: "Сотрудник", role, time_share: 0.2 });

describe("TEAM_NO_KAM", () => {
  it("flags a team without a KAM, naming the Team table", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { Team: [member("executive_sponsor"), member("finance")] })),
      "TEAM_NO_KAM"
    );
    expect(f).toMatchObject({ severity: "error", name: "Team", sheet: "ActionPlan" });
    expect(f?.message).toBe(
      "В команде нет участника с ролью «КАМ». Добавьте менеджера, который ведёт клиента."
    );
  });

  it("accepts a team with a KAM; an empty or missing team is left to REQUIRED_MISSING / TABLE_MISSING", () => {
    expect(withCode(findingsOf(cleanWith({}, { Team: [member("kam")] })), "TEAM_NO_KAM")).toEqual(
      []
    );
    expect(
      findingsOf(cleanWith({}, { Team: [] })).filter((f) => f.code.startsWith("TEAM_"))
    ).toEqual([]);
    expect(
      findingsOf(cleanWith({}, {}, { missingTables: ["Team"] })).filter((f) =>
        f.code.startsWith("TEAM_")
      )
    ).toEqual([]);
  });
});

describe("TEAM_NO_EXECUTIVE_SPONSOR", () => {
  it("warns when nobody is the executive sponsor", () => {
    const [f] = withCode(
      findingsOf(cleanWith({}, { Team: [member("kam")] })),
      "TEAM_NO_EXECUTIVE_SPONSOR"
    );
    expect(f).toMatchObject({ severity: "warning", name: "Team" });
    expect(f?.message).toContain("«Поручитель (Executive Sponsor)»");
  });

  it("accepts a team with a sponsor", () => {
    expect(
      withCode(
        findingsOf(cleanWith({}, { Team: [member("kam"), member("executive_sponsor")] })),
        "TEAM_NO_EXECUTIVE_SPONSOR"
      )
    ).toEqual([]);
  });
});
