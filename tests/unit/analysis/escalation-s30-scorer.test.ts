import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel, loadEscalationModel } from '@/lib/analysis/escalation/learned';

// With the learned scorer installed: the thirtieth session's retrained scorer raised churn at "close" in "please just
// close the ticket" (a headline row written before it); closing the ticket is not leaving. Sentences written here.

beforeAll(async () => {
  expect(await loadEscalationModel()).not.toBeNull();
});
afterAll(() => {
  installEscalationModel(null);
});

const flags = (text: string) => analyzeMessage(text).escalation as string[];

describe('the ticket closed is not the account closed', () => {
  test.each([
    ['Forget it, I give up. Please just close the ticket.', 'churn'],
    ['You can close this case now, thanks.', 'churn'],
  ])('no flag: %s (%s)', (text, flag) => {
    expect(flags(text)).not.toContain(flag);
  });
  test.each([
    ['Close the ticket and my account too, I’m done with you.', 'churn'],
    ['Please close my account today.', 'churn'],
  ])('%s → %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});
