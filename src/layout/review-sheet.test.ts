import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import { aCustomField } from "../domain/testing/custom-field";
import { buildLayout } from "./build";
import { SUMMARY_PANELS, type SummaryPanel } from "./review-figures";
import type { SheetLayout, WorkbookLayout } from "./types";

const build = (config: KamConfig = DEFAULT_CONFIG): WorkbookLayout =>
  buildLayout(config, { lang: "ru", start: "2027-01", period: "year" });

const summaryOf = (layout: WorkbookLayout): SheetLayout => {
  const sheet = layout.sheets[0];
  if (sheet?.name !== "Summary") throw new Error("Summary is not the first sheet");
  return sheet;
};

const formulaBeside = (sheet: SheetLayout, label: string): string | null => {
  const cell = sheet.cells.find((c) => c.content.kind === "value" && c.content.value === label);
  if (!cell) return null;
  const next = `${String.fromCharCode(cell.address.charCodeAt(0) + 1)}${cell.address.slice(1)}`;
  const value = sheet.cells.find((c) => c.address === next);
  return value?.content.kind === "formula" ? value.content.formula : null;
};

describe("the Summary sheet", () => {
  it("is the first sheet, visible, protected, every value a formula, printed on one A4 landscape page", () => {
    const sheet = summaryOf(build());
    expect(sheet.visibility).toBe("visible");
    expect(sheet.protection).not.toBeNull();
    expect(sheet.tables).toEqual([]);
    const values = sheet.cells.filter((c) => c.style === "computed" || c.style === "longComputed");
    expect(values.length).toBeGreaterThan(60);
    expect(values.every((c) => c.content.kind === "formula")).toBe(true);
    expect(sheet.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitWidth: 1,
      fitHeight: 1,
    });
  });

  it("shows the plan's values by their defined names, labelled as the configuration labels them", () => {
    const sheet = summaryOf(build());
    expect(formulaBeside(sheet, "Клиент")).toBe('IF(ISBLANK(client_name),"",client_name)');
    expect(formulaBeside(sheet, "План продаж, итого")).toBe(
      'IF(ISBLANK(sales_plan_total),"",sales_plan_total)'
    );
    const relabelled: KamConfig = {
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.key === "kam_name" ? { ...f, label: { ru: "Менеджер", en: "Manager" } } : f
      ),
    };
    expect(formulaBeside(summaryOf(build(relabelled)), "Менеджер")).toBe(
      'IF(ISBLANK(kam_name),"",kam_name)'
    );
  });

  it("leaves out a figure whose field is hidden, and shows a §9 field once the configuration has it", () => {
    const hidden: KamConfig = {
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.key === "credit_limit" ? { ...f, hidden: true } : f
      ),
    };
    const without = summaryOf(build(hidden));
    expect(JSON.stringify(without.cells)).not.toContain("credit_limit");
    expect(formulaBeside(summaryOf(build()), "Кредитный лимит")).toContain("credit_limit");

    const withStatus: KamConfig = {
      ...DEFAULT_CONFIG,
      fields: [
        ...DEFAULT_CONFIG.fields,
        aCustomField("PlanHeader", "plan_status", { ru: "Статус плана", en: "Plan status" }),
      ],
    };
    expect(formulaBeside(summaryOf(build(withStatus)), "Статус плана")).toBe(
      'IF(ISBLANK(plan_status),"",plan_status)'
    );
  });

  it("shows the discount earned, the nearest next tier from Calc and the promo totals from Activities", () => {
    const layout = build();
    const sheet = summaryOf(layout);
    expect(formulaBeside(sheet, "Скидки заработаны по факту")).toBe(
      'IF(ISBLANK(discount_earned),"",discount_earned)'
    );
    const calc = layout.sheets.find((s) => s.name === "Calc");
    const header = calc?.cells.find(
      (c) => c.content.kind === "value" && c.content.value === "next_tier_gap"
    );
    const first = Number(header?.address.slice(1)) + 1;
    expect(formulaBeside(sheet, "До следующей ступени скидки")).toMatch(
      new RegExp(`^IF\\(COUNT\\(Calc!\\$G\\$${first}:\\$G\\$\\d+\\)=0,"",MIN\\(`)
    );
    expect(formulaBeside(sheet, "Скидка следующей ступени")).toContain(`Calc!$H$${first}:`);
    expect(formulaBeside(sheet, "Убыточных промо")).toBe(
      'IF(COUNT(Activities[[Отдача акции]])=0,"",COUNTIF(Activities[[Отдача акции]],"<0"))'
    );
    expect(formulaBeside(sheet, "Прирост продаж от промо")).toContain(
      "SUM(Activities[[Прирост продаж]])"
    );
  });

  it("leaves out the promo totals when the promo columns are hidden", () => {
    const hidden: KamConfig = {
      ...DEFAULT_CONFIG,
      fields: DEFAULT_CONFIG.fields.map((f) =>
        f.section === "Activities" && ["incremental", "promo_return"].includes(f.key)
          ? { ...f, hidden: true }
          : f
      ),
    };
    const sheet = summaryOf(build(hidden));
    for (const label of ["Промоакций оценено", "Прирост продаж от промо", "Отдача промо"])
      expect(formulaBeside(sheet, label)).toBeNull();
    expect(formulaBeside(sheet, "Потребность в кредите")).toContain("credit_required");
  });

  it("keeps every formula under Excel's 8,192 characters", () => {
    for (const lang of ["ru", "en"] as const) {
      const layout = buildLayout(DEFAULT_CONFIG, { lang, start: "2027-01", period: "year" });
      const longest = Math.max(
        ...summaryOf(layout).cells.map((c) =>
          c.content.kind === "formula" ? c.content.formula.length : 0
        )
      );
      expect(longest).toBeLessThan(8192);
    }
  });

  it("grows by a row when every panel declares one more figure", () => {
    const panels = SUMMARY_PANELS as unknown as SummaryPanel[];
    const saved = [...panels];
    const rows = (layout: WorkbookLayout): number =>
      Math.max(...summaryOf(layout).cells.map((c) => Number(c.address.slice(1))));
    const before = rows(build());
    saved.forEach((panel, i) => {
      panels[i] = {
        ...panel,
        figures: [
          ...panel.figures,
          {
            key: `extra_${i}`,
            unit: "text",
            label: { ru: `Ещё ${i}`, en: `More ${i}` },
            formula: () => `"${i}"`,
          },
        ],
      };
    });
    try {
      const after = build();
      expect(formulaBeside(summaryOf(after), "Ещё 0")).toBe('"0"');
      expect(formulaBeside(summaryOf(after), "Ещё 2")).toBe('"2"');
      expect(rows(after)).toBe(before + 1);
    } finally {
      saved.forEach((panel, i) => (panels[i] = panel));
    }
  });

  it("lists three risks, five activities and five people per role from the Calc sheet's picks", () => {
    const layout = build();
    const calc = layout.sheets.find((s) => s.name === "Calc");
    const picks = (calc?.cells ?? []).filter(
      (c) => c.address.startsWith("P") && c.content.kind === "formula"
    );
    const labels = (calc?.cells ?? [])
      .filter((c) => c.address.startsWith("O") && c.content.kind === "value")
      .map((c) => (c.content.kind === "value" ? c.content.value : null));
    expect(labels).toEqual(
      expect.arrayContaining([
        "summary_after",
        "risk_3",
        "activity_5",
        "opponents_5",
        "supporters_count",
      ])
    );
    expect(labels).not.toContain("risk_4");
    expect(
      picks.every(
        (c) =>
          c.content.kind === "formula" && !/_xlfn\.(FILTER|SORT|TEXTJOIN)/.test(c.content.formula)
      )
    ).toBe(true);
    const sheet = summaryOf(layout);
    expect(
      sheet.cells.filter(
        (c) => c.content.kind === "formula" && c.content.formula.includes("Risks[[Риск]]")
      )
    ).toHaveLength(3);
    expect(
      sheet.cells.filter(
        (c) =>
          c.content.kind === "formula" && c.content.formula.includes("Activities[[Мероприятие]]")
      )
    ).toHaveLength(5);
  });
});
