import { describe, expect, test } from 'vitest';
import { analyzeConversation, MAX_MESSAGES } from '@/lib/analysis';
import type { ConversationMessage } from '@/lib/types';

const c = (text: string): ConversationMessage => ({ role: 'customer', text });
const a = (text: string): ConversationMessage => ({ role: 'agent', text });

describe('analyzeConversation', () => {
  test('only customer messages feed the emotion; agent words never do', () => {
    const r = analyzeConversation([a('I am furious and I hate this, you idiots'), c('Thanks so much for your help!')]);
    expect(r.primary).toBe('gratitude');
    expect(r.messages.map((m) => m.index)).toEqual([1]);
    expect(r.escalation).toEqual([]);
  });

  test('unknown roles count when nobody is labelled customer', () => {
    const r = analyzeConversation([
      { role: 'unknown', text: 'Still not delivered, this is so frustrating' },
      { role: 'system', text: 'Ticket closed' },
    ]);
    expect(r.messages.map((m) => m.index)).toEqual([0]);
    expect(r.primary).toBe('frustration');
  });

  test('evidence carries the message index', () => {
    const r = analyzeConversation([c('hello'), a('hi'), c('I will contact my lawyer')]);
    const ev = r.evidence.find((e) => e.label === 'legal')!;
    expect(ev.messageIndex).toBe(2);
  });

  test.each([
    [
      'escalating',
      [
        'Hi, could you check my order?',
        'It has been a week, still nothing',
        'This is ridiculous!!! I want a refund or I will sue',
      ],
      // The threat to sue is the biggest step once a mild "still nothing" no longer reads near "high".
      2,
    ],
    ['calming', ['This is unacceptable, I am furious!!!', 'ok', 'Thank you so much, that fixed it'], 1],
    ['calming', ['Where is my order?', 'This is unacceptable, I am furious!!!', 'Thank you, that fixed it'], 2],
    ['escalating', ['请问我的订单到哪了？', '等了一周还没到', '气死了！！再不处理我就投诉到12315'], 1],
    ['escalating', ['请问我的订单到哪了？', '请问我的订单到哪了？', '气死了！！再不处理我就投诉到12315'], 2],
    ['calming', ['氣死我了，爛透了！！', '好', '謝謝你們，問題解決了'], 1],
    ['steady', ['Hello, I need help with my order', 'My order number is 12345'], null],
    ['steady', ['还是没到，太慢了', '还是没到，太慢了'], null],
  ] as const)('trend %s (case %#) with its turning point', (trend, texts, turn) => {
    const r = analyzeConversation(texts.map((t) => c(t)));
    expect(r.trend).toBe(trend);
    expect(r.turningPoint).toBe(turn);
  });

  test('the turning point indexes the input, not the customer-only list', () => {
    const r = analyzeConversation([
      c('Hi, quick question about billing'),
      a('Sure'),
      c('You charged me twice, this is a scam!!!'),
    ]);
    expect(r.trend).toBe('escalating');
    expect(r.turningPoint).toBe(2);
  });

  test('the current state leans on the latest message', () => {
    const r = analyzeConversation([c('I am furious'), c('Thank you, all sorted now, much appreciated')]);
    expect(r.primary).toBe('gratitude');
    expect(r.emotions.anger).toBeGreaterThan(0);
  });

  test('escalation flags persist across the conversation', () => {
    const r = analyzeConversation([c('I want a refund'), c('ok thanks')]);
    expect(r.escalation).toContain('compensation');
  });

  test('languages combine', () => {
    expect(analyzeConversation([c('This is still broken'), c('还是坏的')]).language).toBe('mixed');
    expect(analyzeConversation([c('还是坏的'), c('怎么办')]).language).toBe('zh-Hans');
  });

  test.each([
    ['empty list', [], 'empty'],
    ['agents only', [a('hello')], 'no-customer-messages'],
    ['not an array', null as unknown as ConversationMessage[], 'empty'],
  ])('%s is neutral with a reason', (_name, input, reason) => {
    const r = analyzeConversation(input as ConversationMessage[]);
    expect(r.primary).toBe('neutral');
    expect(r.reason).toBe(reason);
    expect(r.trend).toBe('steady');
    expect(r.turningPoint).toBeNull();
  });

  test('long conversations are capped to the last messages and marked truncated', () => {
    const msgs = Array.from({ length: MAX_MESSAGES + 10 }, (_, i) => c(i === MAX_MESSAGES + 9 ? 'I am furious' : 'ok'));
    const r = analyzeConversation(msgs);
    expect(r.messages.length).toBe(MAX_MESSAGES);
    expect(r.messages[0]!.index).toBe(10);
    expect(r.reason).toBe('truncated');
    expect(r.primary).toBe('anger');
  });

  test('a bad message inside the list does not throw', () => {
    const r = analyzeConversation([
      c('fine'),
      { role: 'customer', text: undefined as unknown as string },
      c('I am furious'),
    ]);
    expect(r.primary).toBe('anger');
  });
});

describe('a thank-you that resolves nothing keeps the feeling underneath', () => {
  const c = (...texts: string[]) => texts.map((text, i) => ({ role: i % 2 ? 'agent' : 'customer', text }) as const);
  test.each([
    [
      'worried, then polite while still waiting',
      c(
        'My rent is due Friday and the refund still has not come. I am really worried.',
        'We are on it.',
        'Thank you for being so patient with me, I will wait then.',
      ),
      'anxiety',
    ],
    [
      'worried, then relieved',
      c(
        'My rent is due Friday and the refund still has not come. I am really worried.',
        'We are on it.',
        'It arrived this morning, thank you so much!',
      ),
      ['gratitude', 'joy'],
    ],
    [
      '担心，然后客气地继续等',
      c('退款一直没到账，我下周要交房租，真的很着急。', '我们正在处理。', '谢谢你这么耐心，那我再等等。'),
      'anxiety',
    ],
    ['担心，然后到账', c('退款一直没到账，真的很着急。', '我们正在处理。', '到账了，谢谢你们！'), ['gratitude', 'joy']],
    ['happy all along', c('Love the new mugs!', 'So glad!', 'Thanks again, you made my day.'), ['gratitude', 'joy']],
  ])('%s', (_name, messages, expected) => {
    const primary = analyzeConversation(messages).primary;
    if (Array.isArray(expected)) expect(expected).toContain(primary);
    else expect(primary).toBe(expected);
  });
});

describe('warm thanks after a fix count as relief', () => {
  test('angry, then delighted thanks with no waiting left', () => {
    const r = analyzeConversation([
      c('This is the third time I write, the app keeps crashing and nobody helps!!!'),
      a('I have pushed a fix to your account.'),
      c('Thank you SO much, you are amazing!!'),
    ]);
    expect(['gratitude', 'joy']).toContain(r.primary);
  });
});
