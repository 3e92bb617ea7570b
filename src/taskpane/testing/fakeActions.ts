import type { Finding } from "../../domain/findings";
import type { CellRef, Lang } from "../../domain/values";
import { defaultHeaderRow, readPastedActuals } from "../../excel/import-actuals-grid";
import type {
  ActionResult,
  ActualsColumns,
  BuildOptions,
  ImportActualsResult,
  WorkbookActions,
  WorkbookState,
} from "../../excel/types";
import { mergeActuals } from "../../domain/portfolio/actuals";
import type { CellWrite } from "../../domain/whatif/cell-writes";
import { SAMPLE_CONFIG, SAMPLE_NUMBERS, sampleReport } from "./sampleReport";

/** A call the fake recorded, for assertions. */
export type FakeCall =
  | { readonly name: "check"; readonly lang: Lang | undefined; readonly today: string }
  | { readonly name: "selectCell"; readonly ref: CellRef }
  | { readonly name: "writeFindingsSheet"; readonly lang: Lang; readonly count: number }
  | { readonly name: "buildTemplate"; readonly options: Omit<BuildOptions, "onProgress"> }
  | {
      readonly name: "importActuals";
      readonly rows: number;
      readonly columns: ActualsColumns;
      readonly headerRow: number | undefined;
    }
  | { readonly name: "applyInputs"; readonly writes: readonly CellWrite[] }
  | {
      readonly name:
        | "applyConfiguration"
        | "upgradeTemplate"
        | "addRows"
        | "openConfig"
        | "readConfig"
        | "readState";
    };

/** Items of the fake plan's sales plan (actuals of other items are "unknown"). */
export const FAKE_PLAN_ITEMS: readonly string[] = ["Молоко 3,2%", "Кефир"];

/** A fake workbook for pane tests: records calls, answers from `sampleReport`, and can be told to fail. */
export interface FakeWorkbook extends WorkbookActions {
  readonly calls: FakeCall[];
  state: WorkbookState;
  /** Next `applyConfiguration` answer (default ok). */
  applyResult: ActionResult;
  /** Findings of `readConfig`. */
  configFindings: readonly Finding[];
  /** A method name that throws this error on its next call. */
  failNext: { readonly method: keyof WorkbookActions; readonly error: unknown } | null;
  /** Resolves pending calls that wait on `hold` (to observe the busy state). */
  hold: Promise<void> | null;
  /** Next `importActuals` answer; null (default): merge the pasted rows into an empty SalesActual of the sample plan with the real core. */
  importResult: ImportActualsResult | null;
  /** False: the workbook has no Config sheet (`readConfig` finds neither a config nor findings). */
  hasConfigSheet: boolean;
  /** Imitate a person editing the workbook: every `watchChanges` listener is called. */
  editByUser(): void;
}

/** The state of a filled plan built by template 1.0.0. */
export const FILLED_STATE: WorkbookState = {
  hasPlan: true,
  clientName: "ООО «Ромашка»",
  planStart: "2027-01-01",
  planEnd: "2027-06-30",
  planPeriod: "half_year",
  templateVersion: "1.0.0",
  outdated: false,
  language: "ru",
};

/** A new fake workbook holding a filled plan. */
export function fakeWorkbook(state: WorkbookState = FILLED_STATE): FakeWorkbook {
  const listeners = new Set<() => void>();
  const fake: FakeWorkbook = {
    calls: [],
    state,
    applyResult: { ok: true, archived: 0, syncs: 4 },
    configFindings: [],
    failNext: null,
    hold: null,
    importResult: null,
    hasConfigSheet: true,
    editByUser() {
      for (const listener of listeners) listener();
    },
    watchChanges(onChange) {
      listeners.add(onChange);
      return Promise.resolve(() => {
        listeners.delete(onChange);
        return Promise.resolve();
      });
    },
    async readState() {
      await gate("readState");
      fake.calls.push({ name: "readState" });
      return fake.state;
    },
    async buildTemplate({ onProgress, ...options }) {
      await gate("buildTemplate");
      onProgress?.({ step: "building", fraction: 0.5 });
      fake.calls.push({ name: "buildTemplate", options });
      fake.state = {
        ...fake.state,
        hasPlan: true,
        language: options.lang,
        planStart: `${options.start}-01`,
        planPeriod: options.period,
      };
      return { ok: true, archived: 0, syncs: 3 };
    },
    async check({ today, lang }) {
      await gate("check");
      fake.calls.push({ name: "check", lang, today });
      return sampleReport(lang ?? "ru");
    },
    async selectCell(ref) {
      await gate("selectCell");
      fake.calls.push({ name: "selectCell", ref });
    },
    async writeFindingsSheet(findings, lang) {
      await gate("writeFindingsSheet");
      fake.calls.push({ name: "writeFindingsSheet", lang, count: findings.length });
    },
    async applyConfiguration() {
      await gate("applyConfiguration");
      fake.calls.push({ name: "applyConfiguration" });
      return fake.applyResult;
    },
    async upgradeTemplate() {
      await gate("upgradeTemplate");
      fake.calls.push({ name: "upgradeTemplate" });
      return { ok: true, archived: 0, syncs: 4 };
    },
    async addRows() {
      await gate("addRows");
      fake.calls.push({ name: "addRows" });
      return { ok: true, archived: 0, syncs: 3 };
    },
    async openConfig() {
      await gate("openConfig");
      fake.calls.push({ name: "openConfig" });
    },
    async importActuals(grid, columns, options = {}) {
      await gate("importActuals");
      options.onProgress?.({ step: "computing", fraction: 0.4 });
      fake.calls.push({
        name: "importActuals",
        rows: grid.length,
        columns,
        headerRow: options.headerRow,
      });
      if (fake.importResult) return fake.importResult;
      const read = readPastedActuals(
        grid,
        columns,
        options.headerRow ?? defaultHeaderRow(grid) ?? 0,
        options.firstLine ?? 1
      );
      const { report } = mergeActuals(
        { months: SAMPLE_NUMBERS.months, planItems: FAKE_PLAN_ITEMS, rows: [] },
        read.records,
        read.badRows
      );
      return {
        ok: true,
        report,
        written: report.cellsWritten > 0,
        archived: 0,
        syncs: report.cellsWritten > 0 ? 3 : 2,
      };
    },
    async applyInputs(writes) {
      await gate("applyInputs");
      fake.calls.push({ name: "applyInputs", writes });
      return { ok: true, written: writes.length, syncs: 2 };
    },
    async readConfig() {
      await gate("readConfig");
      fake.calls.push({ name: "readConfig" });
      if (!fake.hasConfigSheet) return { config: null, findings: [] };
      return {
        config: fake.configFindings.length > 0 ? null : SAMPLE_CONFIG,
        findings: fake.configFindings,
      };
    },
  };
  async function gate(method: keyof WorkbookActions): Promise<void> {
    if (fake.hold) await fake.hold;
    if (fake.failNext?.method === method) {
      const { error } = fake.failNext;
      fake.failNext = null;
      throw error;
    }
  }
  return fake;
}
