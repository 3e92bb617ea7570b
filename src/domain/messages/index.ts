import { severityOf, type FindingCode } from "../codes";
import type { Finding } from "../findings";
import type { Lang } from "../values";
import { STRUCTURE_MESSAGES } from "./structure";
import { RULE_MESSAGES } from "./rules";
import type { MessageArgs, MessageDictionary } from "./types";

export type { MessageArgs, MessageTemplate, MessageDictionary } from "./types";

/** The whole dictionary: structural and type messages plus the rule messages. A test checks every code has one. */
export const MESSAGES: MessageDictionary = { ...STRUCTURE_MESSAGES, ...RULE_MESSAGES };

/** Where a finding is: sheet + A1 cell and/or a defined or table name. */
export interface FindingPlace {
  readonly sheet?: string | null;
  readonly cell?: string | null;
  readonly name?: string | null;
}

/** The message of `code` in `lang` with `args`; a code without a template is a bug and says so. */
export function formatMessage(code: FindingCode, lang: Lang, args: MessageArgs = {}): string {
  const template = MESSAGES[code];
  if (!template) throw new Error(`No message template for finding code ${code}`);
  return template[lang](args);
}

/** Build a finding: severity from the code table, message from the dictionary. */
export function makeFinding(
  code: FindingCode,
  lang: Lang,
  place: FindingPlace,
  args: MessageArgs = {}
): Finding {
  return {
    severity: severityOf(code),
    code,
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    name: place.name ?? null,
    message: formatMessage(code, lang, args),
  };
}
