// The words and tags the generic reader recognises pages by: which repeated tags can be messages, which
// class words name a message, its author, time or body, and which containers are chrome, not a thread.
import { hintWords } from './hints';

export const EDITABLE =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"]';

/** Tags whose repetition can be messages, with how much a repeat counts. */
export const TAG_WEIGHT: Record<string, number> = {
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
export const NOT_THREAD =
  'nav, header, footer, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="listbox"], [role="tree"], [role="grid"], [role="toolbar"], [role="complementary"], [role="banner"]';

export const MESSAGE_WORDS = new Set([
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
export const AUTHOR_WORDS = new Set([
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
  'realname',
  'fullname',
  'displayname',
]);
export const TIME_WORDS = new Set(['time', 'date', 'timestamp', 'ago', 'datetime', 'when', 'posted', 'stamp']);
export const BODY_WORDS = new Set([
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

export function wordsOf(el: Element): string[] {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls || id ? hintWords(`${cls ?? ''} ${id ?? ''}`) : [];
}

export function hasWord(el: Element, set: ReadonlySet<string>): boolean {
  for (const w of wordsOf(el)) if (set.has(w)) return true;
  return false;
}

/** Class words of page chrome: a container under one of these is navigation or a menu, not a conversation. */
export const CHROME_WORDS = new Set([
  'menu',
  'menubar',
  'toolbar',
  'nav',
  'navbar',
  'navigation',
  'sidebar',
  'tabs',
  'tabbar',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'taskmenu',
  'topbar',
  'header',
  'footer',
]);

/** True when the element or one of its few nearest ancestors is named like page chrome. */
export function inChrome(el: Element, levels = 4): boolean {
  let p: Element | null = el;
  for (let i = 0; i < levels && p; i++, p = p.parentElement) if (hasWord(p, CHROME_WORDS)) return true;
  return false;
}
