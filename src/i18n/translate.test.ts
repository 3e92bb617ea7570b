import { en } from "./en";
import { ru } from "./ru";
import { paneLangFromDisplayLanguage, translate } from "./translate";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("task pane dictionaries", () => {
  it("have the same keys in Russian and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it("have a non-empty text for every key in both languages", () => {
    for (const [key, text] of [...Object.entries(ru), ...Object.entries(en)]) {
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
      expect({ key, ph: placeholders(en[key]) }).toEqual({ key, ph: placeholders(ru[key]) });
    }
  });

  it("writes Russian texts in Cyrillic (no English left untranslated in ru)", () => {
    const latinOnly = Object.entries(ru).filter(
      ([key, text]) =>
        !/[а-яё]/i.test(text) && !["lang.en", "header.empty", "numbers.kpi"].includes(key)
    );
    expect(latinOnly).toEqual([]);
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("ru", "check.goTo", { ref: "ActionPlan!C5" })).toBe(
      "Перейти к ячейке ActionPlan!C5"
    );
    expect(translate("en", "result.checked", { error: 2, warning: 1, info: 0 })).toBe(
      "Check done: 2 errors, 1 warnings, 0 info."
    );
  });

  it("leaves a placeholder without a value visible", () => {
    expect(translate("en", "check.goTo")).toBe("Go to cell {ref}");
  });
});

describe("paneLangFromDisplayLanguage", () => {
  it.each([
    ["ru-RU", "ru"],
    ["RU", "ru"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("maps %p to %p", (display, lang) => {
    expect(paneLangFromDisplayLanguage(display)).toBe(lang);
  });
});
