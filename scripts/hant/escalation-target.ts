import { ZH_HANS_CUES } from '../../lib/analysis/escalation/cues/zh-hans';
import { ZH_HANT_ESCALATION_OVERRIDES } from '../../lib/analysis/escalation/cues/zh-hant.overrides';
import { deriveEscalationCues, escalationModuleSource } from './derive-escalation';
import type { HantTarget } from './targets';

/** The zh-Hant escalation cues, generated from zh-Hans and the regional overrides by `npm run derive:hant`. */
export const ESCALATION_HANT_TARGET: HantTarget = {
  hans: 'lib/analysis/escalation/cues/zh-hans.ts',
  hant: 'lib/analysis/escalation/cues/zh-hant.ts',
  overridesFile: 'lib/analysis/escalation/cues/zh-hant.overrides.ts',
  derive: (header) => escalationModuleSource(deriveEscalationCues(ZH_HANS_CUES, ZH_HANT_ESCALATION_OVERRIDES), header),
};
