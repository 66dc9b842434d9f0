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

describe('regulator: described by its remit, named as the next step, or as an audience', () => {
  test.each([
    ['截图我已经交给管食品安全的那个部门了。', 'regulator'],
    ['我会去找专门管你们这种中介的部门讲清楚。', 'regulator'],
    ['聽日我就拎去專門查價格嗰個部門。', 'regulator'],
    ['我已經打去市政府的服務熱線了。', 'regulator'],
    ['再不回复，下一步我就去消保官。', 'regulator'],
    ['下一步就係通訊辦。', 'regulator'],
    ['不知道你们这份合同经不经得起市场监管局看。', 'regulator'],
    ['我好奇消委會對你哋咁樣收費會有啲咩睇法。', 'regulator'],
    ['月底前没说法我就打12398反映。', 'regulator'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['我想找你们管售后的部门。', 'regulator'],
    ['请问管这个的部门是哪个？', 'regulator'],
    ['我把单据交给你们管财务的那位小姐了。', 'regulator'],
    ['我不会去找管市场的那个部门，只想你们退款。', 'regulator'],
    ['卫生局的人上周来检查过了，一切正常。', 'regulator'],
    ['下一步就是安装软件吗？', 'regulator'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});

describe('chargeback: the card issuer named with what it will do about the charge', () => {
  test.each([
    ['再拖下去，我就请信用卡中心出面。', 'chargeback'],
    ['你哋唔退都唔緊要，我張卡嘅發卡行會幫我追回。', 'chargeback'],
    ['這筆我已經交給發卡銀行處理了。', 'chargeback'],
    ['我明天就去跟发卡行说明这笔消费。', 'chargeback'],
    ['淘宝那笔平台已经介入了。', 'chargeback'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['银行说可以帮我处理转账的事。', 'chargeback'],
    ['请问信用卡中心会不会帮我处理这笔？', 'chargeback'],
    ['我的信用卡公司不会帮我处理这种事吧？', 'chargeback'],
    ['信用卡中心已经帮我处理好了，谢谢。', 'chargeback'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
});
