// Who wrote a block, guessed from the words pages put in class names and data-* attributes:
// "bubble--right", "msg-out", "o__admin", data-sender="visitor", data-role="客服". Words, not layout,
// because layout is unavailable in tests and costly in a content script.
import type { Role } from '@/lib/types';

/** Side words: the agent is the reply-box owner ("me"), the customer is the other side. */
const AGENT_STRONG = new Set([
  'agent',
  'operator',
  'admin',
  'staff',
  'support',
  'outgoing',
  'outbound',
  'sent',
  'self',
  'mine',
  'me',
  'own',
  'my',
  'kefu',
  'seat',
  'servicer',
  'assistant',
  'rep',
  'teammate',
  'host',
  '客服',
  '坐席',
  '我',
  '自己',
]);
const CUSTOMER_STRONG = new Set([
  'customer',
  'client',
  'visitor',
  'guest',
  'enduser',
  'requester',
  'contact',
  'incoming',
  'inbound',
  'received',
  'buyer',
  'member',
  'lead',
  '访客',
  '訪客',
  '客户',
  '客戶',
  '顾客',
  '顧客',
  '买家',
  '買家',
  '用户',
  '用戶',
]);
const AGENT_WEAK = new Set(['right', 'out', 'send', 'reply', 'answer']);
const CUSTOMER_WEAK = new Set(['left', 'in', 'user', 'other', 'them', 'question', 'receive']);
const SYSTEM_WORDS = new Set([
  'system',
  'notice',
  'notification',
  'event',
  'note',
  'internal',
  'divider',
  'separator',
  'status',
  'tip',
  'bot',
  'automated',
  'log',
  'date',
  'day',
  '系统',
  '系統',
  '提示',
]);

const DATA_ATTRS = [
  'data-role',
  'data-sender',
  'data-sender-type',
  'data-author-type',
  'data-from',
  'data-direction',
  'data-type',
  'data-message-type',
  'data-side',
  'data-origin',
  'data-owner',
  'data-is-self',
  'data-self',
];

const wordCache = new Map<string, string[]>();

/** Splits "bubbleRight msg-out o__admin" into lower-case words, CJK runs kept whole. Memoised: pages
 * repeat the same few class strings thousands of times. */
export function hintWords(s: string): string[] {
  const hit = wordCache.get(s);
  if (hit) return hit;
  const words = s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u3400-\u9fff]+/)
    .filter(Boolean);
  if (wordCache.size > 5000) wordCache.clear();
  wordCache.set(s, words);
  return words;
}

export interface RoleScore {
  agent: number;
  customer: number;
  system: number;
}

function scoreWords(words: readonly string[], s: RoleScore, weight: number): void {
  for (const w of words) {
    if (AGENT_STRONG.has(w)) s.agent += 2 * weight;
    else if (CUSTOMER_STRONG.has(w)) s.customer += 2 * weight;
    else if (SYSTEM_WORDS.has(w)) s.system += 2 * weight;
    else if (AGENT_WEAK.has(w)) s.agent += weight;
    else if (CUSTOMER_WEAK.has(w)) s.customer += weight;
  }
}

const RIGHT_STYLE =
  /text-align\s*:\s*right|justify-content\s*:\s*flex-end|margin-left\s*:\s*auto|float\s*:\s*right|flex-direction\s*:\s*row-reverse|align-self\s*:\s*flex-end/i;
const LEFT_STYLE =
  /text-align\s*:\s*left|justify-content\s*:\s*flex-start|margin-right\s*:\s*auto|float\s*:\s*left|align-self\s*:\s*flex-start/i;

/** Adds the hints carried by one element (class, data-* values, inline alignment). */
export function scoreElement(el: Element, s: RoleScore, weight = 1): void {
  const cls = el.getAttribute('class');
  if (cls) scoreWords(hintWords(cls), s, weight);
  for (const a of DATA_ATTRS) {
    const v = el.getAttribute(a);
    if (v == null) continue;
    if (a === 'data-is-self' || a === 'data-self') {
      if (v === 'true' || v === '1') s.agent += 3 * weight;
      else if (v === 'false' || v === '0') s.customer += 3 * weight;
    } else scoreWords(hintWords(v), s, weight * 1.5);
  }
  const style = el.getAttribute('style');
  if (style) {
    if (RIGHT_STYLE.test(style)) s.agent += weight;
    else if (LEFT_STYLE.test(style)) s.customer += weight * 0.5;
  }
}

