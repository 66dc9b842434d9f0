import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNAPSHOT_PORT } from '@/lib/messaging';
import type { PortLike } from '@/lib/snapshot-channel';
import { applySnapshot } from '@/lib/snapshot-patch';
import type { Conversation } from '@/lib/types';

// WXT's fake browser has no runtime.connect or runtime.onConnect. This pair stands in: connect() hands the
// caller one end and every onConnect listener the other, with a sender like our content script's in tab 1.
// Messages arrive in a later microtask, in order, as a real port delivers them.

type Listener<T extends unknown[]> = (...args: T) => void;

export interface FakePort extends PortLike {
  name: string;
  sender?: object;
}

function event<T extends unknown[]>() {
  const listeners: Array<Listener<T>> = [];
  return {
    listeners,
    addListener: (cb: Listener<T>) => void listeners.push(cb),
    removeListener: (cb: Listener<T>) => void listeners.splice(listeners.indexOf(cb), 1),
    hasListener: (cb: Listener<T>) => listeners.includes(cb),
    fire: (...args: T) => {
      for (const cb of [...listeners]) cb(...args);
    },
  };
}

interface End extends FakePort {
  receive(message: unknown): void;
  closed(): void;
  link(other: End): void;
}

function end(name: string, sender?: object): End {
  const onMessage = event<[unknown]>();
  const onDisconnect = event<[]>();
  let peer: End | null = null;
  let open = true;
  const port: End = {
    name,
    sender,
    onMessage,
    onDisconnect,
    postMessage(message: unknown) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      // Ports copy what they carry (JSON in Chrome): the receiver never shares the sender's objects.
      const copy = JSON.parse(JSON.stringify(message ?? null));
      queueMicrotask(() => peer?.receive(copy));
    },
    disconnect() {
      if (!open) return;
      open = false;
      const p = peer;
      queueMicrotask(() => p?.closed());
    },
    receive(message: unknown) {
      if (open) onMessage.fire(message);
    },
    closed() {
      if (!open) return;
      open = false;
      onDisconnect.fire();
    },
    link(other: End) {
      peer = other;
    },
  };
  return port;
}

export const contentSender = () => ({
  id: fakeBrowser.runtime.id,
  url: location.href,
  tab: { id: 1 },
  frameId: 0,
});

type OnConnect = ReturnType<typeof event<[FakePort]>>;
const onConnectOf = () => fakeBrowser.runtime.onConnect as unknown as OnConnect;

/** A port opened from `sender` (a content script, a page, another extension): the caller's end. */
export function connectAs(name: string, sender: object): FakePort {
  const a = end(name);
  const b = end(name, sender);
  a.link(b);
  b.link(a);
  queueMicrotask(() => {
    const onConnect = onConnectOf();
    onConnect.fire(b);
    if (onConnect.listeners.length === 0) a.closed();
  });
  return a;
}

/** Installs runtime.connect / runtime.onConnect on the fake browser (after each reset). */
export function installFakePorts(): void {
  Object.assign(fakeBrowser.runtime, {
    onConnect: event<[FakePort]>(),
    connect: (info?: { name?: string }) => connectAs(info?.name ?? '', contentSender()),
  });
}

/**
 * Snapshots the content script sends on its port, put back together as the background does, in the
 * shape of the one-off `snapshot` message. Listens on the fake's onConnect like the background.
 */
export function receivedSnapshots(): Array<{
  type: 'snapshot';
  data: { conversation: Conversation | null; url: string };
}> {
  const out: Array<{ type: 'snapshot'; data: { conversation: Conversation | null; url: string } }> = [];
  (fakeBrowser.runtime.onConnect as unknown as { addListener(cb: (p: FakePort) => void): void }).addListener((port) => {
    if (port.name !== SNAPSHOT_PORT) return;
    let held: Conversation | null = null;
    port.onMessage.addListener((patch) => {
      const next = applySnapshot(held, patch);
      if (!next) throw new Error(`a patch that does not apply: ${JSON.stringify(patch)}`);
      held = next.conversation;
      out.push({ type: 'snapshot', data: next });
    });
  });
  return out;
}
