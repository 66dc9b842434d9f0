import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZH_HANT_DISC_OVERRIDES } from '../../lib/disc/lexicon/zh-hant.overrides';
import { deriveDiscLexiconSource } from './derive-disc';
import type { HantTarget } from './targets';

const HANS = 'lib/disc/lexicon/zh-hans.ts';

/** The zh-Hant DISC lexicon: zh-hans.ts converted, with the regional overrides (see derive-disc.ts). */
export const DISC_LEXICON_TARGET: HantTarget = {
  hans: HANS,
  hant: 'lib/disc/lexicon/zh-hant.ts',
  overridesFile: 'lib/disc/lexicon/zh-hant.overrides.ts',
  derive: (header) =>
    deriveDiscLexiconSource(
      readFileSync(resolve(import.meta.dirname, '../..', HANS), 'utf8'),
      ZH_HANT_DISC_OVERRIDES,
      header,
    ),
};
