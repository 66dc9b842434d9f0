import { eachMatch } from '../text/each-match';

/**
 * Feeling words the rules find inside an ordinary word or phrase of a support message: 气 in 燃气 (gas), 蟲 in
 * 驅蟲 (deworming a pet), 我去 ("damn!") in 叫我去柜子里拿 ("told me to go to the locker"). Read as said
 * feelings, they made a calm question sound angry or fed up (blind9). Each entry is the evidence span and the
 * longer words it sits inside when it means nothing.
 */
const LITERAL: ReadonlyMap<string, RegExp> = new Map([
  ['气', /燃气|煤气|天然气|暖气|冷气|天气|空气|气温|气压|气瓶/g],
  ['氣', /燃氣|煤氣|天然氣|暖氣|冷氣|天氣|空氣|氣溫|氣壓|氣瓶/g],
  ['虫', /驱虫|杀虫|除虫|防虫/g],
  ['蟲', /驅蟲|殺蟲|除蟲|防蟲/g],
  ['我去', /(?:叫|让|讓|要|帮|幫|带|帶|等|陪|可以|能|得|该|該|需要)我去/g],
]);

/** True when every place `span` occurs in `text` is inside one of its ordinary words. */
export function literalOnly(span: string, text: string): boolean {
  const words = LITERAL.get(span);
  if (words === undefined) return false;
  let covered = 0;
  eachMatch(words, text, (m) => {
    covered += m[0].split(span).length - 1;
  });
  return covered > 0 && covered >= text.split(span).length - 1;
}
