import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { parseForms } from '@/lib/analysis/escalation/cues/both-scripts';
import { ZH_HANS_CUES } from '@/lib/analysis/escalation/cues/zh-hans';
import { zhHantCues } from '@/lib/analysis/escalation/cues/zh-hant';
import { ZH_HANT_ESCALATION_OVERRIDES as O } from '@/lib/analysis/escalation/cues/zh-hant.overrides';
import { bothScripts, deriveEscalationCues, formsOf, sourcesOf } from '@/scripts/hant/derive-escalation';
import { ESCALATION_HANT_TARGET as T } from '@/scripts/hant/escalation-target';
import { deriveTarget, ROOT } from '@/scripts/hant/targets';

describe('the zh-Hant escalation cues are derived from zh-Hans', () => {
  test('the committed zh-hant.forms.ts is what npm run derive:hant writes', () => {
    // Fails when someone edits the generated file, or edits zh-hans / the overrides without regenerating.
    expect(readFileSync(resolve(ROOT, T.hant), 'utf8')).toBe(deriveTarget(T));
  });

  test('the tables the engine reads are the derived ones', () => {
    const derived = deriveEscalationCues(ZH_HANS_CUES, O, parseForms(formsOf(sourcesOf(ZH_HANS_CUES))));
    const ZH_HANT_CUES = zhHantCues();
    const sources = (c: typeof ZH_HANT_CUES) => [
      ...Object.entries(c).flatMap(([k, v]) => (v instanceof RegExp ? [`${k} ${v}`] : [])),
      ...c.cues.map((x) => `${x.id} ${x.flag} ${x.kind} ${x.strength} ${x.undirected} ${x.re}`),
      ...c.pairs.map((x) => `${x.id} ${x.flag} ${x.kind} ${x.within} ${x.needsHeat} ${x.what} ${x.act}`),
    ];
    expect(sources(ZH_HANT_CUES)).toEqual(sources(derived));
  });

  test('every id is on both sides, or declared one-script-only with a reason', () => {
    const hans = [...ZH_HANS_CUES.cues, ...ZH_HANS_CUES.pairs].map((c) => c.id);
    const hant = [...zhHantCues().cues, ...zhHantCues().pairs].map((c) => c.id);
    expect(hans.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(hans).size).toBe(hans.length);
    const hansOnly = new Set(Object.keys(O.hansOnly));
    const hantOnly = new Set(O.hantOnly.map((x) => x.cue.id));
    expect(hans.filter((id) => !hant.includes(id) && !hansOnly.has(id!))).toEqual([]);
    expect(hant.filter((id) => !hans.includes(id) && !hantOnly.has(id!))).toEqual([]);
    const whys = [
      ...Object.values(O.hansOnly),
      ...O.hantOnly.map((x) => x.why),
      ...Object.values(O.context).map((c) => c.why),
    ];
    expect(whys.filter((w) => w.trim().length < 12)).toEqual([]);
  });

  test('the overrides are small: regional wording, not a second copy', () => {
    expect(O.hantOnly.length).toBeLessThanOrEqual(ZH_HANS_CUES.cues.length / 4);
  });

  test('a converted pattern reads both scripts and keeps its syntax', () => {
    expect(bothScripts('退订|[们們]|取消(?:会员)?')).toBe('退[订訂]|[们們]|取消(?:[会會][员員])?');
    expect(bothScripts('[^，。]{0,6}\\d+')).toBe('[^，。]{0,6}\\d+');
    const re = new RegExp(bothScripts('投诉到消协'));
    expect(re.test('投訴到消協')).toBe(true);
    expect(re.test('投诉到消协')).toBe(true);
  });

  test('a cue written once in Simplified reads Traditional text, and mixed text', () => {
    expect(analyzeMessage('我要退訂，馬上銷戶').escalation).toContain('churn');
    expect(analyzeMessage('這個會員我要退订').escalation).toContain('churn');
    expect(analyzeMessage('我要退订，马上销户').escalation).toContain('churn');
  });
});

describe('Chinese clause reading, both scripts', () => {
  const flags = (text: string) => analyzeMessage(text).escalation;

  test('不是…就是 says "not X, just Y"; a real 不…就 condition still threatens', () => {
    expect(flags('不是要退订哈～就是想暂停配送两周')).toEqual([]);
    expect(flags('唔係要退訂呀 就係想問下幾時扣錢')).toEqual([]);
    expect(flags('再不退款我就投诉到12315')).toContain('regulator');
    expect(flags('再不退款我就发微博曝光你们')).toContain('public');
  });

  test('a card dispute said to be withdrawn is over; one filed is not', () => {
    expect(flags('之前手滑对你们的年费点了争议，已经撤销了，银行也确认了。')).toEqual([]);
    expect(flags('之前手殘對你哋年費撳咗爭議，已經撤回咗，銀行都confirm咗。')).toEqual([]);
    expect(flags('我已经申请拒付了，不用再联系我')).toContain('chargeback');
  });
});
