import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// Rules alone (no model installed). Each family: wordings of my own in both scripts, then sentences where the
// same words must stay quiet (a question, a negation, a third party, praise, a matter already over).
function flags(text: string): string[] {
  return analyzeMessage(text).escalation as string[];
}

describe('legal: someone close who knows the law, the court as where it is judged', () => {
  test.each([
    ['我小姨丈在律所做了二十年，你们这份协议他看过，说根本站不住。', 'legal'],
    ['我女婿读过法律，这种条款他一看就说没用。', 'legal'],
    ['我個friend係讀法律嘅，佢話你哋呢條條款好有趣。', 'legal'],
    ['既然讲不通，那就请法官来评评理。', 'legal'],
    ['這件事我會拿到法庭上講清楚。', 'legal'],
    ['后续会由我委托的律师跟你们联系。', 'legal'],
    ['你哋等住收信啦！', 'legal'],
    ['我已经在法院立了案。', 'legal'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我女婿是律师，下个月结婚，想订你们的酒席。', 'legal'],
    ['我表姐在律所上班，想给她订一个生日蛋糕。', 'legal'],
    ['我朋友读法律的，他推荐我来你们店。', 'legal'],
    ['法院门口那家店几点开门？', 'legal'],
    ['我等着收信呢，快递什么时候到？', 'legal'],
    ['我已經去咗消委會投訴，你哋等住收信啦', 'legal'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});
