import { describe, expect, test } from 'vitest';
import { analyzeMessage, MAX_MESSAGE_CHARS } from '@/lib/analysis';

describe('bad input never throws and returns neutral with a reason', () => {
  test.each([
    ['empty', '', 'empty'],
    ['whitespace', ' \n\t\u3000 ', 'empty'],
    ['zero-width only', '\u200b\u200b\ufeff', 'empty'],
    ['binary junk', '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\ufffd\ufffd', 'binary'],
    ['lone surrogates', '\ud800\udc00\ud800\ud800\udfff\udfff\ud83d', 'binary'],
    ['RTL text', 'مرحبا كيف حالك اليوم', 'unsupported-language'],
    ['Hebrew', 'שלום מה שלומך', 'unsupported-language'],
    ['only markup', '<div><span></span><br/></div>', 'no-cues'],
    ['not a string', 42 as unknown as string, 'empty'],
    ['null', null as unknown as string, 'empty'],
  ])('%s', (_name, input, reason) => {
    const a = analyzeMessage(input);
    expect(a.primary).toBe('neutral');
    expect(a.reason).toBe(reason);
    expect(a.intensity).toBe(0);
  });

  test('HTML markup is read as text, tags ignored, offsets kept', () => {
    const html = '<p>I am <b>furious</b></p>';
    const a = analyzeMessage(html);
    expect(a.primary).toBe('anger');
    const ev = a.evidence[0]!;
    expect(html.slice(ev.start, ev.end)).toBe('furious');
  });

  test('zero-width characters inside a word do not hide it', () => {
    const text = 'I am fur\u200bious';
    const a = analyzeMessage(text);
    expect(a.primary).toBe('anger');
    expect(a.evidence[0]!.text).toBe('fur\u200bious');
  });

  test('RTL marks around English are ignored', () => {
    expect(analyzeMessage('\u202bI am furious\u202c').primary).toBe('anger');
  });

  test('1 MB of text is capped to the last part and marked truncated', () => {
    const big = `${'lorem ipsum dolor sit amet '.repeat(40_000)}I am furious`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const a = analyzeMessage(big);
    expect(a.reason).toBe('truncated');
    expect(a.primary).toBe('anger');
    const ev = a.evidence[0]!;
    expect(ev.start).toBeGreaterThan(big.length - MAX_MESSAGE_CHARS);
    expect(big.slice(ev.start, ev.end)).toBe('furious');
  });

  test('evidence offsets always point into the original text', () => {
    const texts = [
      'Hi 😡 I am NOT happy!!!',
      '呵呵，等了两个小时还没到！！',
      '<i>thanks</i> 🙏🙏',
      'x\u200by so sooo bad',
    ];
    for (const t of texts) {
      for (const ev of analyzeMessage(t).evidence) {
        expect(ev.start).toBeGreaterThanOrEqual(0);
        expect(ev.end).toBeLessThanOrEqual(t.length);
        expect(t.slice(ev.start, ev.end)).toBe(ev.text);
      }
    }
  });

  test('random strings never throw', () => {
    const alphabet = 'ab 不好😡!?。<>/\u200b\ud800\udc00\u0000>\n-';
    let seed = 7;
    for (let k = 0; k < 300; k++) {
      let s = '';
      const len = k % 60;
      for (let i = 0; i < len; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += alphabet[seed % alphabet.length];
      }
      const a = analyzeMessage(s);
      expect(a.reason).not.toBe('error');
      expect(a.intensity).toBeGreaterThanOrEqual(0);
      expect(a.intensity).toBeLessThanOrEqual(1);
      expect(Math.abs(a.valence)).toBeLessThanOrEqual(1);
    }
  });
});
