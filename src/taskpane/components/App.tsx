import { makeStyles, tokens } from "@fluentui/react-components";
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from "react";
import type { CheckReport } from "../../domain/report";
import type { CellWrite } from "../../domain/whatif/cell-writes";
import { TEMPLATE_VERSION } from "../../domain/version";
import type { CellRef, Lang } from "../../domain/values";
import type { BuildOptions, WorkbookActions, WorkbookState } from "../../excel/types";
import { translatorFor } from "../../i18n/translate";
import { PaneContext, type PaneContextValue } from "../hooks/paneContext";
import { resultNotice } from "../hooks/resultNotice";
import { useActionRunner } from "../hooks/useActionRunner";
import { useWorkbookState } from "../hooks/useWorkbookState";
import { NoticeArea, ProgressLine } from "./ActionStatus";
import { CheckToolbar, CheckView, type CheckStampValue } from "./CheckView";
import type { ConfigStatus } from "./ConfigView";
import { Header } from "./Header";
import { NoPlan } from "./NoPlan";
import { PaneTabs } from "./PaneTabs";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Tabs, progress and the Check view's actions and counts stay in view while the findings scroll.
  pinned: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: { flexGrow: 1, paddingBottom: tokens.spacingVerticalM },
  loading: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

// The views a KAM opens less often load on first use: the pane's first paint carries the Check view only.
const PlanView = lazy(async () => ({
  default: (await import(/* webpackChunkName: "view-plan" */ "./PlanView")).PlanView,
}));
const NumbersView = lazy(async () => ({
  default: (await import(/* webpackChunkName: "view-numbers" */ "./NumbersView")).NumbersView,
}));
const WhatIfView = lazy(async () => ({
  default: (await import(/* webpackChunkName: "view-whatif" */ "./WhatIfView")).WhatIfView,
}));
const ConfigView = lazy(async () => ({
  default: (await import(/* webpackChunkName: "view-config" */ "./ConfigView")).ConfigView,
}));

/** A key that changes when the workbook's plan settings change, so the Plan form starts from them again. */
function planFormKey(state: WorkbookState | null): string {
  return state === null ? "none" : [state.language, state.planStart, state.planPeriod].join("|");
}

/** The pane's views: four tabs, and What-if, opened from Numbers (its tab stays marked: five tabs do not fit 320 px). */
export type PaneView = "plan" | "check" | "numbers" | "whatif" | "config";
type TabView = Exclude<PaneView, "whatif">;
const VIEWS: readonly TabView[] = ["plan", "check", "numbers", "config"];

/** Props of the task pane. */
export interface AppProps {
  /** The workbook, through the adapter (or a fake in tests and the preview's double). */
  readonly actions: WorkbookActions;
  /** The pane language at start (from Office's display language); the user can switch it. */
  readonly initialLang: Lang;
  /** Today as `YYYY-MM-DD`. */
  readonly today: () => string;
  /** The view to open on; default: Check for a workbook with a plan, Plan (build it) for one without. */
  readonly initialView?: PaneView;
  /** The clock for "checked at" (default: this machine's). */
  readonly now?: () => Date;
}

const systemNow = (): Date => new Date();

