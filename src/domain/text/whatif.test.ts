import { calculatePlan } from "../calc/calculate";
import { parseWhatIfChanges } from "../whatif/changes";
import { aWhatIfPlan } from "../whatif/testing/whatif-plan";
import { whatIf } from "../whatif/whatif";
import { formatAmountChange, formatDaysChange, formatPointsChange } from "./format";
import { changeText, differenceText, inputText, leafText, valueLabel } from "./whatif";

const plan = aWhatIfPlan();

function resultOf(input: Record<string, string>): ReturnType<typeof whatIf> {
  const parsed = parseWhatIfChanges(input, plan);
  if (!parsed.ok) throw new Error("bad input");
  return whatIf(plan, parsed.changes);
}

describe("what-if texts", () => {
  it("signs changes: amounts, percentage points, days", () => {
    expect(formatAmountChange(70_967_74, "ru", "RUB")).toBe("+70\u00a0967,74\u00a0₽");
    expect(formatAmountChange(-5_00, "en", "RUB")).toBe("-RUB\u00a05.00");
    expect(formatAmountChange(0, "en", "RUB")).toBe("RUB\u00a00.00");
    expect(formatPointsChange(0.0142, "ru")).toBe("+1,42\u00a0п.\u00a0п.");
    expect(formatPointsChange(-0.005, "en")).toBe("-0.5\u00a0pp");
    expect(formatPointsChange(0, "en")).toBe("0\u00a0pp");
    expect(formatDaysChange(30, "en")).toBe("+30\u00a0days");
  });

  it("says what a change is about, with the field labels of the workbook", () => {
    const result = resultOf({
      credit_depth_days: "60",
      "tier.2.rate": "5%",
      "item.кефир 1%": "+10%",
    });
    expect(result.changes.map((c) => changeText(c, plan, "ru"))).toEqual([
      "Глубина отсрочки, дней: 60",
      "Ступень скидки, строка 2 (Высокая, За объём, Квартал): Ставка скидки 5\u00a0%",
      "План продаж «Кефир 1%»: +10\u00a0%",
    ]);
    expect(inputText(result.inputs[0]!, plan, "en")).toBe("Payment deferral, days");
    expect(inputText(result.inputs[2]!, plan, "en")).toBe('Sales plan "Кефир 1%", Jan 2027');
  });

  it("labels nested values by what they are: a month, a discount block, a KPI", () => {
    const result = resultOf({ credit_depth_days: "60", "tier.2.rate": "5%" });
    const label = (key: string): string =>
      valueLabel(
        result.values.find((v) => v.key === key)!,
        plan,
        "en",
        result.before
      );
    expect(label("credit_need.2027-03")).toBe("Credit need by month · Mar 2027");
    expect(label("discounts.1.rate")).toBe(
      "Discount · Volume, Quarter, Apr 2027 – Jun 2027 · rate"
    );
    expect(label("kpi_fulfillment.0")).toBe('KPI fulfillment "Выручка"');
    expect(label("rollups.total.q1")).toBe("Sales plan · All items · Q1");
    expect(label("credit_required")).toBe("Credit required");
  });

  it("shows values by unit and empty as a dash", () => {
    const n = calculatePlan(plan);
    expect(leafText("amount", n.creditRequired, "ru", "RUB")).toBe("160\u00a0714,29\u00a0₽");
    expect(leafText("ratio", null, "ru", "RUB")).toBe("—");
    expect(leafText("month", "2027-03", "en", "RUB")).toBe("Mar 2027");
    expect(differenceText("month", null, "en", "RUB")).toBeNull();
    expect(differenceText("date", 31, "ru", "RUB")).toBe("+31\u00a0дн.");
  });
});
