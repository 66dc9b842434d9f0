import { describe, expect, test } from 'vitest';
import { leadingGreeting, withoutRepeatedGreeting } from '@/lib/templates/greeting';

describe('greetings', () => {
  test.each([
    ['Hi Dana, I can hear how frustrating this is.', 'Hi Dana, '],
    ['Hello, thanks for writing.', 'Hello, '],
    ['Dear Ms Chen,\n\nThank you', 'Dear Ms Chen,\n\n'],
    ['Good morning Sam! Quick update', 'Good morning Sam! '],
    ['Dana您好，我能感受到您对这件事非常生气。', 'Dana您好，'],
    ['您好，感謝您的來信。', '您好，'],
    ['親愛的陳小姐：請放心，我們會處理。', '親愛的陳小姐：'],
    ['Hi Dana\n\nThanks for waiting', 'Hi Dana\n\n'],
    ['Hi Dana', 'Hi Dana'],
    ['Dana，您好！请问', 'Dana，您好！'],
    ['I can hear how frustrating this is.', ''],
    ['Highly unusual, sorry.', ''],
    ['Hint: restart the router, then try again.', ''],
    ['This is fine, thanks', ''],
  ])('%j starts with %j', (text, greeting) => {
    expect(leadingGreeting(text)).toBe(greeting);
  });

  test('the reported case: a draft that already greets Dana gets no second greeting', () => {
    const insert = { text: 'Hi Dana, I can hear how frustrating this has been.' };
    expect(withoutRepeatedGreeting(insert, 'Hi Dana,\n\n').text).toBe('I can hear how frustrating this has been.');
  });

  test('the rest of the sentence starts with a capital, and placeholders follow the cut', () => {
    const text = "Hi {customerName}, it's great to hear about {orderId}.";
    const insert = {
      text,
      placeholders: [
        { start: 3, end: 17 },
        { start: text.indexOf('{orderId}'), end: text.indexOf('{orderId}') + 9 },
      ],
    };
    const out = withoutRepeatedGreeting(insert, 'Hello Dana,');
    expect(out.text).toBe("It's great to hear about {orderId}.");
    expect(out.placeholders).toEqual([
      { start: out.text.indexOf('{orderId}'), end: out.text.indexOf('{orderId}') + 9 },
    ]);
  });

  test('Chinese greetings are dropped the same way', () => {
    expect(withoutRepeatedGreeting({ text: 'Dana您好，感谢您的来信。' }, '您好，\n').text).toBe('感谢您的来信。');
  });

  test('without a greeting in the draft, or in the suggestion, nothing changes', () => {
    const insert = { text: 'Hi Dana, thanks for waiting.', placeholders: [] };
    expect(withoutRepeatedGreeting(insert, 'Thanks for waiting.')).toBe(insert);
    expect(withoutRepeatedGreeting(insert, '')).toBe(insert);
    const plain = { text: 'Thanks for waiting.' };
    expect(withoutRepeatedGreeting(plain, 'Hi Dana,')).toBe(plain);
  });

  test('a suggestion that is only a greeting is kept whole', () => {
    const insert = { text: 'Hi Dana,' };
    expect(withoutRepeatedGreeting(insert, 'Hi Dana,')).toBe(insert);
  });
});
