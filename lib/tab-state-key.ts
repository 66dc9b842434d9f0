/** The storage.session key of one tab's state (lib/messaging.ts's TabState); apart so small scripts need nothing else. */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
