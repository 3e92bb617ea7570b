import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { useMemo, type ReactElement } from "react";
import type { NextTier, PromoResult } from "../../domain/calc/economics";
import type { PlanRow } from "../../domain/plan";
import type { CheckReport } from "../../domain/report";
import type { Lang } from "../../domain/values";
import { translatorFor } from "../../i18n/translate";
import { PaneContext } from "../hooks/paneContext";
import { useActionRunner } from "../hooks/useActionRunner";
import { fakeWorkbook } from "../testing/fakeActions";
import { sampleReport } from "../testing/sampleReport";
import { NumbersView } from "./NumbersView";

const NBSP = /[\u00a0\u202f]/g;

const tier = (basisPeriod: string, gap: number | null, rate: number | null): NextTier => ({
  condition: "volume",
  basisPeriod,
  blockStart: "2027-04",
  blockEnd: "2027-06",
  actualToDate: 1_000_000_00,
  threshold: gap === null ? null : 1_000_000_00 + gap,
  gap,
  rate,
});

const promo = (
  row: number,
  activity: string | null,
  values: Partial<Omit<PromoResult, "row" | "activity">> = {}
): PromoResult => ({
  row,
  activity,
  baseline: null,
  incremental: null,
  incrementalPerCost: null,
  promoReturn: null,
  ...values,
});

const activityRow = (index: number, status: string | null): PlanRow => ({
  index,
  values: { kind: "promo", status },
  refs: {},
  months: {},
  filledMonths: [],
  monthRefs: {},
});

/**
 * The sample report with the §10 economics: a discount earned, two groups short of their next tier,
 * and four promos: one that paid off, one at a loss, one not computed yet, one cancelled.
 */
function economicsReport(lang: Lang, grossMargin: number | null): CheckReport {
  const base = sampleReport(lang);
  const config = { ...base.config, settings: { ...base.config.settings, grossMargin } };
  return {
    ...base,
    config,
    plan: {
      ...base.plan,
      config,
      tables: {
        Activities: {
          key: "Activities",
          present: true,
          ref: null,
          rows: [
            activityRow(0, "done"),
            activityRow(1, "done"),
            activityRow(2, "planned"),
            activityRow(3, "cancelled"),
          ],
          monthColumns: [],
        },
      },
    },
    numbers: {
      ...base.numbers,
      discountEarned: 540_000,
      nextTier: [tier("quarter", 340_000_00, 0.04), tier("half_year", 90_000_00, 0.01)],
      promos: [
        promo(1, "Дегустации", {
          baseline: 100_000_00,
          incremental: 60_000_00,
          incrementalPerCost: 5.4,
          promoReturn: grossMargin === null ? null : 4_000_00,
        }),
        promo(2, "Скидка на чай", {
          baseline: 50_000_00,
          incremental: 1_800_00,
          incrementalPerCost: 0.03,
          promoReturn: grossMargin === null ? null : -59_550_00,
        }),
        promo(3, null),
        promo(4, "Отменённое промо"),
      ],
    },
  };
}

function Pane({
  report,
  lang,
}: {
  readonly report: CheckReport;
  readonly lang: Lang;
}): ReactElement {
  const t = useMemo(() => translatorFor(lang), [lang]);
  const runner = useActionRunner(t);
  const fake = useMemo(() => fakeWorkbook(), []);
  const value = useMemo(
    () => ({ actions: fake, lang, t, runner, today: () => "2027-05-10" }),
    [fake, lang, t, runner]
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={value}>
        <NumbersView report={report} onCalculate={() => undefined} />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

const text = (id: string): string => screen.getByTestId(id).textContent.replace(NBSP, " ");

afterEach(cleanup);

describe("the Numbers view's negotiation economics (spec §10)", () => {
  it("shows the discount earned and the gap to the nearest next tier with its rate", () => {
    render(<Pane report={economicsReport("ru", 0.25)} lang="ru" />);
    expect(text("numbers.discountEarned")).toBe("5 400,00 ₽");
    // The half-year group is nearer its next tier (90 000) than the quarter one (340 000).
    expect(text("numbers.nextTierGap")).toBe("90 000,00 ₽ → 1 %");
  });

  it("lists every promo but the cancelled one, with its baseline, incremental, per cost and return", () => {
    render(<Pane report={economicsReport("ru", 0.25)} lang="ru" />);
    const section = screen.getByRole("region", { name: "Промоакции" });
    expect(within(section).getAllByRole("listitem")).toHaveLength(3);
    expect(within(section).queryByText("Отменённое промо")).toBeNull();
    expect(text("promo-1.promoBaseline")).toBe("100 000,00 ₽");
    expect(text("promo-1.promoIncremental")).toBe("60 000,00 ₽");
    expect(text("promo-1.promoPerCost")).toBe("5,4");
    expect(text("promo-1.promoReturn")).toBe("4 000,00 ₽");
    expect(screen.getByTestId("promo-1").getAttribute("data-status")).toBeNull();
  });

  it("flags a promo with a return below 0 as at a loss, in the warning colour", () => {
    render(<Pane report={economicsReport("ru", 0.25)} lang="ru" />);
    expect(screen.getByTestId("promo-2").getAttribute("data-status")).toBe("warning");
    expect(text("promo-2.promoReturn")).toMatch(/^[-−]59 550,00 ₽ · убыточна$/);
  });

  it("says a promo is not computed yet, and names an untitled one by its row", () => {
    render(<Pane report={economicsReport("en", 0.25)} lang="en" />);
    const pending = screen.getByTestId("promo-3");
    expect(within(pending).getByText("Promo, row 3")).toBeTruthy();
    expect(pending.textContent).toContain("Not computed yet");
    expect(within(pending).queryByRole("definition")).toBeNull();
  });

  it("claims no return without a gross margin, and says how to get one", () => {
    render(<Pane report={economicsReport("en", null)} lang="en" />);
    expect(screen.queryByTestId("promo-1.promoReturn")).toBeNull();
    expect(text("promo-1.promoIncremental")).toBe("RUB 60,000.00");
    expect(screen.getByTestId("promo-2").getAttribute("data-status")).toBeNull();
    expect(screen.getByText(/once the gross margin \(gross_margin\) is set/)).toBeTruthy();
  });

  it("says there is no promo, and shows no next tier when no group has one", () => {
    const report = economicsReport("ru", null);
    render(
      <Pane
        report={{
          ...report,
          numbers: { ...report.numbers, promos: [], nextTier: [tier("quarter", null, null)] },
        }}
        lang="ru"
      />
    );
    expect(screen.getByText(/В плане нет промоакций/)).toBeTruthy();
    expect(screen.queryByTestId("numbers.nextTierGap")).toBeNull();
  });
});
