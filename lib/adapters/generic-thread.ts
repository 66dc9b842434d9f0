// Finds the conversation on a page no adapter knows: a container whose children repeat like messages
// (role="log"/"feed", articles, list items, history rows, bubbles), near the reply box, away from menus,
// toolbars and the ticket's metadata table. Cheap by construction: a role="log"/"feed" is taken without
// walking the page; otherwise one pass over elements with counts only (entering open shadow roots and
// same-origin frames), full scoring for a few candidates, and a found thread is remembered per document.
import { frameDocument, isIgnorable, OWN_UI_ATTR } from '@/lib/page/dom-text';
import { isDateSeparator, isFieldText } from './generic-noise';
import { EDITABLE, hasWord, inChrome, MESSAGE_WORDS, NOT_THREAD, TAG_WEIGHT } from './generic-words';
import { roleScore } from './hints';
import { markupMemo } from './markup-memo';

/** Blocks kept per thread; readers keep the newest 50 by default, 500 leaves room for larger caps. */
export const MAX_MEMBERS = 500;
/** Newest blocks a candidate is judged on. */
export const SAMPLE = 24;

interface Candidate {
  el: Element;
  tag: string;
  members: Element[];
  score: number;
  pre?: number;
}

/** Steps between two elements through their closest common ancestor (same document only). */
function distance(a: Element, b: Element): number {
  if (a.ownerDocument !== b.ownerDocument || a.getRootNode() !== b.getRootNode()) return 8;
  const seen = new Map<Element, number>();
  let i = 0;
  for (let p: Element | null = a; p; p = p.parentElement) seen.set(p, i++);
  let j = 0;
  for (let p: Element | null = b; p; p = p.parentElement, j++) {
    const k = seen.get(p);
    if (k !== undefined) return k + j;
  }
  return 12;
}

const MESSAGE_CLASS =
  /message|msg|chat|conversation|thread|comment|repl|post|bubble|entry|dialog|消息|对话|對話|聊天|留言|回复|回覆/i;

/**
 * One pass over the page: every element with repeated same-tag children becomes a candidate, scored on
 * counts only. Open shadow roots and same-origin frames met on the way are walked too.
 */
function collectCandidates(start: readonly ParentNode[]): Candidate[] {
  const out: Candidate[] = [];
  const scopes = [...start];
  const counts: Record<string, number> = {};
  for (let s = 0; s < scopes.length && s < 40; s++) {
    const list = (scopes[s] as ParentNode).querySelectorAll('*');
    for (let i = 0; i < list.length; i++) {
      const el = list[i] as Element;
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) scopes.push(shadow);
      else if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        const d = frameDocument(el);
        if (d?.body) scopes.push(d.body);
      }
      if (el.childElementCount < 2) continue;
      for (const k in counts) counts[k] = 0;
      let best = '';
      let bestScore = 0;
      let bestN = 0;
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const tag = c.tagName;
        const w = TAG_WEIGHT[tag];
        if (!w) continue;
        const n = (counts[tag] ?? 0) + 1;
        counts[tag] = n;
        if (n * w > bestScore) {
          best = tag;
          bestN = n;
          bestScore = n * w;
        }
      }
      const role = el.getAttribute('role');
      const explicit = role === 'log' || role === 'feed';
      if (bestN < 2 && !explicit) continue;
      let pre = Math.log2(1 + Math.min(bestN, 60)) * (TAG_WEIGHT[best] ?? 0);
      if (explicit) pre += 4;
      const cls = el.getAttribute('class');
      if (cls && MESSAGE_CLASS.test(cls)) pre += 1;
      out.push({ el, tag: best, members: [], score: pre });
    }
  }
  return out;
}

/** A block that can be a message: not hidden, not an editor and holding no form field. */
const isMessageBlock = (m: Element): boolean =>
  !isIgnorable(m) && !m.matches(EDITABLE) && !m.querySelector('textarea, input');

/** The answer per block while it is unchanged: the remembered thread's blocks are asked again after every message. */
const messageBlocks = markupMemo<boolean>((v) => v);

/**
 * The container's message blocks, newest last: walked back from the end, stopping at what readers keep.
 * `remember`: the thread is the page's remembered one, read again and again, so each block's answer is kept.
 */
