import { checkWorkbook } from "../domain/check";
import { DEFAULT_CONFIG } from "../domain/config/defaults";
import { RULE_SECTIONS } from "../domain/config/hidden-sections";
import type { KamConfig } from "../domain/config/types";
import type { Finding } from "../domain/findings";
import { completePlanValues } from "../cli/testing/plans";
import { snapshotOfLayout } from "../xlsx/parity/layout-snapshot";
import { buildLayout } from "./build";
import type { WorkbookValues } from "./types";

const hiding = (...keys: readonly string[]): KamConfig => ({
  ...DEFAULT_CONFIG,
  sections: DEFAULT_CONFIG.sections.map((s) => ({ ...s, hidden: keys.includes(s.key) })),
});

function check(config: KamConfig, values?: WorkbookValues) {
  const layout = buildLayout(config, {
    lang: "en",
    start: "2027-01",
    period: "year",
    ...(values ? { values } : {}),
  });
  return checkWorkbook(snapshotOfLayout(layout), { today: "2027-06-15" });
}

/** Whether a finding is about `section`: it names the table or a field of the form, or its rule judges the section. */
function isAbout(finding: Finding, section: string): boolean {
  const fields = DEFAULT_CONFIG.fields.filter((f) => f.section === section).map((f) => f.key);
  const kind = DEFAULT_CONFIG.sections.find((s) => s.key === section)?.kind;
  return (
    finding.name === section ||
    (kind === "form" && finding.name !== null && fields.includes(finding.name)) ||
    (RULE_SECTIONS[finding.code] ?? []).some((s) => s === section)
  );
}

const key = (f: Finding): string => `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.name ?? ""}`;

describe("hidden sections (spec §11): checks skipped, values computed as if empty", () => {
  const empty = check(DEFAULT_CONFIG);

  it("an empty template has findings about most sections (the baseline the next test hides)", () => {
    const about = DEFAULT_CONFIG.sections.filter((s) =>
      empty.findings.some((f) => isAbout(f, s.key))
    );
    expect(about.length).toBeGreaterThanOrEqual(7);
  });

  it.each(DEFAULT_CONFIG.sections.map((s) => s.key))(
    "hiding %s drops exactly the findings about it and keeps every other",
    (section) => {
      const hidden = check(hiding(section));
      expect(hidden.findings.filter((f) => isAbout(f, section)).map(key)).toEqual([]);
      const expected = empty.findings
        .filter((f) => !isAbout(f, section))
        // Hiding the plan header empties plan_start: the period rules have nothing to judge either.
        .filter(
          (f) =>
            section !== "PlanHeader" ||
            ![
              "KPI_PERIOD_LONGER_THAN_PLAN",
              "KPI_PERIOD_MISALIGNED",
              "SALES_MONTHS_MISMATCH",
              "ACTUALS_MISSING",
            ].includes(f.code)
        )
        .map(key);
      expect(hidden.findings.map(key)).toEqual(expect.arrayContaining(expected));
    }
  );

  it("computes the values from hidden sections as 0 or empty, and from visible ones as before", () => {
    const values = completePlanValues("ru");
    const shown = check(DEFAULT_CONFIG, values).numbers;
    expect(shown.discountTotal).toBeGreaterThan(0);
    expect(shown.spending).toBeGreaterThan(0);
    expect(shown.kpiScore).not.toBeNull();
    expect(shown.nextReview).not.toBeNull();

    const hidden = check(
      hiding("DiscountTiers", "Activities", "KPI", "ClientProfile"),
      values
    ).numbers;
    expect(hidden.discountTotal).toBe(0);
    expect(hidden.spending).toBe(0);
    expect(hidden.kpiScore).toBeNull();
    expect(hidden.nextReview).toBeNull();
    expect(hidden.salesPlanTotal).toBe(shown.salesPlanTotal);
    expect(hidden.creditRequired).toBe(shown.creditRequired);

    const noSales = check(hiding("SalesPlan"), values).numbers;
    expect(noSales.salesPlanTotal).toBe(0);
    expect(noSales.creditRequired).toBe(0);
  });

  it("keeps a hidden section's values in the workbook (placed, not archived)", () => {
    const values = completePlanValues("ru");
    const layout = buildLayout(hiding("Team", "Competitors"), {
      lang: "ru",
      start: "2027-01",
      period: "year",
      values,
    });
    const tables = layout.sheets.flatMap((s) => s.tables);
    for (const name of ["Team", "Competitors"]) {
      const placed = tables
        .find((t) => t.name === name)
        ?.rows.filter((r) => r.some((c) => c !== null));
      expect(placed?.length).toBeGreaterThan(0);
      expect(placed?.length).toBe(values.tables[name]?.length);
    }
    expect(layout.sheets.some((s) => s.name === "Archive")).toBe(false);
  });

  it("leaves completeness to the visible sections", () => {
    const hidden = check(hiding("Team", "KPI", "ClientProfile"));
    const visible = check(DEFAULT_CONFIG);
    expect(hidden.summary.completeness).not.toBe(visible.summary.completeness);
  });
});
