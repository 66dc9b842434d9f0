import type { Language } from '../types';
import type { PackSource } from './pack';
import { ZH_HANS } from './packs/zh-hans';
import { ZH_HANT } from './packs/zh-hant';

// Common characters written differently in the two scripts, as aligned pairs (错/錯, 这/這). Counting them
// is enough to tell a message's script; characters shared by both (人, 我) say nothing.
const PAIRS =
  '错錯误誤么麼这這说說话話对對时時会會们們没沒为為还還过過发發后後给給让讓请請问問题題样樣点點买買卖賣单單货貨运運费費钱錢银銀账賬户戶订訂务務员員级級号號码碼网網络絡线線电電视視频頻软軟体體质質开開关關门門东東车車马馬鸟鳥' +
  '鱼魚鸡雞饭飯饿餓汤湯难難欢歡乐樂爱愛气氣谢謝实實现現学學习習见見经經长長应應该該动動态態总總无無边邊听聽觉覺钟鐘几幾换換终終赔賠偿償诉訴讼訟团團队隊处處帮幫绝絕别別头頭脑腦坏壞从從离離远遠进進连連尽盡机機场場虽雖读讀写寫' +
  '认認尔爾转轉乱亂伤傷泪淚惊驚吓嚇怀懷烦煩骂罵恶惡脏髒凉涼贵貴骗騙滚滾妈媽罢罷结結卫衛这這吗嗎个個啊啊让讓么麼鲜鮮饮飲奋奮兴興庆慶祝祝谁誰们們';
const HANS_ONLY = [...PAIRS].filter((_, i) => i % 2 === 0).join('');
const HANT_ONLY = [...PAIRS].filter((_, i) => i % 2 === 1).join('');

/** 1 = Simplified-only, 2 = Traditional-only, 0 = either or neither; one typed-array read per character. */
export const SCRIPT_OF = new Uint8Array(65536);
for (let i = 0; i < HANS_ONLY.length; i++) {
  const a = HANS_ONLY.charCodeAt(i);
  const b = HANT_ONLY.charCodeAt(i);
  if (a !== b) {
    SCRIPT_OF[a] = 1;
    SCRIPT_OF[b] = 2;
  }
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
// is evidence for that script too. The hand-made pairs above stay authoritative.
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
