// A tiny escalation training set written for these tests. "zorbify" is a made-up verb no rule knows, so any
// churn flag on it can only come from the model.

import type { EscalationFlag } from '@/lib/types';
import type { EscalationRow } from '../../../scripts/train-escalation/data';

const row = (text: string, flags: EscalationFlag[] = [], round = 'r1'): EscalationRow => ({
  text,
  flags: new Set(flags),
  round,
  language: /[\u3400-\u9fff]/.test(text) ? 'zh-Hans' : 'en',
  file: `${round}-test.json`,
});

export const TINY: EscalationRow[] = [
  row('Zorbify my account today.', ['churn']),
  row('Please zorbify the account, I am done.', ['churn']),
  row('I will zorbify everything with you tomorrow.', ['churn']),
  row('Zorbify it now, I have had enough.', ['churn'], 'r2'),
  row('We are going to zorbify the whole subscription.', ['churn'], 'r2'),
  row('Just zorbify my plan and stop billing me.', ['churn'], 'r2'),
  row('Zorbify the account or I will be very upset.', ['churn'], 'r3'),
  row('Go ahead and zorbify my membership.', ['churn'], 'r3'),
  row('The package arrived on Tuesday.', [], 'r1'),
  row('Thanks for the quick answer.', [], 'r1'),
  row('Could you send me the invoice for March?', [], 'r1'),
  row('The blue one fits better than the red one.', [], 'r2'),
  row('My address changed last week.', [], 'r2'),
  row('Is the store open on Sunday?', [], 'r2'),
  row('I like the new colours in the app.', [], 'r3'),
  row('The printer is on the second floor.', [], 'r3'),
  row('我的快递已经到了。', [], 'r3'),
  row('谢谢你们的帮助。', [], 'r1'),
  row('请问发票怎么开？', [], 'r2'),
  row('我要投诉你们，马上给我退款！', ['compensation'], 'r3'),
];
