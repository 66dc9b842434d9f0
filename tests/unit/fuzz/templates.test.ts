import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type PlaceholderName,
  placeholderLabel,
  renderTemplate,
  SLOT_NAMES,
  type SlotName,
  VAR_NAMES,
} from '@/lib/templates/render';
import type { ContentLanguage, TemplateVars } from '@/lib/types';
import { hostileText, piece, SEED } from './hostile';

// Templates are user-written (and imported from files), and variables come from the page: a customer's
// name may be anything. Rendering must not throw, must not expand a value a second time, and every
// placeholder it reports must be exactly its label in the output, so the caret lands on it.

const NAMES = [...VAR_NAMES, ...SLOT_NAMES];
const templatePiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES.map((n) => `{${n}}`)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '}',
      '{}',
      '{{customerName}}',
      '{constructor}',
      '{__proto__}',
      '{toString}',
      '{ orderId }',
    ),
  },
  { weight: 3, arbitrary: piece },
);
const template = fc.array(templatePiece, { maxLength: 30 }).map((p) => p.join(''));
const value = fc.option(fc.oneof(hostileText, fc.constantFrom(...NAMES.map((n) => `{${n}}`))), { nil: undefined });
const vars: fc.Arbitrary<TemplateVars> = fc.record(
  Object.fromEntries(VAR_NAMES.map((n) => [n, value])) as Record<keyof TemplateVars, typeof value>,
  { requiredKeys: [] },
);
const slots: fc.Arbitrary<Partial<Record<SlotName, string>>> = fc.record(
  Object.fromEntries(SLOT_NAMES.map((n) => [n, value])) as Record<SlotName, typeof value>,
  { requiredKeys: [] },
);
const lang = fc.option(fc.constantFrom<ContentLanguage>('en', 'zh-Hans', 'zh-Hant'), { nil: undefined });

describe('renderTemplate on hostile templates and values', () => {
  test('never throws; placeholders are ordered, inside the text, and exactly their labels', () => {
    fc.assert(
      fc.property(template, vars, lang, slots, (text, v, l, s) => {
        const r = renderTemplate(text, v, l, s);
        expect(typeof r.text).toBe('string');
        let last = 0;
        for (const p of r.placeholders) {
          expect(NAMES).toContain(p.name);
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(r.text.length);
          const label = r.text.slice(p.start, p.end);
          if (l) expect(label).toBe(placeholderLabel(p.name as PlaceholderName, l));
          else expect(label).toMatch(/^\[[^\]]+\]$/);
          last = p.end;
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  test('a value that looks like a variable is inserted as text, never expanded again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VAR_NAMES), fc.constantFrom(...NAMES), (name, inner) => {
        const r = renderTemplate(`Hi {${name}}!`, { [name]: `{${inner}}` }, 'en');
        expect(r.text).toBe(`Hi {${inner}}!`);
        expect(r.placeholders).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  test('a 2 MB template with thousands of placeholders renders', () => {
    const text = 'Order {orderId} for {customerName}, {issue}. '.repeat(50_000);
    const r = renderTemplate(text, { customerName: 'Ana' }, 'en');
    expect(r.placeholders).toHaveLength(100_000);
    expect(r.text.slice(r.placeholders[99_999]!.start, r.placeholders[99_999]!.end)).toBe(
      placeholderLabel('issue', 'en'),
    );
  });
});
