import type { Lang } from "../domain/values";
import { en } from "./en";
import { ru, type MessageKey } from "./ru";

export type { MessageKey } from "./ru";

/** Values substituted into a text's `{placeholders}`. */
export type TextArgs = Readonly<Record<string, string | number>>;

/** Both dictionaries by language. */
export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  ru,
  en,
};

/**
 * The text of `key` in `lang` with `{name}` placeholders replaced from `args`.
 * A placeholder without a value stays visible (`{name}`) so a missing argument shows in tests.
 */
export function translate(lang: Lang, key: MessageKey, args: TextArgs = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The pane language for Office's display language (`Office.context.displayLanguage`, e.g. `ru-RU`, `en-US`):
 * Russian for `ru-*`, English for everything else (the only other language the pane has).
 */
export function paneLangFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? "").trim().toLowerCase().startsWith("ru") ? "ru" : "en";
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, args?: TextArgs) => string;

/** `translate` bound to `lang`. */
export function translatorFor(lang: Lang): Translate {
  return (key, args) => translate(lang, key, args);
}
