/**
 * Transitional re-export: value extraction lives in src/layout/carry-values.ts
 * (one implementation for the CLI, the portfolio tools and the Office.js adapter).
 */
import { DEFAULT_CONFIG } from '../domain/config/defaults';
import type { KamConfig } from '../domain/config/types';

export { valuesFromSnapshot } from '../layout/carry-values';

/** The configuration plus every default section and field it lacks (what the sheets may still carry). */
export function sheetConfig(config: KamConfig): KamConfig {
  const has = new Set(config.fields.map((f) => `${f.section}.${f.key}`));
  const sections = [...config.sections, ...DEFAULT_CONFIG.sections.filter((s) => !config.sections.some((c) => c.key === s.key))];
  return { ...config, sections, fields: [...config.fields, ...DEFAULT_CONFIG.fields.filter((f) => !has.has(`${f.section}.${f.key}`))] };
}
