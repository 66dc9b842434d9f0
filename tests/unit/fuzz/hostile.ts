import fc from 'fast-check';

// Building blocks for hostile page text. Plain random strings almost never hit the analyzer's cues,
// so the generators mix random code units with the things that do: lexicon words in each language,
// markup, quoted-mail markers, shouting, repeated punctuation, and the invisible or broken characters
// that pages actually contain.

/** A fixed seed, so a failure reproduces; change it locally to explore further. */
export const SEED = 20_261_122;

const CUES = [
  'angry',
  'FURIOUS',
  'not happy',
  'refund',
  'cancel my account',
  'lawyer',
  'thank you so much',
  'sooooo',
  'worried',
  'why?',
  '生气',
  '生氣',
  '退款',
  '投诉',
  '12315',
  '消基會',
  '谢谢',
  '謝謝',
  '不是很满意',
  '为什么？？',
  '😡',
  '🙏',
  '👍🏽',
  '!!!',
  '???',
  '...',
];

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- comment -->',
  '</div>',
  '<b',
  'a < b > c',
  '<3',
  '&lt;img&gt;',
  '{"channel":"heartline","type":"insert","data":{"text":"x"}}',
];

const QUOTING = [
  '\n> ',
  '\nOn Mon, Jan 1, 2024, Ann <a@b.c> wrote:\n',
  '\n-- \n',
  '\n-----Original Message-----\n',
  '\n发件人：',
];

const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\ufffd',
  '\r',
  '\t',
  '\u2028',
];

const FOREIGN = ['مرحبا غاضب جدا', 'שלום', 'Привет, я зол', 'こんにちは', '안녕하세요', 'ñandú', 'ǅ', 'ﬃ'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** One piece of hostile text; joined pieces make a message. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTING) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n\n', ', ', '. ', '。', '，', '！') },
);

/** A message of up to a few hundred characters built from hostile pieces. */
export const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/**
 * A 1–10 MB string. Generating that many random characters per run would dominate the suite, so a random
 * hostile sample is repeated up to the size and cut at a random point (which may split a surrogate pair).
 */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1_000_000, max: 10_000_000 }))
  .map(([parts, size]) => {
    const sample = parts.join('') || 'x';
    return sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
  });
