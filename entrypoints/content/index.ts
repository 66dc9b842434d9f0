import { browser } from 'wxt/browser';
import { genericReader } from '@/lib/adapters/generic-slot';
import { adapterFor, KNOWN_HOSTS, readConversation, readWithin, rootFor } from '@/lib/adapters/registry';
import { isEnvelope, type PanelToContent, sendToBackground } from '@/lib/messaging';
import { pageActions } from '@/lib/page/actions';
import { observeConversation } from '@/lib/page/observe';
import { findReplyBox, readDraft, trackReplyBox } from '@/lib/page/reply-box';
import { parseSettings } from '@/lib/settings-shape';
import { snapshotChannel } from '@/lib/snapshot-channel';
import { withoutRepeatedGreeting } from '@/lib/templates/greeting';
import type { Conversation } from '@/lib/types';
import './highlight.css';

// Thin on purpose: find the conversation, watch it cheaply, hand plain text to the extension,
// and write into the reply box on request. No analysis runs in the host page.

const PICKED_KEY = 'pickedRoots'; // written by entrypoints/picker.ts
const SETTINGS_KEY = 'settings'; // storage.sync, written through lib/settings.ts

export default defineContentScript({
  matches: [...KNOWN_HOSTS],
  runAt: 'document_idle',
  async main(ctx) {
    // Read through the same parser as the extension pages, and kept current: a name changed in the
    // settings decides whose messages are the agent's from the next read on, without a reload.
    const agentNameOf = (raw: unknown) => parseSettings(raw).agentName.trim() || undefined;
    let agentName = agentNameOf((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const picked = ((await browser.storage.local.get(PICKED_KEY))[PICKED_KEY] ?? {}) as Record<string, string>;
    let pickedSelector: string | undefined = picked[location.origin];

    const pickedRoot = () => (pickedSelector ? document.querySelector(pickedSelector) : null);
    const root = () => pickedRoot() ?? rootFor(document, new URL(location.href));
    // The generic reader is injected on demand (lib/adapters/generic-slot.ts): asked for once per page when
    // the page needs it, then the page is read again with it.
    let askedForReader = false;
    const needReader = () => {
      if (askedForReader || genericReader() || ctx.isInvalid) return;
      askedForReader = true;
      sendToBackground('needReader', {})
        .then(() => {
          if (!genericReader() || ctx.isInvalid) return;
          stopObserving();
          stopObserving = observeConversation({ doc: document, read, root, onChange: send, win: window });
          send(read());
        })
        .catch(() => {});
    };
    // Parsed again only when the address changes: a read follows every new message, and parsing the same
    // address each time cost the host page about 0.08 ms of its main thread per message (host-trace).
    let href = location.href;
    let url = new URL(href);
    const read = (): Conversation | null => {
      const el = pickedRoot();
      if (el && !genericReader()) needReader();
      if (el) return readWithin(el, { agentName });
      const now = location.href;
      if (now !== href) {
        href = now;
        url = new URL(now);
      }
      const c = readConversation(document, url, { agentName });
      if (!c && !genericReader() && !adapterFor(url).root(document)) needReader();
      return c;
    };

    // Snapshots travel as patches on one port (lib/snapshot-channel.ts): after each new message only that
    // message crosses to the background, not the whole conversation.
    const snapshots = snapshotChannel();
    // An open port can keep the page out of the back/forward cache (Chrome before 123): let it go when the
    // page is hidden; the next change opens a new one and sends the whole conversation.
    ctx.addEventListener(window, 'pagehide', () => snapshots.release());
    const send = (conversation: Conversation | null) => {
      if (ctx.isInvalid) return;
      snapshots.send(conversation, location.href);
    };

    let stopObserving = observeConversation({ doc: document, read, root, onChange: send, win: window });
    send(read());

    const sendDraft = (text: string) => {
      if (!ctx.isInvalid) sendToBackground('draft', { text }).catch(() => {});
    };
    const replyBox = trackReplyBox(document, sendDraft);
    // One finder for the box the draft is read from and the box insertion goes into, fed by the site's selectors.
    const findBox = () => findReplyBox(document, adapterFor(new URL(location.href)).replyBox);
    // A draft already in the box (restored by the host app) counts before the agent touches it.
    const initialBox = findBox();
    if (initialBox) {
      const text = readDraft(initialBox);
      if (text.trim()) sendDraft(text);
    }

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
      switch (message.type) {
        case 'read':
          return Promise.resolve({ conversation: read(), url: location.href });
        case 'insert': {
          const data = message.data as PanelToContent['insert']['data'];
          const target = replyBox.current() ?? findBox();
          if (!target) return Promise.resolve({ ok: false, reason: 'no-reply-box' });
          const actions = pageActions();
          if (!actions) return Promise.resolve({ ok: false, reason: 'actions-not-loaded' });
          // Read at the moment of insertion: a draft that already greets the customer gets no second greeting.
          const fitted = withoutRepeatedGreeting(
            { text: String(data.text ?? ''), placeholders: data.placeholders },
            readDraft(target),
          );
          return actions.insertText(target, fitted.text, { placeholders: fitted.placeholders });
        }
        case 'highlight': {
          const data = message.data as PanelToContent['highlight']['data'];
          const found = pageActions()?.highlightText(document, root() ?? document.body, String(data.text ?? ''));
          return Promise.resolve({ found: !!found });
        }
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    // The on-demand picker stores the agent's choice; start reading the picked area at once.
    // Single-page navigation (wxt:locationchange) is observeConversation's to handle: one read per change.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && changes[SETTINGS_KEY]) {
        const next = agentNameOf(changes[SETTINGS_KEY].newValue);
        if (next !== agentName) {
          agentName = next;
          send(read());
        }
        return;
      }
      const change = changes[PICKED_KEY];
      if (area !== 'local' || !change) return;
      pickedSelector = ((change.newValue ?? {}) as Record<string, string>)[location.origin];
      stopObserving();
      stopObserving = observeConversation({ doc: document, read, root, onChange: send, win: window });
      send(read());
    };
    browser.storage.onChanged.addListener(onStorage);

    // After an extension update this instance is orphaned: go quiet instead of throwing.
    ctx.onInvalidated(() => {
      stopObserving();
      snapshots.close();
      replyBox.dispose();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });
  },
});
