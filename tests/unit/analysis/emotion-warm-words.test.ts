import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';

// "Arrived" is joy when what was awaited came ("my parcel arrived"); the writer's own arrival is no delivery.
describe('the writer’s own arrival is not joy', () => {
  test.each([
    'The hotel was closed when we arrived.',
    'When I arrived at the airport the desk was closed.',
    'By the time we arrived the shop had shut.',
  ])('%s', (text) => {
    const r = analyzeMessage(text);
    expect(r.primary).not.toBe('joy');
    expect(r.valence).toBeLessThanOrEqual(0);
  });
  test('a parcel that arrived is still good news', () => {
    expect(analyzeMessage('My parcel arrived today!').valence).toBeGreaterThan(0);
  });
});

describe('names of things and ways of asking that hold a warm word', () => {
  test.each([
    'Quick question: how do I change my address?',
    'Is there an easy way to export my invoices?',
    'How fast can you deliver to Leeds?',
    'The welcome pack never came.',
  ])('%s', (text) => {
    const r = analyzeMessage(text);
    expect(r.primary).not.toBe('joy');
    expect(r.valence).toBeLessThanOrEqual(0);
  });
  test('a quick reply is still praised', () => {
    expect(analyzeMessage('Wow that was fast, thank you').valence).toBeGreaterThan(0);
  });
});

describe('a valediction is manners, and "the right plan" is correctness', () => {
  test.each([
    'I’m not sure whether I picked the right plan. Could you explain?\n\nBest,\nTom',
    'Could you resend the invoice?\n\nKind regards,\nPriya',
  ])('%s', (text) => {
    const r = analyzeMessage(text);
    expect(r.evidence.some((e) => e.label === 'joy')).toBe(false);
  });
  test('"best" inside a sentence is still read', () => {
    expect(analyzeMessage('Best service I have ever had!').valence).toBeGreaterThan(0);
  });
});
