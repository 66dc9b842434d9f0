// What the page around a thread says about its people: the customer's address on a requester card, the
// signed-in user ("Logged in as root"), the ticket's requester and owner rows, and the thread's title.
// The page around a thread rarely changes while messages arrive, so answers are kept per thread container.
import { isIgnorable, textOf } from '@/lib/page/dom-text';
import { emailIn, nameAndEmail } from './dom';

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
 * container and asked again only when the number of elements outside the thread (outsideCount, which walks only the outside)
 * or the names it depends on change.
 */
const pageEmails = new WeakMap<Element, { key: string; email: string | undefined }>();

export function emailOnPageOnce(
  container: Element,
  name: string | undefined,
  agentEmails: Set<string | undefined>,
  outside: number,
): string | undefined {
  const body = container.ownerDocument.body;
  if (!body) return undefined;
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
export function titleNear(container: Element): string | undefined {
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

export interface PagePeople {
  /** Names and addresses the page gives for the agent: the signed-in user, the ticket's owner. */
  agents: string[];
  /** Names and addresses the page gives for the customer: requester / customer rows. */
  customers: string[];
}

const SIGNED_IN =
  /(?:logged in as|signed in as|you are logged in as|welcome,?|当前用户|當前使用者|登录为|登錄為|登入身分|已登录[:：]?|已登入[:：]?)\s*[:：]?\s*([^\n|·•]{1,60})/i;
const CHROME =
  'header, nav, [role="banner"], [role="navigation"], [id*="menu" i], [class*="menu" i], [class*="account" i], [id*="account" i], [class*="topbar" i], [id*="topactions" i], [class*="user" i]';
const AGENT_LABEL =
  /^(owner|assignee|assigned to|agent|responsible|handler|负责人|負責人|处理人|處理人|受理人|客服|指派给|指派給)$/i;
const CUSTOMER_LABEL =
  /^(requestors?|requesters?|customer|customer user|contact|reporter|client|end user|请求者|請求者|申请人|申請人|客户|客戶|联系人|聯絡人|提交人|報告人|报告人)$/i;
const LABELS = 'th, dt, td, label, .label, [class*="label" i], [class*="key" i], [class*="name" i]';

function people(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[,;，；\n]+/)) {
    const ne = nameAndEmail(part.trim());
    if (ne.name) out.push(ne.name.toLowerCase());
    if (ne.email) out.push(ne.email.toLowerCase());
  }
  return out;
}

function readPeople(doc: Document, container: Element): PagePeople {
  const found: PagePeople = { agents: [], customers: [] };
  const body = doc.body;
  if (!body) return found;
  for (const el of Array.from(body.querySelectorAll(CHROME)).slice(0, 40)) {
    if (container.contains(el) || isIgnorable(el)) continue;
    const m = SIGNED_IN.exec((el.textContent ?? '').slice(0, 400).replace(/\s+/g, ' '));
    if (m?.[1]) {
      found.agents.push(...people(m[1].trim()));
      break;
    }
  }
  for (const el of Array.from(body.querySelectorAll(LABELS)).slice(0, 200)) {
    if (container.contains(el) || el.childElementCount > 2) continue;
    const label = (el.textContent ?? '')
      .trim()
      .replace(/[:：]$/, '')
      .trim();
    if (label.length > 24) continue;
    const agent = AGENT_LABEL.test(label);
    if (!agent && !CUSTOMER_LABEL.test(label)) continue;
    const value = el.nextElementSibling ? textOf(el.nextElementSibling).slice(0, 300) : '';
    // "Nobody" is RT's unowned ticket.
    if (!value || /^(nobody|none|unassigned|无|無|未分配|未指派)$/i.test(value.trim())) continue;
    (agent ? found.agents : found.customers).push(...people(value));
  }
  return found;
}

const peopleCache = new WeakMap<Element, { key: string; people: PagePeople }>();

/**
 * How many elements the page has outside the thread: what the page-level answers are keyed on. Only the
 * outside is walked (each ancestor's other children), never the thread: after a new message a live
 * collection over the whole body would walk every message again.
 */
export function outsideCount(container: Element): number {
  const body = container.ownerDocument.body;
  if (!body?.contains(container)) return 0;
  let n = 0;
  for (let child: Element = container; child !== body; ) {
    const parent = child.parentElement;
    if (!parent) break;
    n++; // the parent itself
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== child) n += 1 + s.getElementsByTagName('*').length;
    }
    child = parent;
  }
  // Ancestors up to and with the body, and everything beside them: the body's elements less the thread's.
  return n;
}

export function pagePeople(container: Element, outside: number): PagePeople {
  const doc = container.ownerDocument;
  const body = doc.body;
  if (!body) return { agents: [], customers: [] };
  const key = `${doc.URL}\u0001${outside}`;
  const hit = peopleCache.get(container);
  if (hit?.key === key) return hit.people;
  const found = readPeople(doc, container);
  peopleCache.set(container, { key, people: found });
  return found;
}

/** The role the page's own people rows give an author (by name or address), or undefined. */
export function roleFromPage(
  p: PagePeople,
  author: string | undefined,
  email: string | undefined,
): 'agent' | 'customer' | undefined {
  const keys = [author?.toLowerCase(), email?.toLowerCase()].filter((k): k is string => !!k);
  if (keys.some((k) => p.agents.includes(k))) return 'agent';
  if (keys.some((k) => p.customers.includes(k))) return 'customer';
  return undefined;
}
