import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { blankClosing, closingStart } from '@/lib/analysis/closing';

describe('a closing thanks after a request is manners, not gratitude', () => {
  test.each([
    ['Hi, how do I export my contacts to CSV? Thanks, Tom', 'Thanks, Tom'],
    ['Please send the invoice to accounts@example.com. Thanks in advance.', 'Thanks in advance.'],
    ['Could you check my order status?\n\nThank you\nJohn Smith', 'Thank you\nJohn Smith'],
    ['Can someone look at ticket 4411 please. Much appreciated!', 'Much appreciated!'],
    ['您好，麻烦把发票抬头改一下，谢谢。', '谢谢。'],
    ['帮我看看订单到哪了谢谢', '谢谢'],
    ['請問可以改成貨到付款嗎？麻煩了，謝謝！', '麻煩了，謝謝！'],
    ['想問下點樣改地址？唔該晒', '唔該晒'],
    // Wanting something is asking for it; thanks in advance is never gratitude, even after a bare complaint.
    ["Third email about this parcel. I'd appreciate an actual answer.\n\nThanks,\nTom", 'Thanks,\nTom'],
    [
      'Nobody has called me back since Monday. I am running out of patience.\n\nThanks in advance,\nRebecca',
      'Thanks in advance,\nRebecca',
    ],
    ['这次希望能给个明确的答复。\n\n谢谢', '谢谢'],
    ['说好周一回电话，到现在都没人打来。\n\n先谢谢了', '先谢谢了'],
    // A bare thanks signed with a name closes a letter, whatever the letter says.
    ['Still no tracking number, two weeks after you said it shipped.\n\nThanks,\nJohn', 'Thanks,\nJohn'],
    ['The app crashed three times at checkout today.\nCheers,\nAl', 'Cheers,\nAl'],
    // The formula's usual tails, a smiley after it included.
    ['This might be a dumb question, but does the warranty cover water damage? Thanks a lot :)', 'Thanks a lot :)'],
    ["I hope you can help. I'm not sure how to get the charges reversed. Thank you kindly.", 'Thank you kindly.'],
    [
      "I'm not sure this is right, but my order went to my old address. I really appreciate any help you can give.",
      'I really appreciate any help you can give.',
    ],
    // Unsure is asking, indirectly.
    ["I might be wrong, but I think the discount wasn't applied to my last order. Thank you!", 'Thank you!'],
    ['I was wondering if my parcel had been sent yet. Many thanks, Sue', 'Many thanks, Sue'],
    ['不确定是不是我填错了地址，谢谢', '谢谢'],
  ])('%s', (text, closing) => {
    const at = closingStart(text);
    expect(text.slice(at)).toBe(closing);
    const blanked = blankClosing(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.slice(0, at)).toBe(text.slice(0, at));
    expect(blanked.slice(at).trim()).toBe('');
  });

  test.each([
    'Thank you so much for your help yesterday!',
    'The replacement arrived this morning. Thank you!',
    'ok thanks',
    '东西收到了，谢谢！',
    'Can you believe it? The refund came through. Thanks for sorting it out so fast!',
    'Thanks for nothing. Can you even read?',
    // Nothing asked and nothing anticipated: the thanks may be the point.
    'Got the replacement this morning, it works perfectly.\n\nThanks so much,\nAnna',
    'The replacement arrived this morning. Thank you so much :)',
    // A name on the same line is who is thanked, not who signs.
    'I think I should try this. Thanks, OP.',
  ])('kept: %s', (text) => {
    expect(closingStart(text)).toBe(-1);
    expect(blankClosing(text)).toBe(text);
  });

  test('a request signed off with thanks does not read as gratitude', () => {
    const a = analyzeMessage('Hi there, I was charged twice this month. Can you look into it? Thanks, Ann');
    expect(a.primary).not.toBe('gratitude');
    expect(a.evidence.some((e) => /thank/i.test(e.text))).toBe(false);
  });

  test('thanks that is the message still reads as gratitude', () => {
    expect(analyzeMessage('Thank you so much for sorting out the refund so quickly!').primary).toBe('gratitude');
  });
});