/** Hints from a message block and the first two levels inside it (row → bubble wrappers). */
export function roleScore(block: Element): RoleScore {
  const s: RoleScore = { agent: 0, customer: 0, system: 0 };
  scoreElement(block, s, 1);
  let level: Element[] = [block];
  for (let depth = 0; depth < 2; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      for (let c = el.firstElementChild, n = 0; c && n < 4; c = c.nextElementSibling, n++) {
        scoreElement(c, s, 0.5);
        next.push(c);
      }
    }
    level = next;
  }
  return s;
}

/** The role the hints point to, or 'unknown' when they are absent or tied. */
export function roleFromScore(s: RoleScore): Role {
  if (s.system >= 2 && s.system > s.agent && s.system > s.customer) return 'system';
  if (s.agent > s.customer) return 'agent';
  if (s.customer > s.agent) return 'customer';
  return 'unknown';
}

export function roleHint(block: Element): Role {
  return roleFromScore(roleScore(block));
}

/**
 * Helpdesks Heartline knows by address but has no evidence-backed adapter for. Their former adapters were
 * written from descriptions nobody could trace to a maintained tool or a captured page (searched 2026-12-04:
 * Intercom's `data-part-*`, Front's `data-is-from-teammate`, HubSpot's `data-message-direction`, LiveChat's
 * `data-testid="chat-feed"`, Freshdesk's `ticket-details__item`, Zoho Desk's `data-id="threadContainer"` appear in
 * no public tool that reads those apps; clockify/browser-extension, src/integrations/*.js, reads only their
 * headers). So the generic reader covers them, and this list only says what they are: the content script still
 * runs there without asking (lib/hosts.ts), and the panel can name the app. A site moves back to an adapter
 * when a captured page or a maintained tool shows its thread markup.
 */
export interface SiteHint {
  id: string;
  label: string;
  /** Match patterns of the app's hosts: the content script runs there without asking (lib/hosts.ts). */
  sites: readonly string[];
  hosts: RegExp;
  /** Pages of the app that show a conversation; elsewhere (settings, reports) there is nothing to read. */
  path?: RegExp;
}

export const SITE_HINTS: readonly SiteHint[] = [
  {
    id: 'intercom',
    label: 'Intercom',
    sites: [
      'https://app.intercom.com/*',
      'https://app.eu.intercom.com/*',
      'https://app.au.intercom.com/*',
      'https://app.intercom.io/*',
    ],
    hosts: /^app(\.eu|\.au)?\.intercom\.(com|io)$/,
    path: /\/inbox\//,
  },
  { id: 'front', label: 'Front', sites: ['https://app.frontapp.com/*'], hosts: /^app\.frontapp\.com$/ },
  {
    id: 'freshdesk',
    label: 'Freshdesk',
    sites: ['https://*.freshdesk.com/*'],
    hosts: /\.freshdesk\.com$/,
    path: /^\/a\/tickets\//,
  },
  {
    id: 'hubspot',
    label: 'HubSpot inbox',
    // The US and EU data centres' app hosts; a wildcard would also grant the marketing site and the blog.
    sites: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
    hosts: /^app(-[a-z0-9]+)?\.hubspot\.com$/,
    path: /^\/live-messages\//,
  },
  {
    id: 'zohodesk',
    label: 'Zoho Desk',
    sites: [
      'https://desk.zoho.com/*',
      'https://desk.zoho.eu/*',
      'https://desk.zoho.in/*',
      'https://desk.zoho.com.au/*',
      'https://desk.zoho.com.cn/*',
      'https://desk.zoho.jp/*',
    ],
    hosts: /^desk\.zoho\.(com|eu|in|com\.au|com\.cn|jp)$/,
  },
  {
    id: 'livechat',
    label: 'LiveChat',
    sites: ['https://my.livechatinc.com/*', 'https://my.livechat.com/*'],
    hosts: /^my\.livechat(inc)?\.com$/,
  },
];

/** The hint for a page of one of those apps, if it is one. */
export function siteHintFor(url: URL): SiteHint | undefined {
  return SITE_HINTS.find((h) => h.hosts.test(url.hostname) && (!h.path || h.path.test(url.pathname)));
}