function membersOf(el: Element, tag: string, limit: number, remember = false): Element[] {
  const members: Element[] = [];
  const cap = Math.min(MAX_MEMBERS, Math.max(limit, SAMPLE));
  if (remember) {
    // The usual case, a block or so new since the last read: one batch of memo answers for the newest `cap`
    // blocks, and another further back only when some of those were not messages.
    let m = el.lastElementChild;
    while (m && members.length < cap) {
      const batch: Element[] = [];
      for (; m && batch.length < cap - members.length; m = m.previousElementSibling)
        if (m.tagName === tag) batch.push(m);
      const ok = messageBlocks.getAll(batch, '', isMessageBlock);
      for (let i = 0; i < batch.length; i++) if (ok[i]) members.push(batch[i] as Element);
    }
    return members.reverse();
  }
  for (let m = el.lastElementChild; m && members.length < cap; m = m.previousElementSibling) {
    if (m.tagName !== tag) continue;
    if (isMessageBlock(m)) members.push(m);
  }
  return members.reverse();
}

/**
 * Full scoring of one candidate: are its children message-like, two-sided, near the reply box?
 * Only the newest `limit` blocks are collected: the score looks at the last 24 and readers keep the
 * newest N, so walking further back on a 5,000-message history is wasted work.
 */
function scoreCandidate(c: Candidate, replyBox: Element | null, limit = MAX_MEMBERS): void {
  const log = c.el.getAttribute('role') === 'log';
  if (
    ((c.el.closest(NOT_THREAD) || inChrome(c.el)) && !log) ||
    c.el.closest(`[${OWN_UI_ATTR}], [contenteditable]:not([contenteditable="false"])`) ||
    c.el.ownerDocument.designMode === 'on' ||
    (replyBox &&
      (replyBox.contains(c.el) || (replyBox.tagName === 'BODY' && replyBox.ownerDocument === c.el.ownerDocument)))
  ) {
    c.score = -1;
    return;
  }
  const members = membersOf(c.el, c.tag, limit);
  c.members = members;
  const sample = members.slice(-SAMPLE);
  let good = 0;
  let hinted = 0;
  let timed = 0;
  let sides = 0;
  let agentSide = 0;
  let customerSide = 0;
  let interactive = 0;
  let furniture = 0;
  for (const m of sample) {
    const text = m.textContent ?? '';
    const len = text.trim().length;
    if (len < 1) continue;
    let linkText = 0;
    for (const a of Array.from(m.querySelectorAll('a[href]'))) linkText += (a.textContent ?? '').trim().length;
    if (linkText > 0.7 * len) {
      interactive++;
      continue;
    }
    const r = m.getAttribute('role');
    if (r === 'option' || r === 'tab' || r === 'menuitem' || r === 'treeitem' || m.hasAttribute('aria-selected')) {
      interactive++;
      continue;
    }
    // Metadata rows ("Status: open") and date separators repeat too, but are not messages.
    const trimmed = text.trim();
    if (isFieldText(trimmed) || isDateSeparator(trimmed)) {
      furniture++;
      continue;
    }
    good++;
    if (hasWord(m, MESSAGE_WORDS) || m.tagName === 'ARTICLE' || r === 'article' || r === 'listitem') hinted++;
    if (m.querySelector('time, [datetime]')) timed++;
    const s = roleScore(m);
    if (s.agent > s.customer) agentSide++;
    else if (s.customer > s.agent) customerSide++;
    if (s.agent !== s.customer) sides++;
  }
  if (good < 1 || (good < 2 && !log) || furniture > good) {
    c.score = -1;
    return;
  }
  // Bare paragraphs are one message's text, not a thread, unless they carry side or message hints.
  if (c.tag === 'P' && hinted === 0 && sides === 0) {
    c.score = -1;
    return;
  }
  const n = sample.length || 1;
  let score = c.score * (good / n);
  score += (2 * hinted) / n + (1.5 * timed) / n + (1.5 * sides) / n;
  if (agentSide > 0 && customerSide > 0) score += 2;
  score -= (3 * interactive) / n;
  if (replyBox) {
    const d = c.el.contains(replyBox) ? 6 : distance(c.el, replyBox);
    score /= 1 + (d / 5) ** 2;
  }
  c.score = score;
}

