import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EmotionLabel } from '@/lib/types';
import { NEGATIVE_EMOTIONS } from '@/lib/types';

const negative = (l: EmotionLabel) => (NEGATIVE_EMOTIONS as readonly string[]).includes(l);
const cues = (text: string) => analyzeMessage(text).evidence.map((e) => e.cue);

describe('negation', () => {
  test.each([
    ['en', 'I am happy with the service', 'joy'],
    ['en', 'I am not happy with the service', 'frustration'],
    ['en', "I'm not worried about it", 'neutral'],
    ['zh-Hans', '我很满意', 'joy'],
    ['zh-Hans', '我不满意', 'frustration'],
    ['zh-Hans', '没问题', 'neutral'],
    ['zh-Hans', '一点都不开心', 'frustration'],
    ['zh-Hant', '我很滿意', 'joy'],
    ['zh-Hant', '我不滿意', 'frustration'],
    ['zh-Hant', '沒問題', 'neutral'],
  ])('%s: %s → %s', (_lang, text, primary) => {
    expect(analyzeMessage(text).primary).toBe(primary);
  });

  test.each([
    ['my printer won’t print', 'en'],
    ["the parcel hasn't arrived", 'en'],
    ['钱还没到账', 'zh-Hans'],
    ['退款一直不退', 'zh-Hans'],
    ['東西還沒收到', 'zh-Hant'],
  ])('a negated expectation is a complaint: %s', (text) => {
    const a = analyzeMessage(text);
    expect(negative(a.primary)).toBe(true);
  });

  // Rules alone (no model installed): "never" before "forget" negates nothing that follows.
  test.each([
    ['We will never forget how kind you all were to us.', false],
    ["I won't forget how helpful Sam was.", false],
    ['I will never forget how rude your driver was.', true],
  ])('remembering is no negation: %s (negative: %s)', (text, isNegative) => {
    const a = analyzeMessage(text);
    expect(negative(a.primary)).toBe(isNegative);
    expect(a.evidence.some((e) => e.cue === 'negation')).toBe(false);
  });

  test('the negation span starts at the negator', () => {
    const text = 'I am not happy';
    const ev = analyzeMessage(text).evidence.find((e) => e.cue === 'negation')!;
    expect(text.slice(ev.start, ev.end)).toBe('not happy');
  });
});

describe('intensifiers and downtoners', () => {
  test.each([
    ['en', 'I am annoyed', 'I am extremely annoyed', 'I am a bit annoyed'],
    ['zh-Hans', '我生气', '我非常生气', '我有点生气'],
    ['zh-Hans', '失望', '太失望了', '有点失望'],
    ['zh-Hant', '我生氣', '我非常生氣', '我有點生氣'],
  ])('%s: %s < %s, > %s', (_lang, plain, strong, weak) => {
    const p = analyzeMessage(plain).intensity;
    expect(analyzeMessage(strong).intensity).toBeGreaterThan(p);
    expect(analyzeMessage(weak).intensity).toBeLessThan(p);
  });

  test.each([
    ['I am extremely annoyed', 'intensifier'],
    ['我有点生气', 'downtoner'],
    ['我非常生氣', 'intensifier'],
  ])('%s cites the %s', (text, cue) => {
    expect(cues(text)).toContain(cue);
  });
});

describe('contrast: the clause after weighs more', () => {
  test.each([
    ['en', 'The app is great but the delivery was terrible', 'frustration'],
    ['en', 'The delivery was terrible but the refund was quick and great', 'joy'],
    ['zh-Hans', '东西不错，但是送得太慢了', 'frustration'],
    ['zh-Hans', '送得太慢了，不过东西很好吃', 'joy'],
    ['zh-Hant', '東西不錯，不過送得太慢了', 'frustration'],
    ['zh-Hant', '送得很慢，但是東西很好吃', 'joy'],
  ])('%s: %s → %s', (_lang, text, primary) => {
    expect(analyzeMessage(text).primary).toBe(primary);
  });
});

describe('questions vs statements', () => {
  test.each([
    ['en', 'You are happy with it.', 'Are you happy with it?'],
    ['zh-Hans', '你很开心。', '你开心吗？'],
    ['zh-Hant', '你很開心。', '你開心嗎？'],
  ])('%s: praise in a question counts less', (_lang, statement, question) => {
    expect(analyzeMessage(question).emotions.joy).toBeLessThan(analyzeMessage(statement).emotions.joy);
  });

  test.each([['How do I change my address?'], ['请问怎么修改地址？'], ['請問怎麼修改地址？']])(
    'a plain question reads as mild confusion: %s',
    (text) => {
      const a = analyzeMessage(text);
      expect(a.emotions.confusion).toBeGreaterThan(0);
      expect(negative(a.primary)).toBe(false);
    },
  );
});

