// Shared helpers for the demo pages. Conversation text is always set with text nodes, never as HTML:
// the demo should model what a careful product does with untrusted customer text.

import { CONVERSATIONS, findConversation } from './conversations.js';

/** @type {Record<string, string>} */
const LOCALES = { en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** @param {string} lang */
export function localeOf(lang) {
  return LOCALES[lang] ?? 'en-US';
}

/**
 * Element builder: attributes are set with setAttribute, children are nodes or strings (as text).
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * Plain text → <p> per blank-line paragraph, <br> for single line breaks.
 * @param {string} text
 * @returns {DocumentFragment}
 */
export function paragraphs(text) {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n{2,}/)) {
    const p = document.createElement('p');
    block.split('\n').forEach((line, i) => {
      if (i > 0) p.append(document.createElement('br'));
      p.append(document.createTextNode(line));
    });
    fragment.append(p);
  }
  return fragment;
}

/**
 * Times inside a conversation follow the conversation's language (上午11:18 in a Taiwanese thread); times
 * in the page's own lists follow the page (<html lang>), so a list of mixed-language tickets reads one way.
 * @param {string} iso
 * @param {{ lang: string; timeZone: string }} conv
 * @param {'short' | 'long' | 'time' | 'day'} style
 * @param {'conversation' | 'page'} [where]
 */
export function formatTime(iso, conv, style, where = 'conversation') {
  /** @type {Record<string, Intl.DateTimeFormatOptions>} */
  const options = {
    short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
    long: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
    time: { hour: 'numeric', minute: '2-digit' },
    day: { weekday: 'long', month: 'long', day: 'numeric' },
  };
  const locale = where === 'page' ? document.documentElement.lang || 'en' : localeOf(conv.lang);
  return new Intl.DateTimeFormat(locale, { ...options[style], timeZone: conv.timeZone }).format(new Date(iso));
}

/**
 * The text of a contenteditable editor with its line structure: block elements and <br> become
 * line breaks, list items get a bullet. (textContent would glue lines together.)
 * @param {Node} root
 */
