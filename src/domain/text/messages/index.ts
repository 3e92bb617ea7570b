import { severityOf, type FindingCode } from "../../codes";
import type { Finding } from "../../findings";
import type { Lang } from "../../values";
import { ECONOMICS_MESSAGES } from "./economics";
import { RULE_MESSAGES } from "./rules";
import { STRUCTURE_MESSAGES } from "./structure";
import type { FindingArgs, MessageDictionary, MessageTemplates } from "./types";

export type { FindingArgs, MessageTemplate, MessageDictionary, TypeHint } from "./types";
export type { ConfigProblem, ConfigProblemArgs, ConfigProblemValues } from "./config-problems";

/** The whole dictionary: structural and type messages plus the rule messages; typed, so no code lacks one. */
export const MESSAGES: MessageDictionary = {
  ...STRUCTURE_MESSAGES,
  ...RULE_MESSAGES,
  ...ECONOMICS_MESSAGES,
};

/** Where a finding is: sheet + A1 cell and/or a defined or table name. */
export interface FindingPlace {
  readonly sheet?: string | null;
  readonly cell?: string | null;
  readonly name?: string | null;
}

/** The message of `code` in `lang` with its arguments. */
export function formatMessage<C extends FindingCode>(
  code: C,
  lang: Lang,
  args: FindingArgs[C]
): string {
  const templates: MessageTemplates<C> = MESSAGES;
  return templates[code][lang](args);
}

/** Build a finding: severity from the code table, message from the dictionary. */
export function makeFinding<C extends FindingCode>(
  code: C,
  lang: Lang,
  place: FindingPlace,
  args: FindingArgs[C]
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