/** The task pane: header with the workbook state, the Plan / Check / Numbers / Configuration views, progress and messages. */
export function App({
  actions,
  initialLang,
  today,
  initialView,
  now = systemNow,
}: AppProps): ReactElement {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translatorFor(lang), [lang]);
  const runner = useActionRunner(t);
  const { state, error: stateError, refresh } = useWorkbookState(actions);
  // null until the workbook is read (unless the host asked for a view): then Check or Plan.
  const [view, setView] = useState<PaneView | null>(initialView ?? null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [stamp, setStamp] = useState<CheckStampValue | null>(null);
  const [configStatus, setConfigStatus] = useState<ConfigStatus>({ kind: "none" });
  const pane: PaneContextValue = useMemo(
    () => ({ actions, lang, t, runner, today }),
    [actions, lang, t, runner, today]
  );
  const { run, setNotice, busy } = runner;
  const busyRef = useRef(busy);
  useEffect(() => {
    busyRef.current = busy;
  }, [busy]);

  // Until the person picks a view: Check for a workbook with a plan, Plan (build it) for one without.
  const shown: PaneView | null = view ?? (state === null ? null : state.hasPlan ? "check" : "plan");

  // A person's edit after a check makes its results stale (the add-in's own writes do not).
  useEffect(() => {
    if (!actions.watchChanges) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    actions
      .watchChanges(() => {
        if (!busyRef.current) setStamp((s) => (s === null || s.stale ? s : { ...s, stale: true }));
      })
      .then(
        (stopWatching) => {
          if (live) stop = stopWatching;
          else void stopWatching();
        },
        (error: unknown) => console.error("[kam] watching the workbook failed", error)
      );
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [actions]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (stateError !== null)
      setNotice({
        intent: "error",
        title: t("failure.title"),
        text: t("failure.unexpected", { action: t("action.readState"), detail: stateError }),
      });
  }, [stateError, setNotice, t]);

  const check = useCallback(
    async (inLang: Lang) => {
      const result = await run("check", "reading", () =>
        actions.check({ today: today(), lang: inLang })
      );
      if (result) {
        setReport(result);
        setStamp({ at: now(), stale: false });
      }
    },
    [actions, run, today, now]
  );
  const switchLang = (next: Lang): void => {
    setLang(next);
    // Findings are texts too: show them in the new language.
    if (report !== null) void check(next);
  };
  const select = (ref: CellRef): void =>
    void run("select", "selecting", () => actions.selectCell(ref, lang));
  const writeSheet = (): void =>
    void run("write", "computing", async () => {
      if (report === null) return;
      const sheetLang = state?.language ?? report.language;
      const findings =
        sheetLang === lang
          ? report.findings
          : (await actions.check({ today: today(), lang: sheetLang })).findings;
      await actions.writeFindingsSheet(findings, sheetLang);
      setNotice({ intent: "success", text: t("result.findingsWritten") });
    });
  const afterChange = async (ok: boolean): Promise<void> => {
    await refresh();
    if (ok) {
      setReport(null);
      setStamp(null);
    }
  };
  const applyWhatIf = (writes: readonly CellWrite[]): void =>
    void run("applyWhatIf", "writing", async () => {
      if (!actions.applyInputs) return;
      const result = await actions.applyInputs(writes, lang);
      if (!result.ok) {
        setNotice({ intent: "error", title: t("failure.title"), text: result.message });
        return;
      }
      const next = await actions.check({ today: today(), lang });
      setReport(next);
      setStamp({ at: now(), stale: false });
      setNotice({ intent: "success", text: t("whatif.applied", { n: result.written }) });
    });
  const selectView = (next: PaneView): void => {
    // A message belongs to the view it was shown on.
    setNotice(null);
    if (next !== "config") setConfigStatus({ kind: "none" });
    setView(next);
  };
  const goBuild = (): void => selectView("plan");
  const hasPlan = state?.hasPlan === true;
  const build = (options: Omit<BuildOptions, "onProgress">): void =>
    void run("build", "building", async (onProgress) => {
      const result = await actions.buildTemplate({ ...options, uiLang: lang, onProgress });
      setNotice(resultNotice(t, result, t(options.overwrite ? "result.rebuilt" : "result.built")));
      await afterChange(result.ok);
    });
  const apply = (): void =>
    void run("apply", "validating", async (onProgress) => {
      const result = await actions.applyConfiguration({ uiLang: lang, onProgress });
      setNotice(resultNotice(t, result, t("result.applied")));
      setConfigStatus(
        result.ok ? { kind: "none" } : { kind: "invalid", findings: result.findings }
      );
      await afterChange(result.ok);
    });
  const upgrade = (): void =>
    void run("upgrade", "validating", async (onProgress) => {
      const result = await actions.upgradeTemplate({ uiLang: lang, onProgress });
      setNotice(resultNotice(t, result, t("result.upgraded", { version: TEMPLATE_VERSION })));
      await afterChange(result.ok);
    });
  const addRows = actions.addRows
    ? (): void =>
        void run("addRows", "writing", async () => {
          const result = (await actions.addRows?.({ uiLang: lang })) ?? null;
          if (result === null) return;
          setNotice(resultNotice(t, result, t("result.rowsAdded")));
          await afterChange(result.ok);
        })
    : undefined;
  const validateConfig = (): void =>
    void run("readConfig", "validating", async () => {
      const { config, findings } = await actions.readConfig();
      if (config === null && findings.length === 0) setConfigStatus({ kind: "missing" });
      else if (findings.length > 0 || config === null)
        setConfigStatus({ kind: "invalid", findings });
      else
        setConfigStatus({
          kind: "valid",
          sections: config.sections.length,
          fields: config.fields.length,
          lists: config.lists.length,
        });
    });

  return (
    <PaneContext.Provider value={pane}>
      <main className={styles.root} data-busy={busy}>
        <Header state={state} onPaneLangChange={switchLang} onRefresh={() => void refresh()} />
        <div className={styles.pinned}>
          <PaneTabs
            views={VIEWS}
            selected={shown === "whatif" ? "numbers" : shown}
            label={t("app.tabsLabel")}
            labelOf={(v) => t(`tab.${v}`)}
            onSelect={selectView}
          />
          <ProgressLine />
          {shown === "check" && hasPlan ? (
            <CheckToolbar
              report={report}
              stamp={stamp}
              onCheck={() => void check(lang)}
              onWriteSheet={writeSheet}
            />
          ) : null}
        </div>
        {shown === null ? (
          <span className={styles.loading} role="status" data-testid="pane-loading">
            {t("header.loading")}
          </span>
        ) : (
          <div
            role="tabpanel"
            id={`panel-${shown === "whatif" ? "numbers" : shown}`}
            aria-labelledby={`tab-${shown === "whatif" ? "numbers" : shown}`}
            className={styles.panel}
          >
            <Suspense fallback={<span>{t("app.loading")}</span>}>
              {shown === "plan" ? (
                <PlanView
                  key={planFormKey(state)}
                  state={state}
                  onBuild={build}
                  onRebuildMonths={apply}
                  onUpgrade={upgrade}
                  {...(addRows ? { onAddRows: addRows } : {})}
                />
              ) : null}
              {shown === "check" ? (
                hasPlan ? (
                  <CheckView report={report} onSelect={select} />
                ) : (
                  <NoPlan onGoBuild={goBuild} />
                )
              ) : null}
              {shown === "numbers" ? (
                hasPlan ? (
                  <NumbersView
                    report={report}
                    stamp={stamp}
                    onCalculate={() => void check(lang)}
                    onWhatIf={() => selectView("whatif")}
                  />
                ) : (
                  <NoPlan onGoBuild={goBuild} />
                )
              ) : null}
              {shown === "whatif" ? (
                hasPlan ? (
                  <WhatIfView
                    report={report}
                    onCalculate={() => void check(lang)}
                    onApply={applyWhatIf}
                    onBack={() => selectView("numbers")}
                  />
                ) : (
                  <NoPlan onGoBuild={goBuild} />
                )
              ) : null}
              {shown === "config" ? (
                <ConfigView
                  status={configStatus}
                  onOpen={() => void run("openConfig", "opening", () => actions.openConfig(lang))}
                  onValidate={validateConfig}
                  onApply={apply}
                  onSelect={select}
                />
              ) : null}
            </Suspense>
          </div>
        )}
        <NoticeArea />
      </main>
    </PaneContext.Provider>
  );
}
