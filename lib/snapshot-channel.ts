// The content script's side of the snapshot port. runtime.sendMessage opens a channel, waits for a reply
// and closes it for every message: with the whole conversation serialised each time, the largest single
// cost a new message put on the host page's main thread (scripts/bench/host-trace.ts). One long-lived port
// carries patches instead (lib/snapshot-patch.ts): the whole conversation once, then what changed.
// The background's worker may stop and drop the port; the next snapshot opens a new one and starts whole.
import { browser } from 'wxt/browser';
import { type ContentToBackground, SNAPSHOT_PORT, sendToBackground } from './messaging';
import { diffSnapshot } from './snapshot-patch';
import type { Conversation } from './types';

/** What the channel needs of runtime.Port, so a test can hand it a fake pair. */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface SnapshotChannel {
  send(conversation: Conversation | null, url: string): void;
  /** Lets the port go (the page is leaving, maybe into the back/forward cache); the next send opens another. */
  release(): void;
  /** For good: nothing is sent after this. */
  close(): void;
}

type Snapshot = ContentToBackground['snapshot'];

export function snapshotChannel(
  connect: () => PortLike = () => browser.runtime.connect({ name: SNAPSHOT_PORT }) as unknown as PortLike,
  fallback: (s: Snapshot) => void = (s) => void sendToBackground('snapshot', s).catch(() => {}),
): SnapshotChannel {
  let port: PortLike | null = null;
  /** What the background holds for this port: the base of the next patch. */
  let held: Conversation | null = null;
  let latest: Snapshot | null = null;
  let closed = false;

  const post = (s: Snapshot): boolean => {
    if (!port) {
      try {
        const p = connect();
        p.onDisconnect.addListener(() => {
          if (port === p) port = null;
          held = null;
        });
        // The background could not apply a patch (it restarted between two, say): start again from whole.
        p.onMessage.addListener((m) => {
          if ((m as { type?: unknown } | null)?.type !== 'resync' || port !== p || !latest) return;
          held = null;
          post(latest);
        });
        port = p;
        held = null;
      } catch {
        return false;
      }
    }
    try {
      port.postMessage(diffSnapshot(held, s.conversation, s.url));
      held = s.conversation;
      return true;
    } catch {
      port = null;
      held = null;
      return false;
    }
  };

  return {
    send(conversation, url) {
      if (closed) return;
      latest = { conversation, url };
      if (!post(latest)) fallback(latest);
    },
    release() {
      const p = port;
      port = null;
      held = null;
      try {
        p?.disconnect();
      } catch {
        // An invalidated context has no port left to close.
      }
    },
    close() {
      closed = true;
      this.release();
    },
  };
}
