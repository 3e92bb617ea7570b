import { DEFAULT_CONFIG } from "../domain/config/defaults";
import type { FieldDef } from "../domain/config/types";
import { fieldValidation } from "./validation";

const lists = new Map([["segments", { kind: "list" as const, sheet: "Lists", range: "A2:A4" }]]);

function field(key: string): FieldDef {
  const found = DEFAULT_CONFIG.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe("fieldValidation within Excel's limits ([MS-OI29500] 2.1.613)", () => {
  it("keeps a title of exactly 32 characters whole (the Dossier's client budget)", () => {
    const budget = field("client_budget");
    expect(budget.label.ru).toHaveLength(32);
    expect(fieldValidation(budget, "B13", "ru", lists)?.prompt?.title).toBe(
      "Бюджет клиента на нашу категорию"
    );
  });

  it("cuts a longer label to 32 characters for the prompt and the list error title", () => {
    const long: FieldDef = {
      ...field("client_segment"),
      label: { ru: "Сегмент клиента по классификации отдела продаж", en: "Segment" },
    };
    const v = fieldValidation(long, "B6", "ru", lists);
    expect(v?.prompt?.title).toBe("Сегмент клиента по классификаци…");
    expect(v?.prompt?.title).toHaveLength(32);
    expect(v?.error?.title).toHaveLength(32);
  });

  it("cuts a prompt to 255 characters and keeps error messages within 224", () => {
    const chatty: FieldDef = { ...field("client_budget"), help: { ru: "а".repeat(300), en: "a" } };
    const v = fieldValidation(chatty, "B13", "ru", lists);
    expect(v?.prompt?.message).toHaveLength(255);
    expect(v?.prompt?.message.endsWith("…")).toBe(true);
    for (const f of DEFAULT_CONFIG.fields)
      for (const lang of ["ru", "en"] as const) {
        const error = fieldValidation(f, "B1", lang, lists)?.error;
        expect(error?.message.length ?? 0).toBeLessThanOrEqual(224);
        expect(error?.title.length ?? 0).toBeLessThanOrEqual(32);
      }
  });
});
