import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { KamConfig } from "../domain/config/types";
import { TEMPLATE_VERSION } from "../domain/version";

/**
 * The workbook's configuration brought up to this add-in's defaults: every
 * default section, field, list and list value it lacks is added (its own
 * labels, order, custom fields and settings are kept), and the template
 * version is the current one. What `upgradeTemplate` applies.
 */
export function withDefaults(own: KamConfig): KamConfig {
  const sections = [
    ...own.sections,
    ...DEFAULT_CONFIG.sections.filter((d) => !own.sections.some((s) => s.key === d.key)),
  ];
  const fields = [
    ...own.fields,
    ...DEFAULT_CONFIG.fields.filter(
      (d) => !own.fields.some((f) => f.section === d.section && f.key === d.key)
    ),
  ];
  const lists = DEFAULT_CONFIG.lists.map((d) => {
    const mine = own.lists.find((l) => l.key === d.key);
    if (!mine) return d;
    return {
      ...mine,
      values: [
        ...mine.values,
        ...d.values.filter((v) => !mine.values.some((m) => m.value === v.value)),
      ],
    };
  });
  const extra = own.lists.filter((l) => !DEFAULT_CONFIG.lists.some((d) => d.key === l.key));
  return {
    settings: { ...own.settings, templateVersion: TEMPLATE_VERSION },
    sections,
    fields,
    lists: [...lists, ...extra],
  };
}
