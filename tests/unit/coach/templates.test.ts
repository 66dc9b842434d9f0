import { describe, expect, test } from 'vitest';
import { coachDraft } from '@/lib/coach';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';

// The replies Heartline itself suggests must not trip its own coach; placeholders read as a plain word.
describe('built-in templates raise no coach issue', () => {
  test.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const text = t.text.replace(/\{[^}]*\}/g, 'Sam');
    expect(coachDraft(text, { lang: t.lang }).issues.map((i) => `${i.ruleId}: ${i.text}`)).toEqual([]);
  });
});
