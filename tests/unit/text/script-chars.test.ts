import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SCRIPT_PAIRS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '@/lib/text/script-chars';

// The Traditional forms agents actually type where OpenCC's standard differs (帳 for accounts in Taiwan).
const TYPED_VARIANTS = new Set(['帳']);
// Characters with several Traditional forms, which OpenCC picks by word: 签名 → 簽名 but alone 籤.
const IN_A_WORD: Record<string, string> = { 签: '签名', 钟: '时钟' };

describe('the shared Simplified/Traditional character table', () => {
  it('pairs each Simplified character with a form OpenCC gives for it', () => {
    const forms = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 'tw' }));
    const wrong = SCRIPT_PAIRS.filter(
      ([s, t]) => !TYPED_VARIANTS.has(t) && !forms.some((f) => f(s) === t || f(IN_A_WORD[s] ?? s).includes(t)),
    );
    expect(wrong).toEqual([]);
  });

  it('never counts one character for both scripts, and lists each pair once', () => {
    expect([...SIMPLIFIED_ONLY].filter((c) => TRADITIONAL_ONLY.includes(c))).toEqual([]);
    const keys = SCRIPT_PAIRS.map(([s, t]) => s + t);
    expect(keys.length).toBe(new Set(keys).size);
    expect(SCRIPT_PAIRS.length).toBeGreaterThan(150);
  });
});
