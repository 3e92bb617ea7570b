import { aCustomField } from "../../domain/testing/custom-field";
import fc from "fast-check";
import type { KamConfig } from "../../domain/config/types";
import type { PlanPeriod } from "../types";

/**
 * A SKAM's configuration change, as the apply property tests draw them
 * (the same kinds as src/excel/apply-property.test.ts): remove, hide or
 * relabel a field, add a custom table field, or change the plan period.
 */
export type ConfigChange =
  | { readonly kind: "remove" | "hide" | "relabel"; readonly field: number }
  | { readonly kind: "add"; readonly section: number }
  | { readonly kind: "period"; readonly period: PlanPeriod };

/** Random configuration changes. */
export const configChange: fc.Arbitrary<ConfigChange> = fc.oneof(
  fc.record({
    kind: fc.constantFrom("remove" as const, "hide" as const, "relabel" as const),
    field: fc.nat(),
  }),
  fc.record({ kind: fc.constant("add" as const), section: fc.nat() }),
  fc.record({
    kind: fc.constant("period" as const),
    period: fc.constantFrom<PlanPeriod>("quarter", "half_year", "year"),
  })
);

/** Random cell values a person types: short text, integers, fractions. */
export const typedValue: fc.Arbitrary<string | number> = fc.oneof(
  fc.stringMatching(/^[A-Za-zА-Яа-я][A-Za-zА-Яа-я0-9 ]{0,6}[A-Za-zА-Яа-я0-9]$/),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ min: 0, max: 1, noNaN: true })
);

/** The configuration after a change (a period change leaves it as it is: the period is the plan's). */
export function applyConfigChange(config: KamConfig, change: ConfigChange): KamConfig {
  const optional = config.fields.filter((f) => !f.core);
  if (change.kind === "period") return config;
  if (change.kind === "add") {
    const tables = config.sections.filter((s) => s.kind === "table");
    const section = tables[change.section % tables.length]?.key ?? "Team";
    const field = aCustomField(section, "custom_note", { ru: "Заметка", en: "Note x" });
    return { ...config, fields: [...config.fields, field] };
  }
  const target =
    change.kind === "relabel"
      ? config.fields[change.field % config.fields.length]
      : optional[change.field % optional.length];
  if (!target) return config;
  if (change.kind === "remove")
    return { ...config, fields: config.fields.filter((f) => f !== target) };
  if (change.kind === "hide")
    return {
      ...config,
      fields: config.fields.map((f) => (f === target ? { ...f, hidden: true } : f)),
    };
  return {
    ...config,
    fields: config.fields.map((f) =>
      f === target ? { ...f, label: { ru: `${f.label.ru} (новое)`, en: `${f.label.en} (new)` } } : f
    ),
  };
}
