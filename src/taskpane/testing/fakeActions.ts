import type { Finding } from '../../domain/findings';
import type { CellRef, Lang } from '../../domain/values';
import type { ActionResult, BuildOptions, WorkbookActions, WorkbookState } from '../../excel/types';
import { SAMPLE_CONFIG, sampleReport } from './sampleReport';

/** A call the fake recorded, for assertions. */
export type FakeCall =
  | { readonly name: 'check'; readonly lang: Lang | undefined; readonly today: string }
  | { readonly name: 'selectCell'; readonly ref: CellRef }
  | { readonly name: 'writeFindingsSheet'; readonly lang: Lang; readonly count: number }
  | { readonly name: 'buildTemplate'; readonly options: Omit<BuildOptions, 'onProgress'> }
  | { readonly name: 'applyConfiguration' | 'upgradeTemplate' | 'openConfig' | 'readConfig' | 'readState' };

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
}

/** The state of a filled plan built by template 1.0.0. */
export const FILLED_STATE: WorkbookState = {
  hasPlan: true, clientName: 'ООО «Ромашка»', planStart: '2027-01-01', planEnd: '2027-06-30', planPeriod: 'half_year',
  templateVersion: '1.0.0', outdated: false, language: 'ru',
};

/** A new fake workbook holding a filled plan. */
export function fakeWorkbook(state: WorkbookState = FILLED_STATE): FakeWorkbook {
  const fake: FakeWorkbook = {
    calls: [],
    state,
    applyResult: { ok: true, archived: 0, syncs: 4 },
    configFindings: [],
    failNext: null,
    hold: null,
    async readState() {
      await gate('readState');
      fake.calls.push({ name: 'readState' });
      return fake.state;
    },
    async buildTemplate({ onProgress, ...options }) {
      await gate('buildTemplate');
      onProgress?.({ step: 'building', fraction: 0.5 });
      fake.calls.push({ name: 'buildTemplate', options });
      fake.state = { ...fake.state, hasPlan: true, language: options.lang, planStart: `${options.start}-01`, planPeriod: options.period };
      return { ok: true, archived: 0, syncs: 3 };
    },
    async check({ today, lang }) {
      await gate('check');
      fake.calls.push({ name: 'check', lang, today });
      return sampleReport(lang ?? 'ru');
    },
    async selectCell(ref) {
      await gate('selectCell');
      fake.calls.push({ name: 'selectCell', ref });
    },
    async writeFindingsSheet(findings, lang) {
      await gate('writeFindingsSheet');
      fake.calls.push({ name: 'writeFindingsSheet', lang, count: findings.length });
    },
    async applyConfiguration() {
      await gate('applyConfiguration');
      fake.calls.push({ name: 'applyConfiguration' });
      return fake.applyResult;
    },
    async upgradeTemplate() {
      await gate('upgradeTemplate');
      fake.calls.push({ name: 'upgradeTemplate' });
      return { ok: true, archived: 0, syncs: 4 };
    },
    async openConfig() {
      await gate('openConfig');
      fake.calls.push({ name: 'openConfig' });
    },
    async readConfig() {
      await gate('readConfig');
      fake.calls.push({ name: 'readConfig' });
      return { config: fake.configFindings.length > 0 ? null : SAMPLE_CONFIG, findings: fake.configFindings };
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