export interface Thread {
  container: Element;
  members: Element[];
  /** The repeated tag and the count-only score it was found with, so a cached thread can be re-checked. */
  tag: string;
  pre: number;
  /** The full score it won with: how thread-like it looked (the reader's confidence starts from it). */
  score: number;
}

/** Tag most repeated among an element's children (by weight), as the full pass computes it. */
function dominantTag(el: Element): string {
  const counts: Record<string, number> = {};
  let best = '';
  let bestScore = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const w = TAG_WEIGHT[c.tagName];
    if (!w) continue;
    counts[c.tagName] = (counts[c.tagName] ?? 0) + 1;
    const score = (counts[c.tagName] as number) * w;
    if (score > bestScore) {
      best = c.tagName;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A page that labels its conversation role="log" or role="feed" (most chat widgets do) is read without
 * walking the whole page: on a 5,000-message history that walk is most of the cost.
 */
function explicitThread(
  scopes: readonly ParentNode[],
  replyBox: Element | null,
  within: Element | undefined,
  limit: number,
): Thread | null {
  let best: Candidate | null = null;
  for (const scope of scopes) {
    for (const el of Array.from(scope.querySelectorAll('[role="log"], [role="feed"]'))) {
      if (within && !within.contains(el)) continue;
      const tag = dominantTag(el);
      if (!tag) continue;
      const pre = 4 + Math.log2(1 + Math.min(el.childElementCount, 60));
      const c: Candidate = { el, tag, members: [], score: pre, pre };
      scoreCandidate(c, replyBox, limit);
      if (c.members.length >= 2 && c.score > 0 && (!best || c.score > best.score)) best = c;
    }
  }
  return best
    ? { container: best.el, members: best.members, tag: best.tag, pre: best.pre ?? 0, score: best.score }
    : null;
}

export function findThread(
  scopes: readonly ParentNode[],
  replyBox: Element | null,
  within?: Element,
  limit = MAX_MEMBERS,
): Thread | null {
  const explicit = explicitThread(scopes, replyBox, within, limit);
  if (explicit) return explicit;
  let candidates = collectCandidates(scopes);
  if (within) candidates = candidates.filter((c) => within.contains(c.el));
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score);
  const top = candidates.slice(0, 12).map((c) => ({ ...c, pre: c.score }));
  for (const c of top) scoreCandidate(c, replyBox, limit);
  top.sort((a, b) => b.score - a.score);
  const best = top[0];
  return best && best.score > 0
    ? { container: best.el, members: best.members, tag: best.tag, pre: best.pre, score: best.score }
    : null;
}

interface Remembered {
  url: string;
  box: Element | null;
  container: Element;
  tag: string;
  pre: number;
  score: number;
}

/**
 * Where the thread was found last time, per document (or per picked element). The observer reads after
 * every new message; re-checking the remembered container costs one candidate's scoring instead of a
 * walk over the whole page. Anything that moved (the URL, the reply box, the container left the page
 * or no longer looks like a thread) means a fresh search.
 */
const remembered = new WeakMap<object, Remembered>();

export function rememberedThread(
  key: Document | Element,
  scopes: readonly ParentNode[],
  replyBox: Element | null,
  within: Element | undefined,
  limit: number,
): Thread | null {
  const url = (key as Document).URL ?? (key as Element).ownerDocument?.URL ?? '';
  const r = remembered.get(key);
  // Still on the page and still holding repeated blocks: the same thread, without scoring it again
  // (that looked at 24 blocks' text, links and side hints on every read).
  if (r && r.url === url && r.box === replyBox && r.container.isConnected) {
    const members = membersOf(r.container, r.tag, limit, true);
    if (members.length >= 2) return { container: r.container, members, tag: r.tag, pre: r.pre, score: r.score };
  }
  const t = findThread(scopes, replyBox, within, limit);
  if (t) remembered.set(key, { url, box: replyBox, container: t.container, tag: t.tag, pre: t.pre, score: t.score });
  else remembered.delete(key);
  return t;
}
