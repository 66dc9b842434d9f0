import type { TabState } from './messaging';

// storage.session holds every tab's state in one shared 10 MB area (Chrome's QUOTA_BYTES). A budget per tab
// and for all tabs keeps one noisy page from starving the others: the oldest tabs give way first, and a
// tab that is given way re-reads its page the next time the panel follows it.

/** Chrome counts a key plus its JSON; the ceiling leaves room for the worker's other keys. */
export const SESSION_BUDGET_BYTES = 8 * 1024 * 1024;
/** Far above a capped conversation (50 messages, 50,000 characters, ~150 KB in UTF-8 Chinese) plus a draft. */
export const TAB_BUDGET_BYTES = 512 * 1024;

const encoder = new TextEncoder();

export function stateBytes(key: string, state: TabState): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(state)).length;
}

/** Drops the oldest messages, then the draft's head, until the state fits its own budget. */
export function fitTabState(key: string, state: TabState, budget = TAB_BUDGET_BYTES): TabState {
  // The usual case, once per snapshot: measure once and keep everything.
  if (stateBytes(key, state) <= budget) return state;
  let next = state;
  while (stateBytes(key, next) > budget && next.conversation && next.conversation.messages.length > 1) {
    next = { ...next, conversation: { ...next.conversation, messages: next.conversation.messages.slice(1) } };
  }
  if (stateBytes(key, next) > budget && next.draft)
    next = { ...next, draft: next.draft.slice(-Math.floor(budget / 8)) };
  if (stateBytes(key, next) > budget) next = { ...next, conversation: null };
  return next;
}

export interface TabUsage {
  bytes: number;
  updatedAt: number;
}

/** Tabs to forget, least recently updated first, so the whole fits the budget; `keep` is never chosen. */
export function tabsToEvict(usage: ReadonlyMap<number, TabUsage>, keep: number, budget = SESSION_BUDGET_BYTES) {
  let total = 0;
  for (const u of usage.values()) total += u.bytes;
  const out: number[] = [];
  const oldest = [...usage.entries()].filter(([id]) => id !== keep).sort((a, b) => a[1].updatedAt - b[1].updatedAt);
  for (const [id, u] of oldest) {
    if (total <= budget) break;
    out.push(id);
    total -= u.bytes;
  }
  return out;
}
