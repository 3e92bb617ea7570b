import { aCustomField } from "../../domain/testing/custom-field";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import type { FieldDef, KamConfig } from "../../domain/config/types";
import type { WorkbookSnapshot } from "../../domain/snapshot";
import { buildLayout } from "../../layout/build";
import type { WorkbookValues } from "../../layout/types";
import { readWorkbookFile } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import { editTableRows, withConfigSheetOf } from "../testing/layouts";
import { completePlanValues } from "../testing/plans";
import { kamPlan } from "../testing/run";

const REGION: FieldDef = aCustomField(
  "PlanHeader",
  "region",
  { ru: "Регион", en: "Region" },
  { help: { ru: "Регион клиента", en: "The client's region" } }
);

/** The SKAM's edit: Team.commitments removed, Team.member relabelled, a custom PlanHeader field added. */
const EDITED: KamConfig = {
  ...DEFAULT_CONFIG,
  fields: [
    ...DEFAULT_CONFIG.fields
      .filter((f) => !(f.section === "Team" && f.key === "commitments"))
      .map((f) =>
        f.section === "Team" && f.key === "member"
          ? { ...f, label: { ru: "Сотрудник", en: "Employee" } }
          : f
      ),
    REGION,
  ],
};

function valuesWithCommitments(): WorkbookValues {
  const values = completePlanValues();
  const team = (values.tables.Team ?? []).map((row, i) =>
    i === 0 ? { ...row, commitments: "еженедельный звонок" } : row
  );
  return { ...values, tables: { ...values.tables, Team: team } };
}

const table = (s: WorkbookSnapshot, name: string) => s.tables.find((t) => t.name === name);

// A restructuring reads, renders and patches whole packages: seconds on a loaded machine.
jest.setTimeout(60_000);

describe("kam-plan apply-config", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-apply-"));
    const old = buildLayout(DEFAULT_CONFIG, {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values: valuesWithCommitments(),
    });
    const edited = buildLayout(EDITED, { lang: "ru", start: "2027-01", period: "year" });
    await writeFile(join(dir, "plan.xlsx"), await writeWorkbook(withConfigSheetOf(old, edited)));
    const broken = editTableRows(old, "Fields", (headers, rows) => {
      const key = headers.indexOf("key");
      return rows.map((row, i) =>
        i === 1 ? row.map((cell, col) => (col === key ? "client name!" : cell)) : row
      );
    });
    await writeFile(join(dir, "broken.xlsx"), await writeWorkbook(broken));
  }, 60_000);

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("rebuilds to the Config: keeps every value by key, archives the removed field with its old address", async () => {
    const before = await readWorkbookFile(join(dir, "plan.xlsx"));
    const oldTeam = table(before, "Team");
    const commitmentsCol = oldTeam?.headers.indexOf("Обязательства") ?? -1;
    expect(commitmentsCol).toBeGreaterThanOrEqual(0);

    const run = await kamPlan(["apply-config", "plan.xlsx", "-o", "applied.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Конфигурация применена: applied\.xlsx \(значений сохранено: \d+, перенесено в Archive: 1\)$/m
    );
    expect(run.stdout).toMatch(
      /^ {2}Archive: Team \[1: Иванова Анна\] commitments \(ActionPlan![A-Z]+\d+\) = еженедельный звонок$/m
    );

    const after = await readWorkbookFile(join(dir, "applied.xlsx"));
    expect(table(after, "Team")?.headers.slice(0, 3)).toEqual([
      "Сотрудник",
      "Роль",
      "Доля времени",
    ]);
    expect(
      table(after, "Team")
        ?.rows.slice(0, 2)
        .map((r) => r[0])
    ).toEqual(["Иванова Анна", "Петров Олег"]);
    expect(after.names.find((n) => n.name === "region")).toMatchObject({
      sheet: "ActionPlan",
      value: null,
    });
    expect(after.names.find((n) => n.name === "client_name")?.value).toBe("ООО «Альфа»");
    const archive = table(after, "Archive");
    expect(archive?.headers).toEqual(["section", "row", "field", "address", "value", "reason"]);
    expect(archive?.rows).toEqual([
      [
        "Team",
        "1: Иванова Анна",
        "commitments",
        expect.stringMatching(/^ActionPlan![A-Z]+\d+$/),
        "еженедельный звонок",
        null,
      ],
    ]);
    expect(archive?.rows[0]?.[3]).toBe(
      `ActionPlan!${String.fromCharCode(65 + commitmentsCol)}${Number(/\d+/.exec(oldTeam?.address ?? "")?.[0]) + 1}`
    );

    const sales = (s: WorkbookSnapshot) => table(s, "SalesPlan")?.rows.filter((r) => r[0] !== null);
    expect(sales(after)).toEqual(sales(before));
    expect(await kamPlan(["check", "applied.xlsx"], dir)).toMatchObject({ code: 0 });
  });

  it("keeps the archive on a second apply and changes nothing more", async () => {
    expect((await kamPlan(["apply-config", "plan.xlsx"], dir)).code).toBe(0);
    const second = await kamPlan(["apply-config", "plan.xlsx"], dir);
    expect(second.stdout).toMatch(/перенесено в Archive: 0\)/);
    expect(table(await readWorkbookFile(join(dir, "plan.xlsx")), "Archive")?.rows).toHaveLength(1);
    expect((await readdir(dir)).sort()).toEqual(["broken.xlsx", "plan.xlsx"]);
  });

  it("refuses a broken Config: prints CONFIG_INVALID with the Config cell, exits 1, changes nothing", async () => {
    const bytes = await readFile(join(dir, "broken.xlsx"));
    const run = await kamPlan(["apply-config", "broken.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^broken\.xlsx:Config![A-Z]+\d+: error CONFIG_INVALID .*client name!/m
    );
    expect(run.stderr).toMatch(/^Config содержит ошибки \(\d+\): книга не изменена$/m);
    expect((await readFile(join(dir, "broken.xlsx"))).equals(bytes)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(["broken.xlsx", "plan.xlsx"]);
  });
});
