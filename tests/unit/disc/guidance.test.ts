import { describe, expect, test } from 'vitest';
import { DISC_GUIDANCE, DISC_SHAPE, describeCue, guessDisc } from '@/lib/disc';
import { CUE_LABELS } from '@/lib/disc/describe';
import { CONTENT_LANGUAGES, DISC_STYLES } from '@/lib/types';
import { loadAllItems } from './fixtures';

const cells = DISC_STYLES.flatMap((s) => CONTENT_LANGUAGES.map((l) => [s, l] as const));

// Words that judge the person rather than describe how they write.
const JUDGEMENTAL = [
  /pushy|demanding|difficult|aggressive|rude|needy|bossy|lazy|stupid|annoying|nitpick|picky|obsessive|controlling|fussy|whiny|hysterical|irrational/i,
  /diagnos|personality|disorder/i,
  /强势|難纏|难缠|挑剔|固执|固執|急躁|情绪化|情緒化|粗鲁|粗魯|难搞|難搞|人格|诊断|診斷|性格|刁难|刁難|找茬|事儿多|龜毛|奥客|奧客/,
];

const SIMPLIFIED_ONLY = /[这们说时会确细习让给对为还么发问题边与处没经开关过应该从]/;
const TRADITIONAL_ONLY = /[這們說時會確細習讓給對為還麼發問題邊與處沒經開關過應該從]/;

describe('DISC_GUIDANCE', () => {
  test.each(cells)('%s / %s is complete', (style, lang) => {
    const g = DISC_GUIDANCE[style][lang];
    for (const field of ['name', 'summary', 'open', 'length', 'leadWith', 'avoid'] as const) {
      expect(g[field].trim().length, field).toBeGreaterThan(1);
    }
    expect(g.tips.length).toBeGreaterThanOrEqual(3);
    for (const tip of g.tips) expect(tip.trim().length).toBeGreaterThan(3);
  });

  test.each(cells)('%s / %s is a guess, not a judgement', (style, lang) => {
    const g = DISC_GUIDANCE[style][lang];
    const all = [g.name, g.summary, g.open, g.length, g.leadWith, g.avoid, ...g.tips].join(' ');
    for (const re of JUDGEMENTAL) expect(all).not.toMatch(re);
    expect(g.summary).toMatch(/^(Seems|看起来|看起來)/);
  });

  test.each(DISC_STYLES)('%s: Traditional is written in Traditional characters, Simplified in Simplified', (style) => {
    const hans = JSON.stringify(DISC_GUIDANCE[style]['zh-Hans']);
    const hant = JSON.stringify(DISC_GUIDANCE[style]['zh-Hant']);
    expect(hant).not.toMatch(SIMPLIFIED_ONLY);
    expect(hans).not.toMatch(TRADITIONAL_ONLY);
    expect(hant).not.toBe(hans);
  });
});

describe('DISC_SHAPE', () => {
  test('follows seed 004: brief for D, warm for I, step by step for S, detailed for C', () => {
    expect(DISC_SHAPE.D.maxSentences).toBeLessThan(DISC_SHAPE.C.maxSentences);
    expect(DISC_SHAPE.D.outcomeFirst).toBe(true);
    expect(DISC_SHAPE.I.warmth).toBe('high');
    expect(DISC_SHAPE.S.stepByStep).toBe(true);
    expect(DISC_SHAPE.C.detail).toBe('high');
    for (const s of DISC_STYLES) expect(DISC_SHAPE[s].maxSentences).toBeGreaterThan(0);
  });
});

describe('describeCue', () => {
  const emitted = new Set(loadAllItems().flatMap((i) => guessDisc(i.messages).cues.map((c) => c.cue)));
  test.each([...emitted].sort())('every cue the engine emits has a label: %s', (cue) => {
    for (const lang of CONTENT_LANGUAGES) {
      const label = describeCue({ style: 'D', cue, messageIndex: 0, start: 0, end: 0, text: '', weight: 1 }, lang);
      expect(label).not.toBe(cue);
      expect(label.length).toBeGreaterThan(1);
    }
  });

  test('labels are neutral and written per script', () => {
    for (const labels of Object.values(CUE_LABELS)) {
      for (const re of JUDGEMENTAL) for (const text of Object.values(labels)) expect(text).not.toMatch(re);
      expect(labels['zh-Hant']).not.toMatch(SIMPLIFIED_ONLY);
      expect(labels['zh-Hans']).not.toMatch(TRADITIONAL_ONLY);
    }
  });

  test('an unknown rule id falls back to the id itself', () => {
    expect(
      describeCue({ style: 'C', cue: 'mystery', messageIndex: 0, start: 0, end: 0, text: '', weight: 1 }, 'en'),
    ).toBe('mystery');
  });
});
