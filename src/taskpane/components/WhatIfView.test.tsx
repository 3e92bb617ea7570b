import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useMemo, type ReactElement } from "react";
import { checkPlan } from "../../domain/check";
import type { CheckReport } from "../../domain/report";
import type { CellWrite } from "../../domain/whatif/cell-writes";
import { aWhatIfPlan } from "../../domain/whatif/testing/whatif-plan";
import { translatorFor } from "../../i18n/translate";
import { PaneContext } from "../hooks/paneContext";
import { useActionRunner } from "../hooks/useActionRunner";
import { fakeWorkbook, type FakeWorkbook } from "../testing/fakeActions";
import { WhatIfView } from "./WhatIfView";

const NBSP = /[\u00a0\u202f]/g;

function reportOf(): CheckReport {
  const plan = aWhatIfPlan();
  const { numbers, findings } = checkPlan(plan, { today: "2027-02-01", lang: "ru" });
  return {
    language: "ru",
    config: plan.config,
    plan,
    numbers,
    findings,
    summary: { counts: { error: 0, warning: 0, info: 0 }, completeness: 1 },
  };
}

function Pane({
  fake,
  report,
  onApply,
}: {
  readonly fake: FakeWorkbook;
  readonly report: CheckReport | null;
  readonly onApply: (writes: readonly CellWrite[]) => void;
}): ReactElement {
  const t = useMemo(() => translatorFor("ru"), []);
  const runner = useActionRunner(t);
  const value = useMemo(
    () => ({ actions: fake, lang: "ru" as const, t, runner, today: () => "2027-02-01" }),
    [fake, t, runner]
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={value}>
        <WhatIfView
          report={report}
          onCalculate={() => undefined}
          onApply={onApply}
          onBack={() => undefined}
        />
      </PaneContext.Provider>
    </FluentProvider>
  );
}

const text = (id: string): string => screen.getByTestId(id).textContent.replace(NBSP, " ");

describe("the What-if view", () => {
  it("shows the credit need move with the deferral at once and writes nothing until Apply", async () => {
    const fake = fakeWorkbook();
    const applied: (readonly CellWrite[])[] = [];
    render(<Pane fake={fake} report={reportOf()} onApply={(w) => applied.push(w)} />);
    const deferral = screen.getByTestId("whatif-deferral");
    expect((deferral as HTMLInputElement).value).toBe("30");
    expect(screen.getByText("Измените условие выше — здесь появится, что изменится.")).toBeTruthy();
    fireEvent.change(deferral, { target: { value: "60" } });
    await waitFor(() => expect(text("whatif-after-credit_required")).toBe("321 428,57 ₽"));
    expect(screen.getByText("Появятся замечания")).toBeTruthy();
    expect(fake.calls.filter((c) => c.name === "applyInputs")).toEqual([]);
    expect(applied).toEqual([]);
    fireEvent.click(screen.getByTestId("whatif-apply"));
    expect(applied).toEqual([
      [
        {
          ref: reportOf().plan.formRefs["credit_depth_days"],
          expected: 30,
          value: 60,
          tolerance: 1e-9,
        },
      ],
    ]);
  });

  it("marks a bad value on its field, in the pane language, and offers nothing to apply", async () => {
    const fake = fakeWorkbook();
    render(<Pane fake={fake} report={reportOf()} onApply={() => undefined} />);
    fireEvent.change(screen.getByTestId("whatif-deferral"), { target: { value: "400" } });
    expect(await screen.findByText("«400» — не целое число дней от 0 до 365")).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>("whatif-apply").disabled).toBe(true);
  });

  it("changes a tier's rate and a month's volume", async () => {
    const fake = fakeWorkbook();
    render(<Pane fake={fake} report={reportOf()} onApply={() => undefined} />);
    // Each quarter sells 450 000 ₽: the second tier (3 % from 400 000 ₽) applies.
    fireEvent.change(screen.getByLabelText("Ступень скидки"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Ставка"), { target: { value: "5" } });
    await waitFor(() => expect(text("whatif-after-discount_total")).toBe("45 000,00 ₽"));
    fireEvent.change(screen.getAllByPlaceholderText("+10% или сумма")[0]!, {
      target: { value: "+10%" },
    });
    await waitFor(() => expect(text("whatif-after-sales_plan_total")).toBe("915 000,00 ₽"));
    expect(text("whatif-cells-count")).toBe("Будет записано ячеек: 3.");
  });

  it("asks for the numbers first when none were computed", () => {
    render(<Pane fake={fakeWorkbook()} report={null} onApply={() => undefined} />);
    expect(screen.getByRole("button", { name: "Рассчитать показатели" })).toBeTruthy();
  });
});
