import { ZH_HANS_CUES } from '../../lib/analysis/escalation/cues/zh-hans';
import { formsModuleSource } from './derive-escalation';
import type { HantTarget } from './targets';

/**
 * The Traditional forms the zh-Hant escalation tables are derived with at run time (cues/zh-hant.ts), generated
 * from the zh-Hans cues by `npm run derive:hant`. The overrides are read at run time as they are.
 */
export const ESCALATION_HANT_TARGET: HantTarget = {
  hans: 'lib/analysis/escalation/cues/zh-hans.ts',
  hant: 'lib/analysis/escalation/cues/zh-hant.forms.ts',
  overridesFile: 'lib/analysis/escalation/cues/zh-hant.overrides.ts',
  derive: (header) => formsModuleSource(ZH_HANS_CUES, header),
};
