import type { FindingCode } from "../codes";
import type { Lang } from "../values";

/** Values that explain a finding, substituted into its message. */
export type MessageArgs = Readonly<Record<string, string | number>>;

/** A message template of one code: a function per language. */
export type MessageTemplate = Readonly<Record<Lang, (args: MessageArgs) => string>>;

/** A part of the message dictionary (structure.ts, rules.ts each give one). */
export type MessageDictionary = Readonly<Partial<Record<FindingCode, MessageTemplate>>>;
