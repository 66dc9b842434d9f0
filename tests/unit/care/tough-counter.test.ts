import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getToughCount, KEEP_DAYS, recordTough, resetToughCounts, toughCountsItem } from '@/lib/care/tough-counter';

const day = (d: number, h = 10) => new Date(2026, 10, d, h, 0, 0);

describe('tough conversation counter', () => {
  test('counts each conversation once per day', async () => {
    expect(await recordTough('tab-1:ticket-42', day(22))).toBe(true);
    expect(await recordTough('tab-1:ticket-42', day(22, 15))).toBe(false);
    expect(await recordTough('tab-2:ticket-7', day(22, 16))).toBe(true);
    expect(await getToughCount(day(22, 18))).toBe(2);
  });

  test('the same conversation counts again the next day', async () => {
    await recordTough('ticket-42', day(21));
    await recordTough('ticket-42', day(22));
    expect(await getToughCount(day(21))).toBe(1);
    expect(await getToughCount(day(22))).toBe(1);
  });

  test('a new day starts at zero', async () => {
    await recordTough('a', day(21));
    expect(await getToughCount(day(22))).toBe(0);
  });

  test('stores a digest, never the key itself', async () => {
    const key = 'https://help.example.com/tickets/42?email=jane@example.com';
    await recordTough(key, day(22));
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toContain('jane');
    expect(raw).not.toContain('tickets/42');
    const stored = await toughCountsItem.getValue();
    expect(Object.values(stored).flat()).toHaveLength(1);
  });

  test(`keeps only the last ${KEEP_DAYS} days`, async () => {
    for (let d = 1; d <= 20; d++) await recordTough(`t${d}`, day(d));
    const days = Object.keys(await toughCountsItem.getValue()).sort();
    expect(days).toHaveLength(KEEP_DAYS);
    expect(days[0]).toBe('2026-11-07');
    expect(days.at(-1)).toBe('2026-11-20');
  });

  test('switched off: nothing is stored', async () => {
    expect(await recordTough('ticket-1', day(22), false)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await getToughCount(day(22))).toBe(0);
  });

  test('reset clears everything', async () => {
    await recordTough('x', day(22));
    await recordTough('y', day(21));
    await resetToughCounts();
    expect(await getToughCount(day(22))).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('concurrent records of different conversations are all kept', async () => {
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((k) => recordTough(k, day(22))));
    expect(await getToughCount(day(22))).toBe(5);
  });

  test('an empty key is ignored', async () => {
    expect(await recordTough('', day(22))).toBe(false);
    expect(await getToughCount(day(22))).toBe(0);
  });
});
