// The reader for every site nobody wrote an adapter for (freelancers' inboxes, Udesk, Qiyu, Meiqia,
// Sobot, forums, contact-form threads). It looks for the conversation near the reply box: a container
// whose children repeat like messages (role="log"/"feed", articles, list items, bubbles), then reads
// each block's author, time and text, and decides who is the customer from side hints (class words,
// data-* values, inline alignment), "From:"/发件人 headers and self labels ("me", "You", "我").
// Cheap by construction: a role="log"/"feed" is taken without walking the page; otherwise one pass over
// elements with counts only (entering open shadow roots and same-origin frames), full scoring for a few
// candidates, and only the last N blocks read.

import { editableText, frameDocument, isIgnorable, OWN_UI_ATTR, textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from './clean';
import { finishConversation, isSelfLabel } from './conversation';
import { emailIn, nameAndEmail, timeOf } from './dom';
import { hintWords, roleFromScore, roleScore } from './hints';
import { markupMemo } from './markup-memo';
import { DEFAULT_MAX_MESSAGES, type ReadOptions, type SiteAdapter } from './types';

const EDITABLE =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';

/** Tags whose repetition can be messages, with how much a repeat counts. */
const TAG_WEIGHT: Record<string, number> = {
  ARTICLE: 1.5,
  LI: 1,
  DIV: 1,
  SECTION: 1,
  TR: 0.8,
  DL: 0.8,
  P: 0.4,
  BLOCKQUOTE: 0.3,
};

/** Containers that hold navigation or pickers, not conversations. */
const NOT_THREAD =
  'nav, header, footer, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="listbox"], [role="tree"], [role="grid"], [role="toolbar"], [role="complementary"], [role="banner"]';

const MESSAGE_WORDS = new Set([
  'message',
  'messages',
  'msg',
  'chat',
  'conversation',
  'thread',
  'comment',
  'comments',
  'reply',
  'replies',
  'post',
  'posts',
  'bubble',
  'entry',
  'dialog',
  'talk',
  'im',
  'record',
  'note',
  '消息',
  '对话',
  '對話',
  '聊天',
  '留言',
  '回复',
  '回覆',
]);
const AUTHOR_WORDS = new Set([
  'author',
  'name',
  'sender',
  'from',
  'nick',
  'nickname',
  'username',
  'byline',
  'poster',
  'who',
  'fn',
]);
const TIME_WORDS = new Set(['time', 'date', 'timestamp', 'ago', 'datetime', 'when', 'posted', 'stamp']);
const BODY_WORDS = new Set([
  'body',
  'content',
  'text',
  'bubble',
  'msgtext',
  'txt',
  'html',
  'markdown',
  'copy',
  'detail',
]);

/** Blocks kept per thread; readers keep the newest 50 by default, 500 leaves room for larger caps. */
const MAX_MEMBERS = 500;
/** Newest blocks a candidate is judged on. */
const SAMPLE = 24;

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

/** The editable box the agent is typing in: the focused one, else the last one on the page. */
export function findReplyBox(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  // Focus inside a shadow root or a same-origin frame is reported on the host; follow it down.
  for (let i = 0; i < 5 && active; i++) {
    const shadowActive = (active as HTMLElement).shadowRoot?.activeElement;
    if (shadowActive) {
      active = shadowActive;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      try {
        const inner = (active as HTMLIFrameElement).contentDocument?.activeElement;
        if (inner && inner !== active.ownerDocument.body) {
          active = inner;
          continue;
        }
      } catch {
        // cross-origin frame: the frame itself is the best we know
      }
    }
    break;
  }
  if (active?.matches(EDITABLE) && !active.closest(`[${OWN_UI_ATTR}]`)) return active;
  // Finding the last editable box means matching every element of the page (2-3 ms on a 5,000-message
  // history), so the answer is remembered while it stays on the page at the same URL. A box that
  // appears later wins as soon as the agent focuses it (the branch above).
  const known = lastBox.get(doc);
  if (known && known.url === doc.URL && known.box.isConnected && usableBox(known.box)) return known.box;
  const boxes = doc.querySelectorAll(EDITABLE);
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i] as Element;
    if (usableBox(b)) {
      lastBox.set(doc, { url: doc.URL, box: b });
      return b;
    }
  }
  lastBox.delete(doc);
  return null;
}

const lastBox = new WeakMap<Document, { url: string; box: Element }>();

