import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import { D_MAX_HAN, D_MAX_WORDS } from '@/lib/coach/fit';
import { analysisOf, discOf } from './context';

const kinds = (draft: string, ctx: Parameters<typeof coachDraft>[1]) => coachDraft(draft, ctx).fit.map((f) => f.kind);

// A warm, complete reply that can be stretched to any length.
function englishReply(words: number): string {
  const head = "I'm sorry about the delay. I've refunded the $12 fee today.";
  const filler = Array.from({ length: words - head.split(/\s+/).length }, () => 'okay').join(' ');
  return `${head} ${filler}`.trim();
}
function chineseReply(han: number): string {
  const head = '非常抱歉，已为您退款十二元，今天到账。';
  const count = head.match(/\p{Script=Han}/gu)!.length;
  return head + '好'.repeat(han - count);
}

describe('length against a Dominance customer', () => {
  const ctx = { analysis: analysisOf('anger', 0.6), disc: discOf('D') };
  test.each([
    [D_MAX_WORDS, false],
    [D_MAX_WORDS + 1, true],
  ])('English, %i words → too long: %s', (n, long) => {
    expect(kinds(englishReply(n), ctx).includes('too-long')).toBe(long);
  });
  test.each([
    [D_MAX_HAN, false],
    [D_MAX_HAN + 1, true],
  ])('Chinese, %i characters → too long: %s', (n, long) => {
    expect(kinds(chineseReply(n), ctx).includes('too-long')).toBe(long);
  });
  test('the same long reply is fine for a Steadiness customer', () => {
    expect(kinds(englishReply(D_MAX_WORDS + 30), { analysis: analysisOf('anger', 0.6), disc: discOf('S') })).toEqual(
      [],
    );
  });
});

describe('detail against a Conscientiousness customer', () => {
  const ctx = { disc: discOf('C') };
  test.each([
    ["I'm sorry, I have fixed it and will follow up soon.", true],
    ["I'm sorry, I have fixed it and will follow up on Friday.", false],
    ["I'm sorry, the fee was $12 and I have refunded it.", false],
    ["I'm sorry, I'll call you tomorrow.", false],
    ['很抱歉，我们会尽快处理。', true],
    ['很抱歉，我们会在3个工作日内处理。', false],
    ['很抱歉，我們會在三個工作天內處理。', false],
  ])('%s → no specifics: %s', (draft, flagged) => {
    expect(kinds(draft, ctx).includes('no-specifics')).toBe(flagged);
  });
});

describe('tone against the customer', () => {
  test.each([
    ['I have ALREADY sent it.', analysisOf('anger', 0.8), true],
    ['Refund sent!! Sorry again.', analysisOf('anger', 0.8), true],
    ['Thank you so much!! Enjoy the new plan.', analysisOf('joy', 0.8), false],
    ['Your VIP code for the FAQ page is in the PDF.', analysisOf('neutral', 0.1), false],
    ['退款已经办好了！！', analysisOf('anger', 0.8), true],
  ])('%s → mirrors anger: %s', (draft, analysis, flagged) => {
    expect(kinds(draft, { analysis }).includes('mirrors-anger')).toBe(flagged);
  });

  test.each([
    ['No worries! I have cancelled it today and refunded the box, so sorry about this.', 'sadness', true],
    ['No worries! I have cancelled it today and refunded the box, so sorry about this.', 'joy', false],
    ['Haha, sorry about that, I have refunded it today and cancelled the plan too.', 'anxiety', true],
    ['哈哈，不好意思，已经为您退款了，明天到账，也帮您取消了订阅。', 'sadness', true],
    ['哈哈，谢谢您！已经为您退款了，明天到账。', 'gratitude', false],
  ] as const)('%s (%s) → too breezy: %s', (draft, emotion, flagged) => {
    expect(kinds(draft, { analysis: analysisOf(emotion, 0.7) }).includes('too-breezy')).toBe(flagged);
  });

  test('no context, no tone notes beyond shouting', () => {
    expect(kinds('Haha sure, done.', {})).toEqual([]);
  });
});
