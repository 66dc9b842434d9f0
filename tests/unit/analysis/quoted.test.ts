import { describe, expect, test } from 'vitest';
import { analyzeMessage, stripQuoted } from '@/lib/analysis';

describe('stripQuoted', () => {
  test.each([
    [
      'Thanks, that worked.\n\nOn Mon, 3 Jun 2024 at 10:00, Support <help@shop.example> wrote:\n> We are sorry, this is terrible',
      'Thanks, that worked.',
    ],
    ['Thanks!\n-----Original Message-----\nFrom: Support\nThis is unacceptable', 'Thanks!'],
    ['好的，谢谢\n\n在 2024年6月3日 10:00，客服 <help@shop.example> 写道：\n> 非常抱歉', '好的，谢谢'],
    ['好的，謝謝\n\n於 2024年6月3日 10:00，客服 寫道：\n> 非常抱歉', '好的，謝謝'],
    ['Got it.\nFrom: Agent Smith\nSent: Monday\nTo: me\nSubject: furious', 'Got it.'],
    ['All good now.\n-- \nJane Doe\nHate Mondays Ltd', 'All good now.'],
    ['Works now\n\nSent from my iPhone', 'Works now'],
    ['Plain message without history', 'Plain message without history'],
  ])('%#: cuts history and signatures', (input, own) => {
    const { text, cut } = stripQuoted(input);
    expect(text.trim()).toBe(own);
    expect(input.slice(0, cut).trim()).toBe(own);
  });

  test('a postscript under the signature is read, the signature between stays out', () => {
    const input =
      'Please fix the router.\n\nRegards,\nSam Lee\nLegal Counsel, Acme\nP.S. One more week and I go to Ofcom.\n\nOn Mon, Support wrote:\n> sorry';
    const { text } = stripQuoted(input);
    expect(text).toContain('P.S. One more week and I go to Ofcom.');
    expect(text).not.toContain('Legal Counsel');
    expect(text).not.toContain('sorry');
    expect(input.indexOf('P.S.')).toBe(text.indexOf('P.S.'));
    expect(analyzeMessage(input).escalation).toContain('regulator');
    expect(analyzeMessage('Please fix the router.\n\nRegards,\nSam Lee\nLegal Counsel, Acme').escalation).toEqual([]);
  });

  test('inline > lines are blanked, keeping offsets', () => {
    const input = 'Thanks\n> this is awful\nbye';
    const { text } = stripQuoted(input);
    expect(text.length).toBe(input.length);
    expect(text).not.toContain('awful');
    expect(text.endsWith('bye')).toBe(true);
  });
});

describe('quoted text does not feed the emotion', () => {
  test.each([
    ['Thank you!\n\nOn Tue, 4 Jun 2024, Support wrote:\n> I hate this, it is a scam and I am furious', 'gratitude'],
    ['Great, solved.\n> You idiots, I want a refund', 'joy'],
    ['谢谢！\n\n在 2024年6月4日，客服 写道：\n> 气死我了，骗子', 'gratitude'],
  ])('%#', (text, primary) => {
    const a = analyzeMessage(text);
    expect(a.primary).toBe(primary);
    expect(a.escalation).toEqual([]);
  });

  test('a reply that only carries history is neutral with a reason', () => {
    const a = analyzeMessage('On Tue, 4 Jun 2024, Support wrote:\n> I am furious\n> refund me');
    expect(a.primary).toBe('neutral');
    expect(a.reason).toBe('quoted-only');
  });

  test('keepQuoted reads everything', () => {
    expect(analyzeMessage('> I am furious', { keepQuoted: true }).primary).toBe('anger');
  });
});

describe('a message that is all quote is read', () => {
  test.each([
    ['> I am furious\n> refund me', 'anger'],
    ['> This is the third time I ask.\n>\n> Still broken, I am so frustrated!!!', 'frustration'],
    ['> 气死我了，再不退款我就投诉\n> 你们太过分了', 'anger'],
    ['> 氣死我了，爛透了！！', 'anger'],
    ['  >Thank you so much, you saved my day!', 'gratitude'],
  ])('%#: %s', (text, primary) => {
    const a = analyzeMessage(text);
    expect(a.primary).toBe(primary);
    expect(a.reason).toBeUndefined();
    expect(a.intensity).toBeGreaterThan(0);
  });

  test('markers are blanked in place: offsets and evidence point into the original', () => {
    const input = '> > older words, awful\n> I am furious';
    const r = stripQuoted(input);
    expect(r.wholeQuote).toBe(true);
    expect(r.text.length).toBe(input.length);
    // One level unwrapped: the nested quote (someone older) stays out.
    expect(r.text).not.toContain('awful');
    expect(r.text.trim()).toBe('I am furious');
    const a = analyzeMessage(input);
    for (const e of a.evidence) expect(input.slice(e.start, e.end)).toBe(e.text);
    expect(a.evidence.map((e) => e.text)).toContain('furious');
  });

  test('a quoted signature or history inside the quote is still cut', () => {
    const r = stripQuoted('> Where is my parcel?\n> -- \n> Jane, furious customer');
    expect(r.wholeQuote).toBe(true);
    expect(r.text.trim()).toBe('Where is my parcel?');
  });

  test('own words beside a quote: the quote is still someone else’s', () => {
    const r = stripQuoted('> I am furious\nThanks, solved.');
    expect(r.wholeQuote).toBeUndefined();
    expect(r.text).not.toContain('furious');
  });

  test('deep nesting and huge quotes stay bounded', () => {
    const deep = `${'> '.repeat(50_000)}angry`;
    expect(() => stripQuoted(deep)).not.toThrow();
    const big = '> this is awful!!\n'.repeat(60_000);
    const a = analyzeMessage(big);
    expect(a.primary).not.toBe('neutral');
  });
});