function usableBox(b: Element): boolean {
  return !b.closest(`[${OWN_UI_ATTR}], [hidden], [aria-hidden="true"]`) && b.getAttribute('type') !== 'search';
}

function wordsOf(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls || id ? hintWords(`${cls ?? ''} ${id ?? ''}`) : [];
}

function hasWord(el: Element, set: ReadonlySet<string>): boolean {
  for (const w of wordsOf(el)) if (set.has(w)) return true;
  return false;
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

/** The container's message blocks, newest last: walked back from the end, stopping at what readers keep. */
function membersOf(el: Element, tag: string, limit: number): Element[] {
  const members: Element[] = [];
  const cap = Math.min(MAX_MEMBERS, Math.max(limit, SAMPLE));
  for (let m = el.lastElementChild; m && members.length < cap; m = m.previousElementSibling) {
    if (m.tagName === tag && !isIgnorable(m) && !m.matches(EDITABLE) && !m.querySelector('textarea, input')) {
      members.push(m);
    }
  }
  return members.reverse();
}

/**
 * Full scoring of one candidate: are its children message-like, two-sided, near the reply box?
 * Only the newest `limit` blocks are collected: the score looks at the last 24 and readers keep the
 * newest N, so walking further back on a 5,000-message history is wasted work.
 */
function scoreCandidate(c: Candidate, replyBox: Element | null, limit = MAX_MEMBERS): void {
  if ((c.el.closest(NOT_THREAD) && c.el.getAttribute('role') !== 'log') || c.el.closest(`[${OWN_UI_ATTR}]`)) {
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
    good++;
    if (hasWord(m, MESSAGE_WORDS) || m.tagName === 'ARTICLE' || r === 'article' || r === 'listitem') hinted++;
    if (m.querySelector('time, [datetime]')) timed++;
    const s = roleScore(m);
    if (s.agent > s.customer) agentSide++;
    else if (s.customer > s.agent) customerSide++;
    if (s.agent !== s.customer) sides++;
  }
  if (good < 1 || (good < 2 && c.el.getAttribute('role') !== 'log')) {
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
}

/** The most conversation-like container inside the given scopes. */
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
  return best ? { container: best.el, members: best.members, tag: best.tag, pre: best.pre ?? 0 } : null;
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
  return best && best.score > 0 ? { container: best.el, members: best.members, tag: best.tag, pre: best.pre } : null;
}

interface Remembered {
  url: string;
  box: Element | null;
  container: Element;
  tag: string;
  pre: number;
}

/**
 * Where the thread was found last time, per document (or per picked element). The observer reads after
 * every new message; re-checking the remembered container costs one candidate's scoring instead of a
 * walk over the whole page. Anything that moved (the URL, the reply box, the container left the page
 * or no longer looks like a thread) means a fresh search.
 */
const remembered = new WeakMap<object, Remembered>();

function rememberedThread(
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
    const members = membersOf(r.container, r.tag, limit);
    if (members.length >= 2) return { container: r.container, members, tag: r.tag, pre: r.pre };
  }
  const t = findThread(scopes, replyBox, within, limit);
  if (t) remembered.set(key, { url, box: replyBox, container: t.container, tag: t.tag, pre: t.pre });
  else remembered.delete(key);
  return t;
}

interface Parts {
  author?: string;
  email?: string;
  time?: string;
  body?: Element;
  skip: Set<Element>;
}

