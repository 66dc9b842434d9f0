import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel } from '@/lib/analysis/escalation';
import type { EscalationFlag } from '@/lib/types';

// The rules alone: these are the rules' readings of where a deadline sits, whatever the model adds.
beforeAll(() => installEscalationModel(null));

function deadlineOf(text: string, flag: EscalationFlag): string | undefined {
  const d = analyzeMessage(text).escalationDetail?.find((x) => x.flag === flag);
  expect(d, `${flag} in ${text}`).toBeDefined();
  return d?.deadline?.text;
}

describe('deadlines said around the threat (fifteenth session)', () => {
  test.each([
    ['If nobody calls me back within the hour I am going to the papers.', 'public', 'within the hour'],
    [
      'Dec 12. That is the date. If the boiler is not fixed by then, Trading Standards gets the whole file.',
      'regulator',
      'Dec 12',
    ],
    ['I will put the whole story on Facebook. You have until Friday.', 'public', 'until Friday'],
    ['Fix the roof or my solicitor takes it from here. You have got 48 hours.', 'legal', '48 hours'],
  ] as const)('%s', (text, flag, want) => {
    expect(deadlineOf(text, flag)).toContain(want);
  });

  test.each([
    ['今天不退款，我就去银行申请拒付。', 'chargeback', '今天'],
    ['给你们到周五，不然我就找律师。', 'legal', '到周五'],
    ['3月8号。过了这天还没结果，我直接去市场监管局投诉。', 'regulator', '3月8号'],
    ['明天還沒處理好，我就去消保官那邊申訴。', 'regulator', '明天'],
  ] as const)('%s', (text, flag, want) => {
    expect(deadlineOf(text, flag)).toContain(want);
  });

  test('a day that only says how long it has been is no deadline (到今天…都没有)', () => {
    const flags = analyzeMessage('上周就说给我回电话，到今天一个电话都没有，我要去12315投诉。').escalationDetail ?? [];
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(f.deadline?.text ?? '').not.toContain('今天');
  });

  test('a day in a sentence that asks nothing of us lends no deadline (明天还要不要)', () => {
    const flags =
      analyzeMessage('保险说不赔，医院说没钱就不治了。我真的不知道明天还要不要醒来。').escalationDetail ?? [];
    for (const f of flags) expect(f.deadline).toBeUndefined();
  });
});
