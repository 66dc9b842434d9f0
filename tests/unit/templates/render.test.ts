import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guessTemplateLanguage, placeholderLabel, renderTemplate } from '@/lib/templates/render';
import type { ContentLanguage, TemplateVars } from '@/lib/types';

describe('renderTemplate', () => {
  test.each<[string, TemplateVars, string]>([
    ['Hi {customerName}, thanks.', { customerName: 'Ana' }, 'Hi Ana, thanks.'],
    ['Hi {customerName}, thanks.', {}, 'Hi, thanks.'],
    ['Hi {customerName},', { customerName: '   ' }, 'Hi,'],
    ['Hi {customerName}!', {}, 'Hi!'],
    ['Thanks, {customerName}.', {}, 'Thanks.'],
    ['Thank you, {customerName}, for waiting.', {}, 'Thank you for waiting.'],
    ['{customerName}您好，请稍等。', {}, '您好，请稍等。'],
    ['{customerName}，很开心能帮到您！', {}, '很开心能帮到您！'],
    ['谢谢{customerName}。有问题再联系。', {}, '谢谢。有问题再联系。'],
    ['Line one\n{customerName}, line two', {}, 'Line one\nline two'],
    ['Order {orderId} for {customerName}', { orderId: ' A-17 ', customerName: 'Li' }, 'Order A-17 for Li'],
    ['Literal {notAVariable} stays', {}, 'Literal {notAVariable} stays'],
    ['Value {product} is not re-expanded', { product: '{orderId}' }, 'Value {orderId} is not re-expanded'],
  ])('%j with %j → %j', (text, vars, expected) => {
    expect(renderTemplate(text, vars, 'en').text).toBe(expected);
  });

  test('missing values become placeholders whose offsets point at them', () => {
    const r = renderTemplate('Order {orderId} ships within {timeframe}. {agentName}', { agentName: 'Sam' }, 'en');
    expect(r.text).toBe('Order [order number] ships within [timeframe]. Sam');
    expect(r.placeholders.map((p) => p.name)).toEqual(['orderId', 'timeframe']);
    for (const p of r.placeholders) expect(r.text.slice(p.start, p.end)).toMatch(/^\[.+\]$/);
    expect(r.text.slice(r.placeholders[0]!.start, r.placeholders[0]!.end)).toBe('[order number]');
  });

  test('offsets stay right after a dropped name and multi-byte text', () => {
    const r = renderTemplate('{customerName}您好，订单{orderId}已处理，{timeframe}内到账。', {}, 'zh-Hans');
    expect(r.text).toBe('您好，订单[订单号]已处理，[时间]内到账。');
    expect(r.placeholders.map((p) => r.text.slice(p.start, p.end))).toEqual(['[订单号]', '[时间]']);
  });

  test('slots the agent writes by hand are always placeholders', () => {
    const r = renderTemplate('Here is the fix: {resolution}.', { orderId: '1' }, 'en');
    expect(r.placeholders).toEqual([{ name: 'resolution', start: 17, end: 26 }]);
  });

  test.each<[ContentLanguage, string]>([
    ['en', '[order number]'],
    ['zh-Hans', '[订单号]'],
    ['zh-Hant', '[訂單編號]'],
  ])('placeholder for %s reads %s', (lang, label) => {
    expect(placeholderLabel('orderId', lang)).toBe(label);
    expect(renderTemplate('{orderId}', {}, lang).text).toBe(label);
  });

  test.each<[string, ContentLanguage]>([
    ['Hello there', 'en'],
    ['您好，请问订单号是多少？', 'zh-Hans'],
    ['您好，請問訂單編號是多少？', 'zh-Hant'],
  ])('guesses the language of %s', (text, lang) => {
    expect(guessTemplateLanguage(text)).toBe(lang);
    expect(renderTemplate(`${text} {orderId}`, {}).text).toContain(placeholderLabel('orderId', lang));
  });
});

describe('renderTemplate properties', () => {
  const names = ['customerName', 'agentName', 'company', 'orderId', 'product', 'timeframe', 'issue', 'feeling'];
  const piece = fc.oneof(
    fc.constantFrom(...names.map((n) => `{${n}}`)),
    fc.constantFrom('Hi ', ', ', '。', '您好', ' thanks ', '\n', '订单', '!'),
  );
  const value = fc.option(fc.stringMatching(/^[A-Za-z0-9 一-龥-]{0,8}$/), { nil: undefined });

  test('every reported placeholder is exactly its label, and no known {variable} survives', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.record({ customerName: value, agentName: value, company: value, orderId: value }),
        fc.constantFrom<ContentLanguage>('en', 'zh-Hans', 'zh-Hant'),
        (parts, vars, lang) => {
          const r = renderTemplate(parts.join(''), vars, lang);
          for (const p of r.placeholders) {
            expect(r.text.slice(p.start, p.end)).toBe(placeholderLabel(p.name as never, lang));
          }
          for (const n of names) expect(r.text).not.toContain(`{${n}}`);
          const starts = r.placeholders.map((p) => p.start);
          expect([...starts].sort((a, b) => a - b)).toEqual(starts);
        },
      ),
      { numRuns: 300 },
    );
  });
});
