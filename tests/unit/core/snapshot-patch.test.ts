import { describe, expect, test } from 'vitest';
import { applySnapshot, diffSnapshot } from '@/lib/snapshot-patch';
import type { Conversation, ConversationMessage } from '@/lib/types';

// A patch must rebuild exactly what the content script read, whatever changed between two reads, and stay
// small in the common case (one new message at the end of a capped thread).

const msg = (i: number, role: ConversationMessage['role'] = i % 2 ? 'agent' : 'customer'): ConversationMessage => ({
  role,
  author: role === 'agent' ? 'Sam' : 'Dana',
  text: `message ${i}`,
  time: `09:${String(i % 60).padStart(2, '0')}`,
});

const conv = (ids: number[], extra: Partial<Conversation> = {}): Conversation => ({
  source: 'generic',
  customer: { name: 'Dana' },
  messages: ids.map((i) => msg(i)),
  confidence: 0.8,
  ...extra,
});

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
/** Through JSON, as a port carries it. */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('diffSnapshot and applySnapshot', () => {
  test.each<[string, Conversation | null, Conversation | null]>([
    ['first snapshot', null, conv([0, 1, 2])],
    ['one message added', conv([0, 1, 2]), conv([0, 1, 2, 3])],
    ['capped thread moves on by one', conv(range(0, 50)), conv(range(1, 51))],
    ['capped thread moves on by three', conv(range(0, 50)), conv(range(3, 53))],
    [
      'last message edited',
      conv([0, 1, 2]),
      { ...conv([0, 1]), messages: [msg(0), msg(1), { ...msg(2), text: 'edited' }] },
    ],
    ['a message removed in the middle', conv([0, 1, 2, 3]), conv([0, 1, 3])],
    ['a role changed', conv([0, 1, 2]), { ...conv([0, 1, 2]), messages: [msg(0), msg(1), msg(2, 'agent')] }],
    ['another conversation', conv([0, 1, 2]), conv([7, 8])],
    ['title and confidence changed', conv([0, 1]), conv([0, 1, 2], { title: 'Refund', confidence: 0.4 })],
    ['confidence dropped', conv([0, 1]), (({ confidence: _c, ...c }) => c)(conv([0, 1]))],
    ['conversation gone', conv([0, 1]), null],
    ['repeated identical messages', conv([0, 0, 0, 1]), conv([0, 0, 1, 2])],
  ])('%s: rebuilt exactly', (_name, prev, next) => {
    const patch = wire(diffSnapshot(prev, next, 'https://support.example/t/1'));
    const rebuilt = applySnapshot(prev && wire(prev), patch);
    expect(rebuilt).toEqual({ url: 'https://support.example/t/1', conversation: next });
  });

  test('a new message at the end of a capped thread carries only that message', () => {
    const patch = diffSnapshot(conv(range(0, 50)), conv(range(1, 51)), 'u');
    expect(patch).toMatchObject({ from: 1, keep: 49, add: [msg(50)] });
  });

  test('random edit sequences rebuild exactly', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let prev: Conversation | null = null;
    let held: Conversation | null = null;
    let ids = range(0, 10);
    for (let step = 0; step < 300; step++) {
      const op = rand(5);
      if (op === 0) ids = [...ids, 100 + step];
      else if (op === 1) ids = ids.slice(rand(3));
      else if (op === 2 && ids.length) ids = ids.filter((_, i) => i !== rand(ids.length));
      else if (op === 3) ids = [...ids.slice(0, rand(ids.length + 1)), 1000 + step, ...ids.slice(rand(ids.length + 1))];
      const next = rand(20) === 0 ? null : conv(ids);
      const got = applySnapshot(held, wire(diffSnapshot(prev, next, `u${step}`)));
      expect(got?.conversation).toEqual(next);
      held = got?.conversation ?? null;
      prev = next;
    }
  });

  test.each<[string, unknown]>([
    ['not an object', 'keep 3'],
    ['from past the end', { url: 'u', head: { source: 's', customer: {} }, from: 9, keep: 1, add: [] }],
    ['keep past the end', { url: 'u', head: { source: 's', customer: {} }, from: 1, keep: 3, add: [] }],
    ['a negative index', { url: 'u', head: { source: 's', customer: {} }, from: -1, keep: 1, add: [] }],
    ['a fractional index', { url: 'u', head: { source: 's', customer: {} }, from: 0.5, keep: 1, add: [] }],
    ['no head', { url: 'u', from: 0, keep: 1, add: [] }],
    ['add not a list', { url: 'u', head: { source: 's', customer: {} }, from: 0, keep: 1, add: 'x' }],
  ])('a patch that does not fit (%s) is refused', (_name, patch) => {
    expect(applySnapshot(conv([0, 1, 2]), patch)).toBeNull();
  });

  test('a patch with nothing held is refused; a whole conversation is not', () => {
    expect(applySnapshot(null, diffSnapshot(conv([0]), conv([0, 1]), 'u'))).toBeNull();
    expect(applySnapshot(null, diffSnapshot(null, conv([0, 1]), 'u'))?.conversation).toEqual(conv([0, 1]));
  });
});
