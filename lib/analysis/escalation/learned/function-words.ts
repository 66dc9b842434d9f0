/**
 * Words that carry grammar, not intent: pronouns, articles, auxiliaries, prepositions, conjunctions and
 * particles, and numerals. The model may weigh them (a "you" beside an insult is part of abuse), but a flag it adds must also
 * rest on a word that is not one of them: "You rock." or 你也是 read as abuse on "you" / 你 alone, and "the"
 * raised repeat-contact. Written here for this check; words that are themselves cues ("again", "same", 又, 再)
 * are deliberately absent.
 */
const LATIN = new Set(
  (
    'i me my mine myself you your yours yourself u ur ya we us our ours they them their theirs he him his she her ' +
    'it its this that these those the a an and or but so if then than of to in on at for with from by as into onto ' +
    'about over under up out off is am are was were be been being do does did doing have has had having will would ' +
    'shall should can could may might must im ive ill id youre youve youll its thats theres isnt arent wasnt ' +
    'dont doesnt didnt wont cant there here what who whom whose which when where why how all any some each both ' +
    'either neither one ones just also too very really quite oh ok okay yes yeah hi hello hey please thanks thank ' +
    'go going get got like thing things'
  ).split(' '),
);

// Simplified and Traditional forms side by side (the plain text is not folded).
const HAN = new Set(
  [
    ...'你您我他她它们們咱俺的地得了着著过過是也就都在有这這那个個些一二两兩和与與跟及或而且但',
    ...'吗嗎呢吧啊呀哦喔嗯啦嘛哈么麼很还還给給把被让讓对對从從向往于於到说說看做要会會能可以',
    // Light verbs of going and trying: 我去看看, 好，我去试试 are how a customer says "I'll have a look", and a model
    // trained on 我去你们店 / 我去找媒体 read them as harm and public on 去 alone.
    ...'去来來试試先下',
    // Knowing: 知道了 and 晓得 are how a customer says "noted", and a model trained on 我知道你们公司在哪 read 知道了
    // alone as harm.
    ...'知道晓曉',
    // Numerals, as digits are: 二十年 or 三十五 says nothing about intent.
    ...'〇零三四五六七八九十百千万萬',
  ].filter((c) => c.trim() !== ''),
);

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * True when every word and Han character of text[start, end), widened to whole Latin words, is a function word
 * (or a number): such a span cannot be what a flag rests on. `text` is lower-cased ASCII (the rules' plain text).
 */
export function onlyFunctionWords(text: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && (isLower(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) s--;
  while (e < text.length && (isLower(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (isLower(c) || isDigit(c)) {
      let j = i;
      let letters = '';
      while (j < e) {
        const d = text.charCodeAt(j);
        if (isLower(d)) letters += text[j];
        else if (!isDigit(d) && !(d === 0x27 || d === 0x2019)) break;
        j++;
      }
      if (letters !== '' && !LATIN.has(letters)) return false;
      i = j;
      continue;
    }
    if (c >= 0x3400 && c <= 0x9fff && !HAN.has(text[i]!)) return false;
    i++;
  }
  return true;
}