/** Author, time and body elements of one block, found by tag and class words, shallow first. */
function partsOf(block: Element): Parts {
  const parts: Parts = { skip: new Set() };
  const bodies: Element[] = [];
  const queue: Element[] = [block];
  let visited = 0;
  while (queue.length > 0 && visited < 60) {
    const el = queue.shift() as Element;
    visited++;
    if (el !== block) {
      if (isIgnorable(el)) continue;
      const words = wordsOf(el);
      const isTime = el.tagName === 'TIME' || words.some((w) => TIME_WORDS.has(w));
      const isAuthor =
        el.getAttribute('itemprop') === 'author' ||
        el.getAttribute('rel') === 'author' ||
        el.tagName === 'CITE' ||
        words.some((w) => AUTHOR_WORDS.has(w));
      const isBody = el.getAttribute('itemprop') === 'text' || words.some((w) => BODY_WORDS.has(w));
      if (isTime && !parts.time && (el.textContent ?? '').length < 80) {
        parts.time = timeOf(el)?.replace(/^(date|sent|time|日期|时间|時間|发送时间|傳送時間|寄件日期)\s*[:：]\s*/i, '');
        parts.skip.add(el);
        continue;
      }
      if (isAuthor && !parts.author && !isBody && (el.textContent ?? '').trim().length < 80) {
        const t = textOf(el)
          .replace(/\s+/g, ' ')
          .replace(/^(from|by|发件人|寄件者|寄件人|發件人|作者)\s*[:：]\s*/i, '')
          .trim();
        if (t) {
          const ne = nameAndEmail(t);
          parts.author = ne.name ?? ne.email;
          parts.email = ne.email ?? emailIn(el.querySelector('a[href^="mailto:"]')?.getAttribute('href'));
          parts.skip.add(el);
          continue;
        }
      }
      if (isBody && (el.textContent ?? '').trim().length > 0) bodies.push(el);
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) queue.push(c);
  }
  // A "content" wrapper often holds the name and time too; the body is the one that holds neither.
  parts.body = bodies.find((b) => {
    for (const s of parts.skip) if (b.contains(s)) return false;
    return true;
  });
  return parts;
}

const HEADER_LINE =
  /^(from|to|cc|date|sent|subject|发件人|收件人|抄送|时间|日期|发送时间|主题|寄件者|寄件人|發件人|收件者|副本|日期|傳送時間|寄件日期|主旨)\s*[:：]\s*(.*)$/i;
const FROM_LINE = /^(from|发件人|寄件者|寄件人|發件人)$/i;

/** Leading mail-style header lines ("From: Dana <dana@example.com>", 发件人：…) become author/time. */
function takeHeaders(text: string): { text: string; author?: string; email?: string; time?: string } {
  const lines = text.split('\n');
  let i = 0;
  const out: { text: string; author?: string; email?: string; time?: string } = { text };
  while (i < lines.length && i < 6) {
    const m = HEADER_LINE.exec((lines[i] ?? '').trim());
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (FROM_LINE.test(key)) {
      const ne = nameAndEmail(value);
      out.author = ne.name ?? ne.email;
      out.email = ne.email;
    } else if (/^(date|sent|时间|日期|发送时间|傳送時間|寄件日期)$/.test(key)) out.time = value;
    i++;
  }
  if (i > 0 && (out.author || out.time)) out.text = lines.slice(i).join('\n');
  return out;
}

/** Quoted history and signatures shown as their own elements: <blockquote>, quote/signature classes. */
function isQuote(el: Element): boolean {
  if (el.tagName === 'BLOCKQUOTE') return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  if (/quote/i.test(cls) && !/unquote/i.test(cls)) return true;
  return hintWords(cls).some((w) => w === 'signature' || w === 'sig');
}

interface Read {
  message: ConversationMessage;
  email?: string;
  block: Element;
}

function readBlock(block: Element, maxChars: number): Read {
  const parts = partsOf(block);
  const raw = parts.body
    ? textOf(parts.body, { maxChars, skip: isQuote })
    : textOf(block, { maxChars, skip: (el) => parts.skip.has(el) || isQuote(el) });
  const headed = takeHeaders(raw);
  const author = parts.author ?? headed.author;
  const text = cleanMessageText(headed.text, author);
  const role = roleFromScore(roleScore(block));
  const message: ConversationMessage = { role, text };
  if (author) message.author = author;
  const time = parts.time ?? headed.time;
  if (time) message.time = time;
  const email = parts.email ?? headed.email;
  return email ? { message, email, block } : { message, block };
}

const blockReads = markupMemo<Read>((r) => ({ ...r, message: { ...r.message } }));

const RIGHT = /right|end/;

/**
 * The side each block was drawn on, computed once per element: asking for computed style after the page
 * changed forces a style recalculation in the host page, so only blocks not seen before pay for it.
 */
const sideOf = new WeakMap<Element, 'left' | 'right'>();

function styleSide(block: Element, view: Window): 'left' | 'right' {
  const known = sideOf.get(block);
  if (known) return known;
  let side: 'left' | 'right' = 'left';
  for (const el of [block, block.firstElementChild]) {
    if (!el) continue;
    const cs = view.getComputedStyle(el);
    if (
      cs.marginLeft === 'auto' ||
      RIGHT.test(cs.justifyContent) ||
      RIGHT.test(cs.alignSelf) ||
      cs.textAlign === 'right' ||
      cs.cssFloat === 'right' ||
      cs.flexDirection === 'row-reverse'
    ) {
      side = 'right';
      break;
    }
  }
  sideOf.set(block, side);
  return side;
}

