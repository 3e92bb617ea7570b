import type { MessageDictionary } from './types';

/** Messages of the structural, type and Config codes (owned by the domain-model work). */
export const STRUCTURE_MESSAGES: MessageDictionary = {};
