import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import type { EscalationFlag } from '@/lib/types';

const flags = (text: string) => analyzeMessage(text).escalation;

describe('escalation flags', () => {
  test.each<[EscalationFlag, string, string]>([
    ['churn', 'en', 'I want to cancel my subscription and switch to another provider'],
    ['churn', 'zh-Hans', '我要退订，马上销户'],
    ['churn', 'zh-Hant', '我要解約，幫我銷戶'],
    ['legal', 'en', 'My lawyer will hear about this, I will sue'],
    ['legal', 'zh-Hans', '我已经找了律师，准备起诉你们'],
    ['legal', 'zh-Hant', '我會找律師提告'],
    ['regulator', 'en', 'I am filing a complaint with the BBB and the CFPB'],
    ['regulator', 'en', 'Next stop is the ombudsman and Trading Standards'],
    ['regulator', 'zh-Hans', '再不处理我就打12315，找消协和市场监管局'],
    ['regulator', 'zh-Hans', '我要向工信部投诉'],
    ['regulator', 'zh-Hant', '我要去消基會申訴，也會找消保官'],
    ['regulator', 'zh-Hant', '我會向消委會投訴'],
    ['public', 'en', 'I will post about this on social media and leave a bad review'],
    ['public', 'zh-Hans', '我要曝光你们，发微博让大家看看'],
    ['public', 'zh-Hant', '我要上新聞爆料，PO上網'],
    ['supervisor', 'en', 'Let me speak to your manager'],
    ['supervisor', 'zh-Hans', '叫你们主管来，找你们领导'],
    ['supervisor', 'zh-Hant', '請你們主管來處理'],
    ['repeat-contact', 'en', 'This is the third time I am writing and it is still not fixed'],
    ['repeat-contact', 'zh-Hans', '这是我第三次打电话了，又是没人管'],
    ['repeat-contact', 'zh-Hant', '這是第三次反映了，多次聯絡都沒用'],
    ['compensation', 'en', 'I want a full refund and compensation'],
    ['compensation', 'zh-Hans', '必须退款，还要赔偿'],
    ['compensation', 'zh-Hant', '請盡快退費，並給予賠償'],
    ['abuse', 'en', 'You people are useless idiots'],
    ['abuse', 'en', 'f*** you'],
    ['abuse', 'en', 'this is sh*t service'],
    ['abuse', 'en', 'what the f**king hell'],
    ['abuse', 'zh-Hans', '他妈的什么破服务'],
    ['abuse', 'zh-Hans', 'TMD又延迟'],
    ['abuse', 'zh-Hans', '尼玛，还没到'],
    ['abuse', 'zh-Hant', '靠北喔，什麼爛服務'],
  ])('%s (%s): %s', (flag, _lang, text) => {
    expect(flags(text)).toContain(flag);
  });

  test.each([
    ['Thanks, the refund arrived'.replace('refund', 'parcel'), []],
    ['Could you check my order status?', []],
    ['又好吃又便宜', []],
    ['操作很简单', []],
  ])('no false flag: %s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  test('a flag is explained by an escalation span', () => {
    const text = 'I will contact my lawyer';
    const ev = analyzeMessage(text).evidence.find((e) => e.label === 'legal')!;
    expect(ev.cue).toBe('escalation');
    expect(text.slice(ev.start, ev.end)).toBe('lawyer');
  });

  test('masked profanity is read as the word it hides', () => {
    const a = analyzeMessage('f*** this');
    expect(a.primary).toBe('anger');
    expect(a.escalation).toContain('abuse');
    expect(analyzeMessage('f*** this').evidence[0]?.text).toBe('f***');
  });

  test('legal and regulator threats raise urgency', () => {
    expect(analyzeMessage('I will sue you').urgency).toBeGreaterThan(analyzeMessage('I am unhappy').urgency);
  });
});
