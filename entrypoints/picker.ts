import { browser } from 'wxt/browser';
import { isEnvelope, type PanelToContent } from '@/lib/messaging';
import { pickElement, selectorFor } from '@/lib/page/picker';

// Injected on demand when the agent clicks "Pick the conversation area", so the picker never
// weighs on the content script that every helpdesk page carries. The choice is stored per origin;
// the content script watches storage and starts reading the picked element.

export const PICKED_KEY = 'pickedRoots';

export default defineUnlistedScript(() => {
  const flag = globalThis as { __heartlinePicker?: boolean };
  if (flag.__heartlinePicker) return;
  flag.__heartlinePicker = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (!isEnvelope(message) || message.type !== 'pick' || sender.id !== browser.runtime.id) return undefined;
    const strings = message.data as PanelToContent['pick']['data'];
    return pickElement(document, strings).then(async (el) => {
      if (!el) return { picked: false };
      const stored = ((await browser.storage.local.get(PICKED_KEY))[PICKED_KEY] ?? {}) as Record<string, string>;
      await browser.storage.local.set({ [PICKED_KEY]: { ...stored, [location.origin]: selectorFor(el) } });
      return { picked: true };
    });
  });
});
