import { kamPlan } from "./testing/run";

describe("kam-plan frame", () => {
  it("prints the version", async () => {
    expect(await kamPlan(["--version"], "/tmp")).toEqual({
      code: 0,
      stdout: "9.9.9-test\n",
      stderr: "",
    });
  });

  it("lists every command in Russian by default and in English with LANG=en", async () => {
    const ru = await kamPlan(["--help"], "/tmp");
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain("Использование: kam-plan <команда> [параметры]");
    for (const name of ["template", "check", "calc", "apply-config"])
      expect(ru.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    const en = await kamPlan(["--help"], "/tmp", { LANG: "en_US.UTF-8" });
    expect(en.stdout).toContain("Usage: kam-plan <command> [options]");
  });

  it("--lang overrides LANG for the CLI texts", async () => {
    const run = await kamPlan(["check", "--help", "--lang", "en"], "/tmp");
    expect(run.stdout).toMatch(/^Usage: kam-plan check FILE… \[--format text\|json\]/);
  });

  it("gives every command its own help", async () => {
    for (const name of ["template", "check", "calc", "apply-config"]) {
      const run = await kamPlan([name, "--help"], "/tmp");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Использование: kam-plan ${name} `));
      expect(run.stdout).toContain("Код выхода");
    }
    expect((await kamPlan(["help", "calc"], "/tmp")).stdout).toMatch(
      /^Использование: kam-plan calc FILE/
    );
  });

  it("without a command prints the help to stderr and exits 2", async () => {
    const run = await kamPlan([], "/tmp");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Команды:");
  });

  it("refuses an unknown command with exit 2", async () => {
    const run = await kamPlan(["chek", "plan.xlsx"], "/tmp");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^kam-plan: неизвестная команда «chek»; команды: template, check, calc, apply-config/
    );
  });

  it.each([
    [["check", "a.xlsx", "--frobnicate"], "kam-plan check: неизвестный параметр --frobnicate"],
    [
      ["check", "a.xlsx", "--format", "xml"],
      "kam-plan check: --format: допустимо text|json, указано «xml»",
    ],
    [
      ["check", "a.xlsx", "--today", "2027-02-30"],
      "kam-plan check: --today: нужна дата ГГГГ-ММ-ДД, указано «2027-02-30»",
    ],
    [["check"], "kam-plan check: не указан аргумент ФАЙЛ"],
    [
      ["check", "a.xlsx", "--format"],
      "kam-plan check: параметру --format нужно значение (или он его не принимает)",
    ],
    [["calc", "a.xlsx", "b.xlsx"], "kam-plan calc: лишние аргументы: b.xlsx"],
    [
      ["template", "plan.xlsx", "--start", "2027-13"],
      "kam-plan template: --start: нужен месяц ГГГГ-ММ, указано «2027-13»",
    ],
    [
      ["template", "plan.xlsx", "--period", "month"],
      "kam-plan template: --period: допустимо quarter|half_year|year, указано «month»",
    ],
    [
      ["template", "plan.xlsx", "--lang", "de"],
      "kam-plan template: --lang: допустимо ru|en, указано «de»",
    ],
    [
      ["template", "plan.xls"],
      "kam-plan template: имя файла должно оканчиваться на .xlsx: «plan.xls»",
    ],
    [
      ["apply-config", "plan.xlsx", "-o", "out.txt"],
      "kam-plan apply-config: имя файла должно оканчиваться на .xlsx: «out.txt»",
    ],
  ])("wrong arguments %j exit 2 with a clear message", async (argv, message) => {
    const run = await kamPlan(argv, "/tmp");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe(message);
    expect(run.stderr).toContain(`Справка: kam-plan ${argv[0] ?? ""} --help`);
  });

  it("says wrong arguments in English under LANG=en", async () => {
    const run = await kamPlan(["check", "a.xlsx", "--format", "xml"], "/tmp", {
      LANG: "en_GB.UTF-8",
    });
    expect(run.stderr).toBe(
      'kam-plan check: --format: expected text|json, got "xml"\nSee: kam-plan check --help\n'
    );
  });
});