/** Layout as a last resort, for at most the blocks being read: right-aligned bubbles are the agent's. */
function sideByStyle(reads: Read[]): void {
  const view = reads[0]?.block.ownerDocument.defaultView;
  if (!view?.getComputedStyle) return;
  const sides = reads.map((r) => styleSide(r.block, view));
  if (!sides.includes('right') || !sides.includes('left')) return;
  reads.forEach((r, i) => {
    if (r.message.role === 'unknown') r.message.role = sides[i] === 'right' ? 'agent' : 'customer';
  });
}

/** Fills unknown roles from authors: self labels, the agent's name, and "the other author is the customer". */
function inferRoles(reads: Read[], options: ReadOptions): void {
  const byAuthor = new Map<string, Role>();
  for (const r of reads) {
    const a = r.message.author;
    if (a && isSelfLabel(a, options.agentName)) r.message.role = 'agent';
    if (a && r.message.role !== 'unknown' && r.message.role !== 'system') byAuthor.set(a, r.message.role);
  }
  for (const r of reads) {
    const a = r.message.author;
    if (r.message.role === 'unknown' && a && byAuthor.has(a)) r.message.role = byAuthor.get(a) as Role;
  }
  // Grouped messages (Slack-like): only the first of a run shows the name; the rest continue it.
  let previous: ConversationMessage | undefined;
  for (const r of reads) {
    if (!r.message.author && r.message.role === 'unknown' && previous?.author) {
      r.message.author = previous.author;
      r.message.role = previous.role;
    }
    if (r.message.role !== 'system') previous = r.message;
  }
  if (reads.every((r) => r.message.role === 'unknown')) sideByStyle(reads);
  const authors = [...new Set(reads.map((r) => r.message.author).filter((a): a is string => !!a))];
  const knownAgent = authors.find((a) => byAuthor.get(a) === 'agent');
  const knownCustomer = authors.find((a) => byAuthor.get(a) === 'customer');
  for (const r of reads) {
    if (r.message.role !== 'unknown' || !r.message.author) continue;
    if (knownAgent && r.message.author !== knownAgent) r.message.role = 'customer';
    else if (knownCustomer && r.message.author !== knownCustomer) r.message.role = 'agent';
  }
  // The agent's name is set and the only author on the page is someone else: that is the customer.
  if (options.agentName && !knownAgent && authors.length === 1) {
    for (const r of reads) if (r.message.role === 'unknown' && r.message.author) r.message.role = 'customer';
  }
  // A thread with two named people and no other hint: the one who wrote first is the one asking.
  if (reads.every((r) => r.message.role === 'unknown') && authors.length === 2) {
    for (const r of reads)
      if (r.message.author) r.message.role = r.message.author === authors[0] ? 'customer' : 'agent';
  }
}

/**
 * The customer's address from a requester card or reply-to line outside the thread: the one shown near
 * the customer's name, else the only address on the page that is not the agent's.
 */
