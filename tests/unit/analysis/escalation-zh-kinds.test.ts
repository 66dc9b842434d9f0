import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { installEscalationModel } from '@/lib/analysis/escalation';

// Issue #14's kinds of Chinese false alarm and miss, each written as traps and their true-intent twins
// (probe-zh-*-s11, eleventh session, written before any rule change for them). The rules alone: the learned
// model is retrained by the lead and must not decide these.
interface Case {
  kind: string;
  text: string;
  trap?: boolean;
  flags: Record<string, string>;
}

const dir = join(__dirname, '..', '..', 'fixtures', 'escalation');

function byKind(file: string): Map<string, { tp: number; fp: number; fn: number; dirtyTraps: string[] }> {
  installEscalationModel(null);
  const out = new Map<string, { tp: number; fp: number; fn: number; dirtyTraps: string[] }>();
  for (const c of JSON.parse(readFileSync(join(dir, file), 'utf8')).cases as Case[]) {
    const k = out.get(c.kind) ?? { tp: 0, fp: 0, fn: 0, dirtyTraps: [] };
    const got = new Set<string>(analyzeMessage(c.text).escalation);
    for (const f of Object.keys(c.flags)) got.has(f) ? k.tp++ : k.fn++;
    for (const f of got) if (!(f in c.flags)) k.fp++;
    if (c.trap && got.size > 0) k.dirtyTraps.push(c.text);
    out.set(c.kind, k);
  }
  return out;
}

// Per script and kind: the traps still raising a flag (at most), and the twins' recall (at least). Before the
// rules were changed for them: 简 traps left dirty 3/4/7/5/0/0 of 8/6/8/8/3/2 (org, title, policy, withdrawn,
// platform, two sentences), twins' recall 0.40/0.75/0.50/1/0.86/0.40; 繁 dirty 2/3/4/5/0/0, recall 0.80/0.75/1/1/1/0.83.
const FLOORS: Record<string, Record<string, { dirtyTraps: number; recall: number }>> = {
  'probe-zh-hans-s11.json': {
    'org-customer': { dirtyTraps: 0, recall: 1 },
    title: { dirtyTraps: 0, recall: 1 },
    'policy-question': { dirtyTraps: 0, recall: 1 },
    withdrawn: { dirtyTraps: 0, recall: 1 },
    'platform-light-verb': { dirtyTraps: 0, recall: 1 },
    'two-sentence': { dirtyTraps: 0, recall: 1 },
  },
  'probe-zh-hant-s11.json': {
    'org-customer': { dirtyTraps: 0, recall: 1 },
    title: { dirtyTraps: 0, recall: 1 },
    'policy-question': { dirtyTraps: 0, recall: 1 },
    withdrawn: { dirtyTraps: 0, recall: 1 },
    'platform-light-verb': { dirtyTraps: 0, recall: 1 },
    'two-sentence': { dirtyTraps: 0, recall: 1 },
  },
};

describe('issue #14 kinds in Chinese', () => {
  for (const [file, kinds] of Object.entries(FLOORS)) {
    const scored = byKind(file);
    test.each(Object.entries(kinds))(`${file} %s`, (kind, floor) => {
      const k = scored.get(kind);
      expect(k, kind).toBeDefined();
      expect(k!.dirtyTraps.length, k!.dirtyTraps.join('\n')).toBeLessThanOrEqual(floor.dirtyTraps);
      expect(k!.tp / (k!.tp + k!.fn)).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});

function flagsOf(text: string): string[] {
  installEscalationModel(null);
  return analyzeMessage(text).escalation;
}

// What keeps each new reading from eating real intents: a drop said as a condition or in someone else's words, a
// turn before a renewed threat, a policy answered rather than asked about, a law firm or a bank's customer
// threatening as a customer, a title that is where the customer will go.
describe('the kinds leave the real intent standing', () => {
  test.each<[string, string]>([
    ['legal', '我打算起诉你们，如果今天解决了就算了，不然我们法庭见。'],
    ['regulator', '我准备去12315投诉，你们说已经处理好了，可是到现在都没人来。'],
    ['regulator', '本来想算了，可你们又拖了一个礼拜，我还是要去消协投诉。'],
    ['legal', '本来想找12315的，算了，我直接找律师起诉你们。'],
    ['compensation', '让你们领导出来，这个赔偿标准我不接受。'],
    ['legal', '我们是一家律师事务所，贵司泄露了我所客户的资料，我所将依法起诉。'],
    ['chargeback', '我是招行信用卡的用户，这笔钱不退我就申请拒付。'],
    ['public', '再不处理，我就上《东张西望》。'],
    ['public', '你们等着吧，《新闻直通车》见。'],
    ['churn', '我要退订，別再扣我錢了。'],
  ])('%s: %s', (flag, text) => {
    expect(flagsOf(text)).toContain(flag);
  });
});