export function editableText(root) {
  let out = '';
  /** @param {Node} node */
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.textContent ?? '';
      } else if (child.nodeName === 'BR') {
        out += '\n';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = /^(DIV|P|LI|UL|OL|BLOCKQUOTE|H[1-6])$/.test(child.nodeName);
        if (block && out && !out.endsWith('\n')) out += '\n';
        if (child.nodeName === 'LI') out += '• ';
        walk(child);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(root);
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** @param {string} name */
export function initials(name) {
  const trimmed = name.trim();
  if (/^[\u3400-\u9fff]/.test(trimmed)) return trimmed.slice(-2);
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** A stable colour per person, so avatars look like a real product's. @param {string} key */
export function hue(key) {
  let n = 0;
  for (const ch of key) n = (n * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return n;
}

/** ?theme=dark|light overrides the system colour scheme (for screenshots). */
export function applyTheme() {
  const theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
}

/** The conversation named by ?c=, or the first one. */
export function currentConversation() {
  return findConversation(new URLSearchParams(location.search).get('c'));
}

/** ?draft=bad pre-fills the reply box with a poor agent draft, when the conversation has one. */
export function initialDraft(/** @type {{ drafts?: { bad?: string } }} */ conv) {
  return new URLSearchParams(location.search).get('draft') === 'bad' ? (conv.drafts?.bad ?? '') : '';
}

/** The same page for another conversation, keeping the other query parameters. @param {string} id */
export function urlFor(id) {
  const url = new URL(location.href);
  url.searchParams.set('c', id);
  return `${url.pathname}${url.search}`;
}

/**
 * Single-page-app navigation: links marked data-conversation switch in place and push history,
 * like a real inbox, so the extension has to follow DOM and URL changes without a reload.
 * @param {(conv: import('./conversations').DemoConversationFull) => void} render
 */
export function startInbox(render) {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[data-conversation]') : null;
    if (!target || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const id = target.getAttribute('data-conversation') ?? '';
    if (id === currentConversation().id) return;
    history.pushState({ c: id }, '', urlFor(id));
    render(findConversation(id));
  });
  window.addEventListener('popstate', () => render(currentConversation()));
  render(currentConversation());
}

/** Sets <html lang> and the tab title for the open conversation. */
export function setDocumentFor(/** @type {{ lang: string }} */ conv, /** @type {string} */ title) {
  document.documentElement.lang = conv.lang;
  document.title = title;
}

export { CONVERSATIONS };

/** UI chrome follows the conversation's language, as a localized helpdesk would. */
export const UI = {
  en: {
    views: 'Views',
    unsolved: 'Your unsolved tickets',
    requester: 'Requester',
    email: 'Email',
    location: 'Location',
    customerSince: 'Customer since',
    tickets: 'Tickets (30 days)',
    orders: 'Recent orders',
    tags: 'Tags',
    status: 'Open',
    priority: 'High',
    publicReply: 'Public reply',
    internalNote: 'Internal note',
    replyPlaceholder: 'Write a public reply…',
    submit: 'Submit as Pending',
    inbox: 'Inbox',
    compose: 'Compose',
    reply: 'Reply',
    toMe: 'to me',
    to: 'To',
    send: 'Send',
    bold: 'Bold',
    italic: 'Italic',
    bulleted: 'Bulleted list',
    trimmed: 'Show trimmed content',
    messageBody: 'Message body',
    conversations: 'Conversations',
    typeMessage: 'Type a message…',
    typing: 'is typing…',
    online: 'Online',
    you: 'You',
    enterHint: 'Enter to send · Shift+Enter for a new line',
    search: 'Search',
    agentBadge: 'Agent',
    ticket: 'Ticket',
    conversationLabel: 'Conversation',
  },
  'zh-Hans': {
    views: '视图',
    unsolved: '我的未解决工单',
    requester: '请求者',
    email: '邮箱',
    location: '地区',
    customerSince: '注册时间',
    tickets: '工单（30 天）',
    orders: '最近订单',
    tags: '标签',
    status: '处理中',
    priority: '高',
    publicReply: '公开回复',
    internalNote: '内部备注',
    replyPlaceholder: '输入公开回复…',
    submit: '提交为“待回复”',
    inbox: '收件箱',
    compose: '写邮件',
    reply: '回复',
    toMe: '发给我',
    to: '收件人',
    send: '发送',
    bold: '加粗',
    italic: '斜体',
    bulleted: '项目符号列表',
    trimmed: '显示剪辑的内容',
    messageBody: '邮件正文',
    conversations: '会话',
    typeMessage: '输入消息…',
    typing: '正在输入…',
    online: '在线',
    you: '我',
    enterHint: 'Enter 发送 · Shift+Enter 换行',
    search: '搜索',
    agentBadge: '客服',
    ticket: '工单',
    conversationLabel: '对话记录',
  },
  'zh-Hant': {
    views: '檢視',
    unsolved: '我的未解決工單',
    requester: '申請人',
    email: '電子郵件',
    location: '地區',
    customerSince: '加入時間',
    tickets: '工單（30 天）',
    orders: '最近訂單',
    tags: '標籤',
    status: '處理中',
    priority: '高',
    publicReply: '公開回覆',
    internalNote: '內部備註',
    replyPlaceholder: '輸入公開回覆…',
    submit: '送出為「待回覆」',
    inbox: '收件匣',
    compose: '撰寫',
    reply: '回覆',
    toMe: '寄給我',
    to: '收件者',
    send: '傳送',
    bold: '粗體',
    italic: '斜體',
    bulleted: '項目符號清單',
    trimmed: '顯示經過修剪的內容',
    messageBody: '郵件內文',
    conversations: '對話',
    typeMessage: '輸入訊息…',
    typing: '正在輸入…',
    online: '線上',
    you: '我',
    enterHint: 'Enter 傳送 · Shift+Enter 換行',
    search: '搜尋',
    agentBadge: '客服',
    ticket: '工單',
    conversationLabel: '對話紀錄',
  },
};

/** @param {string} lang */
export function ui(lang) {
  return UI[/** @type {keyof typeof UI} */ (lang)] ?? UI.en;
}
