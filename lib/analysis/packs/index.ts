import type { ContentLanguage } from '../../types';
import { type CompiledPack, compilePack, type PackSource } from '../pack';
import { EN } from './en';
import { SYMBOLS } from './symbols';
import { ZH_HANS } from './zh-hans';
import { ZH_HANT } from './zh-hant';

export const SOURCES: Record<ContentLanguage, PackSource> = { en: EN, 'zh-Hans': ZH_HANS, 'zh-Hant': ZH_HANT };

/** Profanity whose masked forms (f***, sh*t, f**king) are recognised by shape. */
export const PROFANITY: readonly string[] = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'fuckers',
  'shit',
  'shitty',
  'bullshit',
  'bitch',
  'bitches',
  'asshole',
  'assholes',
  'bastard',
  'bastards',
  'damn',
  'dick',
  'crap',
  'motherfucker',
  'piss',
  'pissed',
  'cunt',
  'wtf',
];

const compiled = new Map<ContentLanguage, CompiledPack>();

/** Compiled once per pack and cached; the sources are never mutated. */
export function packFor(id: ContentLanguage): CompiledPack {
  let p = compiled.get(id);
  if (!p) {
    p = compilePack(SOURCES[id], [SYMBOLS]);
    compiled.set(id, p);
  }
  return p;
}
