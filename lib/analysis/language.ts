import { SCRIPT_PAIRS } from '../text/script-chars';
import type { Language } from '../types';
import type { PackSource } from './pack';
import { ZH_HANS } from './packs/zh-hans';
import { ZH_HANT } from './packs/zh-hant';

/** 1 = Simplified-only, 2 = Traditional-only, 0 = either or neither; one typed-array read per character. */
export const SCRIPT_OF = new Uint8Array(65536);
for (const [hans, hant] of SCRIPT_PAIRS) {
  SCRIPT_OF[hans.charCodeAt(0)] = 1;
  SCRIPT_OF[hant.charCodeAt(0)] = 2;
}

/** Every Han character a pack's terms use. */
function hanChars(src: PackSource): Set<number> {
  const out = new Set<number>();
  const addAll = (terms: Iterable<string>) => {
    for (const t of terms) {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0x3400 && c <= 0x9fff) out.add(c);
      }
    }
  };
  for (const byWeight of Object.values(src.emotions)) for (const terms of Object.values(byWeight)) addAll(terms);
  for (const terms of Object.values(src.escalation)) addAll(terms);
  addAll(src.negators);
  addAll(src.contrast);
  addAll(src.sarcasm);
  addAll(src.questionWords);
  addAll(src.stop);
  addAll(src.expected ?? []);
  addAll(Object.keys(src.intensifiers));
  addAll(Object.keys(src.downtoners));
  addAll(Object.keys(src.urgency));
  return out;
}

// The packs are written natively in each script, so a character only one of them uses (滿, 爛, 嬲 / 满, 烂)
// is evidence for that script too. The shared pairs (lib/text/script-chars.ts) stay authoritative.
{
  const hans = hanChars(ZH_HANS);
  const hant = hanChars(ZH_HANT);
  for (const c of hans) if (!hant.has(c) && SCRIPT_OF[c] === 0) SCRIPT_OF[c] = 1;
  for (const c of hant) if (!hans.has(c) && SCRIPT_OF[c] === 0) SCRIPT_OF[c] = 2;
}

export interface ScriptCounts {
  han: number;
  hans: number;
  hant: number;
  latinWords: number;
}

export function countScripts(text: string): ScriptCounts {
  let han = 0;
  let hans = 0;
  let hant = 0;
  let latinWords = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (letter) {
      if (!inWord) latinWords++;
      inWord = true;
      continue;
    }
    inWord = false;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      han++;
      const sc = SCRIPT_OF[c];
      if (sc === 1) hans++;
      else if (sc === 2) hant++;
    }
  }
  return { han, hans, hant, latinWords };
}

/** Simplified unless traditional-only characters outnumber simplified-only ones. */
function chineseScript(c: ScriptCounts): 'zh-Hans' | 'zh-Hant' {
  return c.hant > c.hans ? 'zh-Hant' : 'zh-Hans';
}

export function languageFromCounts(c: ScriptCounts): Language {
  // Two Han characters or two Latin words are the least that tells a language apart from noise.
  const zh = c.han >= 2;
  const en = c.latinWords >= 2;
  if (!zh && !en) {
    if (c.han === 1) return chineseScript(c);
    return c.latinWords === 1 ? 'en' : 'und';
  }
  if (zh && en) {
    // A Han character carries about as much as an English word's worth of meaning at 1.5 characters.
    const zhWeight = c.han / 1.5;
    const ratio = Math.min(zhWeight, c.latinWords) / Math.max(zhWeight, c.latinWords);
    if (ratio >= 0.35 && c.latinWords >= 4) return 'mixed';
    return zhWeight >= c.latinWords ? chineseScript(c) : 'en';
  }
  return zh ? chineseScript(c) : 'en';
}

export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || text.length === 0) return 'und';
  return languageFromCounts(countScripts(text.length > 20_000 ? text.slice(-20_000) : text));
}
