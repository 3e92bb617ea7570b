import type { MessageDictionary } from './types';

/** Messages of the plan rule codes of spec section 5 (owned by the domain-calc work). */
export const RULE_MESSAGES: MessageDictionary = {};
