import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONFIG } from "../../domain/config/defaults";
import { configFromSnapshot } from "../../domain/config/from-snapshot";
import type { KamConfig } from "../../domain/config/types";
import { readWorkbookFile } from "../../xlsx/read";
import { completePlanValues, workbookWith } from "../testing/plans";
import { kamPlan } from "../testing/run";

/** The SKAM's reference: a payment deferral of at most 60 days. */
const REFERENCE: KamConfig = {
  ...DEFAULT_CONFIG,
  settings: { ...DEFAULT_CONFIG.settings, maxCreditDepthDays: 60 },
};

/** A KAM's own loosening (deferral up to 365 days) in a workbook that names its reference. */
const linkedTo = (referenceConfig: string): KamConfig => ({
  ...DEFAULT_CONFIG,
  settings: { ...DEFAULT_CONFIG.settings, maxCreditDepthDays: 365, referenceConfig },
});

/** A complete plan with a 120-day deferral typed in. */
function plan120() {
  const values = completePlanValues();
  return { ...values, form: { ...values.form, credit_depth_days: 120 } };
}

const codesOf = (stdout: string): string[] =>
  (JSON.parse(stdout) as { code: string }[]).map((f) => f.code);

async function settingsOf(file: string) {
  return configFromSnapshot(await readWorkbookFile(file)).config.settings;
}

// Each command reads (and apply-config patches) whole workbooks: seconds on a loaded machine.
jest.setTimeout(90_000);

describe("the CLI reads the workbook's Settings reference_config without --config (spec §11)", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kam-own-reference-"));
    await mkdir(join(dir, "refs"));
    await mkdir(join(dir, "plans"));
    await writeFile(
      join(dir, "refs", "ref.xlsx"),
      await workbookWith(completePlanValues(), { config: REFERENCE })
    );
    const plans: Record<string, string> = {
      "linked.xlsx": "../refs/ref.xlsx",
      "url.xlsx": "https://sharepoint.example/kam/ref.xlsx",
      "missing.xlsx": "nowhere/ref.xlsx",
    };
    for (const [file, where] of Object.entries(plans))
      await writeFile(
        join(dir, "plans", file),
        await workbookWith(plan120(), { config: linkedTo(where) })
      );
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("check: a relative path, from the workbook's folder, is the reference: drift and its rules", async () => {
    const run = await kamPlan(["check", "plans/linked.xlsx", "--format", "json"], dir);
    expect(run.code).toBe(1);
    expect(codesOf(run.stdout)).toEqual(
      expect.arrayContaining(["CONFIG_DRIFT", "CREDIT_DEPTH_ABOVE_MAX"])
    );
    expect(codesOf(run.stdout)).not.toContain("REFERENCE_UNREACHABLE");
  });

  it("check: an explicit --config wins over the workbook's reference_config", async () => {
    // url.xlsx has the plan's own loose settings: against it, nothing drifts and 120 days pass.
    const run = await kamPlan(
      ["check", "plans/linked.xlsx", "--config", "plans/url.xlsx", "--format", "json"],
      dir
    );
    expect(codesOf(run.stdout)).not.toContain("CONFIG_DRIFT");
    expect(codesOf(run.stdout)).not.toContain("CREDIT_DEPTH_ABOVE_MAX");
  });

  it("check: a web address is REFERENCE_UNREACHABLE at the reference_config cell, and the own Config is used", async () => {
    const run = await kamPlan(["check", "plans/url.xlsx"], dir);
    expect(run.stdout).toMatch(
      /^plans\/url\.xlsx:Config!B\d+: warning REFERENCE_UNREACHABLE Эталонная конфигурация «https:\/\/sharepoint\.example\/kam\/ref\.xlsx» .*командная строка файлов не скачивает/m
    );
    expect(run.stdout).not.toMatch(/CREDIT_DEPTH_ABOVE_MAX|CONFIG_DRIFT/);
  });

  it("check: a path to no file is REFERENCE_UNREACHABLE saying why, and the check goes on", async () => {
    const run = await kamPlan(["check", "plans/missing.xlsx", "--lang", "en"], dir);
    expect(run.stdout).toMatch(
      /^plans\/missing\.xlsx:Config!B\d+: warning REFERENCE_UNREACHABLE The reference configuration "nowhere\/ref\.xlsx" .*the file could not be read: file not found; a relative path starts at the workbook's folder/m
    );
    // The own Config is used: its 365 days let the 120-day deferral pass.
    expect(run.stdout).not.toMatch(/CREDIT_DEPTH_ABOVE_MAX/);
    expect(run.stdout).toMatch(/^0 errors, 1 warning, 0 info \(1 file checked\)$/m);
  });

  it("summary: each plan is checked against the reference it names", async () => {
    const run = await kamPlan(
      ["summary", "plans", "--format", "json", "--today", "2027-01-10"],
      dir
    );
    const json = JSON.parse(run.stdout) as { findings: { code: string; file: string }[] };
    const by = (code: string) =>
      json.findings
        .filter((f) => f.code === code)
        .map((f) => f.file)
        .sort();
    // Files are named relative to the folder given.
    expect(by("CREDIT_DEPTH_ABOVE_MAX")).toEqual(["linked.xlsx"]);
    expect(by("REFERENCE_UNREACHABLE")).toEqual(["missing.xlsx", "url.xlsx"]);
  });

  it("apply-config: applies the reference the workbook names, which it keeps naming; an unreachable one warns and the own Config is applied", async () => {
    const run = await kamPlan(["apply-config", "plans/linked.xlsx"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^plans\/linked\.xlsx: применяется эталонная конфигурация \.\.\/refs\/ref\.xlsx \(Settings reference_config книги\)$/m
    );
    const applied = await settingsOf(join(dir, "plans", "linked.xlsx"));
    expect(applied.maxCreditDepthDays).toBe(60);
    expect(applied.referenceConfig).toBe("../refs/ref.xlsx");
    const check = await kamPlan(["check", "plans/linked.xlsx", "--format", "json"], dir);
    expect(codesOf(check.stdout)).not.toContain("CONFIG_DRIFT");
    expect(codesOf(check.stdout)).toContain("CREDIT_DEPTH_ABOVE_MAX");

    const url = await kamPlan(["apply-config", "plans/url.xlsx"], dir);
    expect(url.code).toBe(0);
    expect(url.stdout).toMatch(/^plans\/url\.xlsx:Config!B\d+: warning REFERENCE_UNREACHABLE /m);
    expect((await settingsOf(join(dir, "plans", "url.xlsx"))).maxCreditDepthDays).toBe(365);
  });
});
