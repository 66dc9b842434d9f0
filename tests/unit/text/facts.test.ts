import { describe, expect, test } from 'vitest';
import { conversationFacts, factVars } from '@/lib/text/facts';
import { findProduct } from '@/lib/text/products';
import { findTimeframe } from '@/lib/text/timeframes';
import type { ConversationMessage } from '@/lib/types';

const c = (...messages: Array<[ConversationMessage['role'], string]>) => ({
  messages: messages.map(([role, text]) => ({ role, text })),
});

describe('product', () => {
  test.each<[string, string | undefined]>([
    ['My new espresso machine is leaking again.', 'the espresso machine'],
    ['I ordered a watercolor set for my daughter.', 'the watercolor set'],
    ['The broken treadmill still has not been collected', 'the treadmill'],
    ['订单号 2024031815230047 的空气净化器，用了不到一个月就坏了', '空气净化器'],
    ['除濕機才用兩個禮拜就不會運轉', '除濕機'],
    ['I was charged twice for the same invoice.', undefined],
    ['Can you send me a set of instructions?', undefined],
  ])('%s → %s', (text, product) => {
    expect(findProduct([text])).toBe(product);
  });
});

describe('timeframe', () => {
  test.each<[string, string | undefined]>([
    ['The refund will reach your card within 3 business days.', '3 business days'],
    ["I'm checking with the courier now and will reply within 15 minutes.", '15 minutes'],
    ['银行卡退款一般 3 到 5 个工作日到账', '3 到 5 个工作日'],
    ['款項約 7 個工作天內退回您的信用卡', '7 個工作天'],
    ['Thanks for waiting, I am on it.', undefined],
  ])('%s → %s', (text, timeframe) => {
    expect(findTimeframe([text])).toBe(timeframe);
  });

  test('only the agent’s own words count, the latest first', () => {
    const f = conversationFacts(
      c(
        ['customer', 'You said within 2 days and nothing happened.'],
        ['agent', 'I will update you within 24 hours.'],
        ['agent', 'Update: the part ships today, delivery within 3 days.'],
      ),
    );
    expect(f.timeframe).toBe('3 days');
  });
});

describe('facts fill a reply only in their own script', () => {
  const f = conversationFacts(c(['customer', 'Order #A10293: my kettle arrived broken.']));
  test('English reply', () => {
    expect(factVars(f, 'en')).toEqual({ orderId: '#A10293', product: 'the kettle' });
  });
  test('Chinese reply keeps the id but not the English product words', () => {
    expect(factVars(f, 'zh-Hans')).toEqual({ orderId: '#A10293' });
  });
});
