import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel, loadEscalationModel } from '@/lib/analysis/escalation/learned';

// With the learned scorer installed: the twenty-ninth session's readings that take back flags the scorer raised on
// sentences written here (each read as below by the shipped scorer before the reading was added).

beforeAll(async () => {
  expect(await loadEscalationModel()).not.toBeNull();
});
afterAll(() => {
  installEscalationModel(null);
});

const flags = (text: string) => analyzeMessage(text).escalation as string[];

describe('flags the scorer raised that the clause reading now takes back', () => {
  test.each([
    ['Honestly after this I don’t see us staying with you when the contract ends in March.', 'harm'],
    ['We’re switching our office to your fibre plan next month.', 'churn'],
    ['I saw the review on Trustpilot that mentioned your new app.', 'public'],
    [
      'Hi, I’m a journalist at the Evening Post writing a piece on broadband speeds. Could someone from your press office get back to me?',
      'public',
    ],
    ['I’m looking elsewhere in the app for the export button and can’t find it.', 'churn'],
    ['Just a heads up, someone has been posting fake discount codes for your shop on Facebook.', 'public'],
    ['我们公司法务看过合同了，没问题。', 'legal'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
  test.each([
    ['Honestly after this I don’t see us staying with you when the contract ends in March.', 'churn'],
    ['I’m a journalist and I will be writing about how you treated my mother.', 'public'],
    ['I don’t see myself staying around much longer.', 'harm'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});