describe('punctuation runs', () => {
  test.each([
    ['en', 'This is unacceptable.', 'This is unacceptable!!!'],
    ['zh-Hans', '太过分了。', '太过分了！！！'],
    ['zh-Hant', '太過分了。', '太過分了！！！'],
  ])('%s: !!! raises intensity', (_lang, calm, loud) => {
    expect(analyzeMessage(loud).intensity).toBeGreaterThan(analyzeMessage(calm).intensity);
    expect(cues(loud)).toContain('punctuation');
  });

  test.each([['Where is my order???'], ['我的订单呢？？？'], ['我的訂單呢？？？']])(
    '??? adds impatience: %s',
    (text) => {
      const a = analyzeMessage(text);
      expect(a.emotions.frustration).toBeGreaterThan(0);
      expect(a.evidence.some((e) => e.cue === 'punctuation' && e.label === 'frustration')).toBe(true);
    },
  );

  test.each([['Fine...'], ['好吧。。。'], ['好吧。。。。。。']])('trailing dots are a sigh: %s', (text) => {
    expect(analyzeMessage(text).emotions.sadness).toBeGreaterThan(0);
  });
});

describe('ALL CAPS and stretching', () => {
  test('one word in capitals is emphasis', () => {
    const a = analyzeMessage('this is RIDICULOUS');
    expect(a.emotions.anger).toBeGreaterThan(analyzeMessage('this is ridiculous').emotions.anger);
    expect(cues('this is RIDICULOUS')).toContain('caps');
  });

  test('a whole message in capitals is shouting', () => {
    const loud = analyzeMessage('WHERE IS MY REFUND THIS IS UNACCEPTABLE');
    const calm = analyzeMessage('where is my refund this is unacceptable');
    expect(loud.intensity).toBeGreaterThan(calm.intensity);
    expect(loud.emotions.anger).toBeGreaterThan(calm.emotions.anger);
  });

  test.each([
    ['sooo annoying', 'so annoying'],
    ['I am sooooo happy', 'I am so happy'],
  ])('%s is stronger than %s', (stretched, plain) => {
    const a = analyzeMessage(stretched);
    const b = analyzeMessage(plain);
    expect(a.intensity).toBeGreaterThanOrEqual(b.intensity);
    expect(a.primary).toBe(b.primary);
  });

  test('a stretched word is still found', () => {
    expect(analyzeMessage('this is baaaad').primary).toBe('frustration');
    expect(cues('this is baaaad')).toContain('stretch');
  });
});

describe('emoji and emoticons', () => {
  test.each([
    ['😡', 'anger'],
    ['🙏', 'gratitude'],
    ['😭', 'sadness'],
    [':(', 'sadness'],
    [':)', 'joy'],
    ['😰', 'anxiety'],
    ['🤔', 'confusion'],
    ['[怒]', 'anger'],
    ['[泪]', 'sadness'],
    ['[淚]', 'sadness'],
  ])('%s → %s', (symbol, label) => {
    const a = analyzeMessage(`order 42 ${symbol}`);
    expect(a.primary).toBe(label);
    expect(a.evidence[0]?.text).toBe(symbol);
  });

  test('an emoji span has the emoji cue', () => {
    expect(cues('thank you 🙏')).toContain('emoji');
  });
});

describe('sarcasm', () => {
  test.each([
    ['en', 'Great, just great. My order is lost again.'],
    ['en', 'Yeah right, like you will ever fix it'],
    ['en', 'Thanks for nothing'],
    ['zh-Hans', '呵呵，又延迟了'],
    ['zh-Hans', '谢谢你们啊，等了三天还没发货'],
    ['zh-Hant', '呵呵，又延遲了'],
    ['zh-Hant', '謝謝你們喔，等了三天還沒出貨'],
  ])('%s: %s reads as negative', (_lang, text) => {
    const a = analyzeMessage(text);
    expect(negative(a.primary)).toBe(true);
    expect(a.valence).toBeLessThan(0);
    expect(cues(text)).toContain('sarcasm');
  });

  test.each([['Thanks so much, that fixed it!'], ['谢谢你们，问题解决了'], ['謝謝你們，問題解決了']])(
    'sincere thanks stay gratitude: %s',
    (text) => {
      expect(analyzeMessage(text).primary).toBe('gratitude');
    },
  );
});

describe('lexicon basics per language', () => {
  test.each([
    ['I am furious, this is a scam', 'anger'],
    ['Still waiting for my package after two weeks', 'frustration'],
    ["I'm really worried my account was hacked", 'anxiety'],
    ['So sad and disappointed', 'sadness'],
    ["I don't understand what this charge is", 'confusion'],
    ['Love it, works perfectly', 'joy'],
    ['Thank you so much for your help', 'gratitude'],
    ['气死我了，骗子', 'anger'],
    ['等了两个小时还没送到', 'frustration'],
    ['好担心，怎么办', 'anxiety'],
    ['好难过，哭了', 'sadness'],
    ['看不懂，什么意思', 'confusion'],
    ['太好吃了，好开心', 'joy'],
    ['非常感谢', 'gratitude'],
    ['氣死我了，騙子', 'anger'],
    ['等了兩個小時還沒送到', 'frustration'],
    ['好擔心，怎麼辦', 'anxiety'],
    ['好難過，哭了', 'sadness'],
    ['看不懂，什麼意思', 'confusion'],
    ['超好吃，好開心', 'joy'],
    ['唔該晒', 'gratitude'],
    ['爛透了，很扯', 'anger'],
    ['好嬲呀', 'anger'],
  ])('%s → %s', (text, label) => {
    expect(analyzeMessage(text).primary).toBe(label);
  });
});
