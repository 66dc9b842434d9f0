import type { LanguageCues } from '../types';
import { deriveEscalationCues, parseForms } from './both-scripts';
import { ZH_HANS_CUES } from './zh-hans';
import { bothScriptsForms } from './zh-hant.forms';
import { ZH_HANT_ESCALATION_OVERRIDES } from './zh-hant.overrides';

let cues: LanguageCues | null = null;

/**
 * The zh-Hant tables, derived from zh-Hans and the regional overrides on first use (a few milliseconds, once):
 * zh-Hans text never pays for them, and the extension ships the Traditional forms, not a second table.
 */
export function zhHantCues(): LanguageCues {
  cues ??= deriveEscalationCues(ZH_HANS_CUES, ZH_HANT_ESCALATION_OVERRIDES, parseForms(bothScriptsForms));
  return cues;
}
