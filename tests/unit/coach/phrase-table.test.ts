import { describe, expect, it } from 'vitest';
import { ALREADY_ANSWERED, EN_COMPOSED_RULES, NOT_OUR_DOING } from '@/lib/coach/rules/en-compose';
import { anyOf } from '@/lib/coach/rules/phrase-table';

const TABLES = { 'en-def-could-not-have': NOT_OUR_DOING, 'en-dis-already-answered': ALREADY_ANSWERED };

describe('phrase tables', () => {
  for (const [id, table] of Object.entries(TABLES)) {
    it(`${id}: every family is a regex on its own, so joining them only adds alternatives`, () => {
      expect(table.length).toBeGreaterThan(20);
      const broken = table.filter((src) => {
        try {
          new RegExp(src, 'i');
          return false;
        } catch {
          return true;
        }
      });
      expect(broken).toEqual([]);
      // An entry that opens a group another entry closes would compile alone only by luck; count balance too.
      const unbalanced = table.filter((src) => {
        const bare = src.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
        return (bare.match(/\(/g) ?? []).length !== (bare.match(/\)/g) ?? []).length;
      });
      expect(unbalanced).toEqual([]);
    });

    it(`${id}: the rule is the table compiled once`, () => {
      const rule = EN_COMPOSED_RULES.find((r) => r.id === id)!;
      expect(rule.pattern.source).toBe(anyOf(table).source);
      expect(rule.pattern.flags).toBe('i');
    });
  }

  it('each family still matches its own phrase inside the whole rule', () => {
    const could = EN_COMPOSED_RULES.find((r) => r.id === 'en-def-could-not-have')!.pattern;
    const answered = EN_COMPOSED_RULES.find((r) => r.id === 'en-dis-already-answered')!.pattern;
    expect(could.exec('Honestly, we had nothing to do with the delay.')?.[0]).toBe('we had nothing to do with');
    expect(could.exec('It is the bank’s responsibility.')?.[0]).toBe('is the bank’s responsibility');
    expect(could.test('It is not the bank’s problem.')).toBe(false);
    expect(answered.exec('Please calm yourself.')?.[0]).toBe('calm yourself');
    expect(answered.test('Look, I’m so sorry about this.')).toBe(false);
    expect(answered.test('Look, this is not right.')).toBe(true);
  });
});