function emailOnPage(
  container: Element,
  name: string | undefined,
  agentEmails: Set<string | undefined>,
): string | undefined {
  const doc = container.ownerDocument;
  const body = doc.body;
  if (!body) return undefined;
  const found = new Map<string, { email: string; el: Element }>();
  // Everything but the thread itself (which can hold thousands of blocks), scripts, hidden parts and
  // Heartline's own UI.
  const walker = doc.createTreeWalker(body, 1 /* SHOW_ELEMENT */, {
    acceptNode: (n) => (n === container || isIgnorable(n as Element) ? 2 : 1),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    if (el.childElementCount > 0 && el.tagName !== 'A') continue;
    const e = emailIn(el.getAttribute('href')) ?? emailIn((el.textContent ?? '').slice(0, 200));
    if (e && !agentEmails.has(e) && !found.has(e.toLowerCase())) found.set(e.toLowerCase(), { email: e, el });
  }
  if (name) {
    for (const { email, el } of found.values()) {
      let p: Element | null = el;
      // Near the name, but not so far up that the thread itself (which names the customer) is included.
      for (let i = 0; i < 4 && p && !p.contains(container); i++, p = p.parentElement) {
        if ((p.textContent ?? '').includes(name)) return email;
      }
    }
  }
  return found.size === 1 ? [...found.values()][0]?.email : undefined;
}

/**
 * The page around the thread rarely changes while messages arrive, so its answer is kept per thread
 * container and asked again only when the number of elements outside the thread (two native counts)
 * or the names it depends on change.
 */
const pageEmails = new WeakMap<Element, { key: string; email: string | undefined }>();

function emailOnPageOnce(
  container: Element,
  name: string | undefined,
  agentEmails: Set<string | undefined>,
): string | undefined {
  const body = container.ownerDocument.body;
  if (!body) return undefined;
  const outside = body.getElementsByTagName('*').length - container.getElementsByTagName('*').length;
  const key = `${outside}\u0001${name ?? ''}\u0001${[...agentEmails].join(',')}`;
  const hit = pageEmails.get(container);
  if (hit?.key === key) return hit.email;
  const email = emailOnPage(container, name, agentEmails);
  pageEmails.set(container, { key, email });
  return email;
}

const HEADING = 'h1, h2, h3, [role="heading"]';
const SIDE_PANEL = 'nav, aside, [role="navigation"], [role="complementary"]';

function headingText(h: Element): string | undefined {
  if (h.closest(SIDE_PANEL)) return undefined;
  const t = textOf(h).replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** The heading nearest before the thread (walking back through earlier siblings, then up), else the page title. */
function titleNear(container: Element): string | undefined {
  let node: Element | null = container;
  for (let level = 0; level < 6 && node; level++, node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const own = sib.matches(HEADING) ? headingText(sib) : undefined;
      if (own) return own;
      const inner = sib.querySelectorAll(HEADING);
      for (let k = inner.length - 1; k >= 0; k--) {
        const t = headingText(inner[k] as Element);
        if (t) return t;
      }
    }
  }
  const docTitle = container.ownerDocument.title?.trim();
  return docTitle || undefined;
}

/** Reads a found thread into a Conversation. */
export function readThread(
  thread: Thread,
  options: ReadOptions,
  source: string,
  replyBox: Element | null,
): ReturnType<typeof finishConversation> {
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const blocks = thread.members.slice(-maxMessages);
  const maxChars = options.maxChars ?? 50_000;
  const reads = blocks
    .map((b) => blockReads.get(b, String(maxChars), (el) => readBlock(el, maxChars)))
    .filter((r) => r.message.text.length > 0);
  inferRoles(reads, options);
  const customerRead = reads.find((r) => r.message.role === 'customer' && (r.message.author || r.email));
  const customer: { name?: string; email?: string } = {};
  if (customerRead?.message.author) customer.name = customerRead.message.author;
  const agentEmails = new Set(reads.filter((r) => r.message.role === 'agent' && r.email).map((r) => r.email));
  const email =
    reads.find((r) => r.message.role === 'customer' && r.email)?.email ??
    emailOnPageOnce(thread.container, customer.name, agentEmails);
  if (email) customer.email = email;
  let draft: string | undefined;
  if (replyBox) draft = editableText(replyBox);
  return finishConversation(
    { source, title: titleNear(thread.container), customer, messages: reads.map((r) => r.message), draft },
    options,
  );
}

function scopesOf(doc: Document): ParentNode[] {
  return [doc.body ?? doc];
}

export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Any site',
  provenance:
    'Heuristics written here: repeated message blocks, ARIA log/feed/article/listitem, side words in classes and data-*, mail headers; 2026-11-22',
  sites: [],
  matches: () => true,
  root(doc) {
    return rememberedThread(doc, scopesOf(doc), findReplyBox(doc), undefined, SAMPLE)?.container ?? null;
  },
  extract(doc, options) {
    const replyBox = findReplyBox(doc);
    const limit = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
    const thread = rememberedThread(doc, scopesOf(doc), replyBox, undefined, limit);
    return thread ? readThread(thread, options, 'generic', replyBox) : null;
  },
};

/** Reads inside an element the agent picked (or a remembered selector): the element or its best child list. */
export function readWithin(
  el: Element,
  options: ReadOptions,
  source = 'picked',
): ReturnType<typeof finishConversation> {
  const replyBox = findReplyBox(el.ownerDocument);
  const limit = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const inside = rememberedThread(el, [el.parentElement ?? el], null, el, limit);
  if (inside) return readThread(inside, options, source, replyBox);
  const text = cleanMessageText(textOf(el, { maxChars: options.maxChars ?? 50_000 }));
  return finishConversation({ source, messages: [{ role: 'unknown', text }] }, options);
}
