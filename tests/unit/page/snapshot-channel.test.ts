import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNAPSHOT_PORT } from '@/lib/messaging';
import { snapshotChannel } from '@/lib/snapshot-channel';
import type { Conversation } from '@/lib/types';
import { connectAs, contentSender, type FakePort, receivedSnapshots } from '../fake-ports';

// The content script's side of the port: whole once, then patches; whole again on a new port or when the
// background asks; the one-off message when no port can be opened.

const conv = (texts: string[]): Conversation => ({
  source: 'generic',
  customer: {},
  messages: texts.map((text) => ({ role: 'customer', text })),
});
const flush = () => new Promise((r) => setTimeout(r, 10));

function opened() {
  const ports: FakePort[] = [];
  const posted: unknown[] = [];
  const connect = () => {
    const p = connectAs(SNAPSHOT_PORT, contentSender());
    const post = p.postMessage.bind(p);
    p.postMessage = (m) => {
      posted.push(m);
      post(m);
    };
    ports.push(p);
    return p;
  };
  return { ports, posted, connect };
}

describe('snapshotChannel', () => {
  test('whole the first time, then only what changed; the background rebuilds every one', async () => {
    const got = receivedSnapshots();
    const o = opened();
    const ch = snapshotChannel(o.connect, () => {
      throw new Error('no fallback expected');
    });
    ch.send(conv(['a', 'b']), 'u1');
    ch.send(conv(['a', 'b', 'c']), 'u1');
    ch.send(conv(['b', 'c', 'd']), 'u2');
    await flush();
    expect(o.ports).toHaveLength(1);
    expect(o.posted[0]).toHaveProperty('full');
    expect(o.posted[1]).toMatchObject({ from: 0, keep: 2, add: [{ text: 'c' }] });
    expect(o.posted[2]).toMatchObject({ from: 1, keep: 2, add: [{ text: 'd' }], url: 'u2' });
    expect(got.map((s) => s.data.conversation?.messages.map((m) => m.text))).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
      ['b', 'c', 'd'],
    ]);
  });

  test('after the port closes (the worker stopped) the next snapshot opens a new one and goes whole', async () => {
    const background: FakePort[] = [];
    (fakeBrowser.runtime.onConnect as unknown as { addListener(cb: (p: FakePort) => void): void }).addListener((p) =>
      background.push(p),
    );
    const o = opened();
    const ch = snapshotChannel(o.connect, vi.fn());
    ch.send(conv(['a']), 'u');
    await flush();
    background[0]?.disconnect();
    await flush();
    ch.send(conv(['a', 'b']), 'u');
    await flush();
    expect(o.ports).toHaveLength(2);
    expect(o.posted[1]).toHaveProperty('full');
  });

  test('when the background asks again, the latest conversation goes whole', async () => {
    receivedSnapshots();
    const o = opened();
    const ch = snapshotChannel(o.connect, vi.fn());
    ch.send(conv(['a']), 'u');
    ch.send(conv(['a', 'b']), 'u');
    await flush();
    (o.ports[0] as unknown as { receive(m: unknown): void }).receive({ type: 'resync' });
    expect(o.posted.at(-1)).toEqual({ url: 'u', full: conv(['a', 'b']) });
  });

  test('no port to be had: the one-off message carries the whole conversation', () => {
    const fallback = vi.fn();
    const ch = snapshotChannel(() => {
      throw new Error('Extension context invalidated.');
    }, fallback);
    ch.send(conv(['a']), 'u');
    expect(fallback).toHaveBeenCalledWith({ conversation: conv(['a']), url: 'u' });
  });

  test('released (the page was hidden): the next snapshot opens a new port and goes whole', async () => {
    receivedSnapshots();
    const o = opened();
    const ch = snapshotChannel(o.connect, vi.fn());
    ch.send(conv(['a']), 'u');
    ch.release();
    ch.send(conv(['a', 'b']), 'u');
    await flush();
    expect(o.ports).toHaveLength(2);
    expect(o.posted[1]).toEqual({ url: 'u', full: conv(['a', 'b']) });
  });

  test('closed: nothing more is sent', async () => {
    receivedSnapshots();
    const o = opened();
    const ch = snapshotChannel(o.connect, vi.fn());
    ch.send(conv(['a']), 'u');
    ch.close();
    ch.send(conv(['a', 'b']), 'u');
    await flush();
    expect(o.posted).toHaveLength(1);
  });
});
