import { describe, expect, test } from 'vitest';
import { conversationFromText } from '@/lib/paste';

describe('conversationFromText', () => {
  test('plain text is one customer message', () => {
    const c = conversationFromText('  My order never arrived.\nWhere is it?  ', 'paste');
    expect(c.messages).toEqual([{ role: 'customer', text: 'My order never arrived.\nWhere is it?' }]);
    expect(c.source).toBe('paste');
  });

  test.each([
    [
      'English labels',
      'Customer: where is it?\nAgent: checking now\nCustomer: still waiting',
      ['customer', 'agent', 'customer'],
    ],
    ['Simplified labels', '客户：怎么还没到？\n客服：我帮您查一下\n客户：快点', ['customer', 'agent', 'customer']],
    ['Traditional labels', '客戶：怎麼還沒到？\n客服：我幫您查一下', ['customer', 'agent']],
    ['Me/You labels', 'Visitor: hello\nMe: hi there', ['customer', 'agent']],
  ])('%s split into turns', (_name, text, roles) => {
    expect(conversationFromText(text, 'paste').messages.map((m) => m.role)).toEqual(roles);
  });

  test('continuation lines stay with their speaker', () => {
    const c = conversationFromText('Customer: first line\nsecond line\nAgent: ok', 'paste');
    expect(c.messages[0]?.text).toBe('first line\nsecond line');
  });

  test('empty input gives no messages', () => {
    expect(conversationFromText('   \n  ', 'selection').messages).toEqual([]);
  });

  test('huge input is capped to its last 50,000 characters', () => {
    const c = conversationFromText('a'.repeat(200_000), 'paste');
    expect(c.messages[0]?.text.length).toBe(50_000);
  });
});
