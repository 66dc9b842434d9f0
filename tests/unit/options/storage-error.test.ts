import { afterEach, describe, expect, test } from 'vitest';
import { storageErrorText } from '@/components/settings/storage-error';
import { uiLang } from '@/lib/i18n';

afterEach(() => {
  uiLang.value = 'en';
});

describe('storage errors in the agent’s words', () => {
  test.each([
    ['en', /storage space for Heartline is full.*Delete/],
    ['zh-Hans', /存储空间已满.*删除/],
    ['zh-Hant', /儲存空間已滿.*刪除/],
  ] as const)("Chrome's quota error says what to do (%s)", (lang, expected) => {
    uiLang.value = lang;
    const text = storageErrorText(new Error('Resource::kQuotaBytes quota exceeded'));
    expect(text).toMatch(expected);
    expect(text).not.toContain('kQuotaBytes');
  });

  test('the per-item and write-rate quotas get their own advice', () => {
    expect(storageErrorText(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toMatch(/full/);
    expect(storageErrorText(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toMatch(/Wait a minute/);
  });

  test('other errors keep their own words', () => {
    expect(storageErrorText(new Error('disk on fire'))).toBe('disk on fire');
    expect(storageErrorText('plain string')).toBe('plain string');
  });
});
