// What a thread page shows between and around its messages that is never a message: ticket metadata rows
// ("Status: open", "Queue: General"), date separators ("YESTERDAY", 26/07/2023), the app's own notices
// ("It looks like you may have forgotten to add an attachment"), and system lines ("Status changed from
// 'new' to 'open'", "Ticket created"), which are kept, but as the system's.
import { hintWords } from './hints';

/** "Status: open", "Final Priority: 0", "优先级：高": a short label, a colon and a short value on one line. */
const FIELD_LINE = /^[^\n:：]{1,32}[:：][ \t]*[^\n]{0,80}$/;

const FIELD_LABEL = /^\p{L}[\p{L} ._/()&-]{0,31}$/u;

export function isFieldText(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n') || !FIELD_LINE.test(t)) return false;
  const label = t.slice(0, t.search(/[:：]/)).trim();
  // A label is a few words of letters, not a sentence that happens to contain a colon ("Note: please call
  // me back asap") nor a clock ("下午2:21").
  return FIELD_LABEL.test(label) && label.split(/\s+/).length <= 4 && t.length <= 100;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?';
const CLOCK = '(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:：]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?';
const DATE_ONLY = new RegExp(
  [
    '(?:today|yesterday|just now|now)',
    '(?:\\d+|a|an|one|two|three|several)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+later',
    '(?:今天|昨天|前天|今日|昨日|刚刚|剛剛)',
    `(?:${WEEKDAY},?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?)`,
    WEEKDAY,
    '\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}',
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号號](?:\\s*(?:星期|周|週)[一二三四五六日天])?',
    '(?:星期|周|週|禮拜|礼拜)[一二三四五六日天]',
  ]
    .map((d) => `(?:${d})`)
    .join('|'),
  'i',
);
const DATE_SEPARATOR = new RegExp(`^[-–—\\s]*(?:${DATE_ONLY.source})${CLOCK}[-–—\\s]*$`, 'i');

/** A block that is only a day or a date: a separator between messages. */
export function isDateSeparator(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && DATE_SEPARATOR.test(t);
}

const SYSTEM_LINE = new RegExp(
  [
    '\\b(status|priority|queue|owner|state|assignee|subject|tags?|due date|group|type)\\b.{0,40}\\b(changed|set|updated|removed|added)\\b',
    '\\b(changed|set|updated)\\s+(the\\s+)?(status|priority|queue|owner|subject|group)\\b',
    '\\b(ticket|conversation|case|chat|request|issue|topic|thread)\\s+(was\\s+)?(automatically\\s+)?(created|opened|closed|resolved|reopened|merged|assigned|transferred|escalated|snoozed)\\b',
    '\\b(created|closed|resolved|merged|reopened|assigned|escalated|pinned|unlisted)\\s+(this|the)\\s+(ticket|conversation|case|chat|topic|thread)\\b',
    '\\b(joined|left)\\s+the\\s+(chat|conversation)\\b',
    '\\b(taken|stolen|given)\\s+by\\b',
    '^(outgoing email recorded|email sent|auto-?reply sent|sla\\b.*)',
    '(状态|狀態|优先级|優先級|负责人|負責人|队列|隊列|处理人|處理人).{0,20}(变更|變更|更改|修改|改为|改為|设为|設為)',
    '(工单|工單|会话|會話|对话|對話|请求|請求).{0,8}(已创建|已建立|已关闭|已關閉|已转接|已轉接|已分配|已解决|已解決|已合并|已合併|被创建|被建立)',
    '(加入|离开|離開|退出)了?(会话|會話|对话|對話|聊天)',
  ].join('|'),
  'i',
);

/** "Status changed from 'new' to 'open' by root", "Ticket created", 状态变更为已解决: the system's, not a person's. */
export function isSystemText(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 160 && t.split('\n').length <= 2 && SYSTEM_LINE.test(t);
}

const NOTICE_WORDS = new Set([
  'alert',
  'notice',
  'notices',
  'warning',
  'flash',
  'toast',
  'banner',
  'results',
  'callout',
  'snackbar',
  'hint',
  'tooltip',
  'popover',
]);

/** The app's own messages to the agent ("It looks like you may have forgotten to add an attachment"). */
const NOTICE_TEXT =
  /forgotten to (add|attach)|forgot to attach|unsaved changes|draft (saved|discarded)|you have \d+ new|loading…?$|^no messages|you are (viewing|replying)|似乎忘记|似乎忘記|忘记添加附件|忘記新增附件|草稿已保存|草稿已儲存/i;

export function isNotice(el: Element, text: string): boolean {
  const role = el.getAttribute('role');
  if (role === 'alert' || role === 'status' || role === 'alertdialog' || role === 'tooltip') return true;
  const cls = el.getAttribute('class');
  if (cls && hintWords(cls).some((w) => NOTICE_WORDS.has(w))) return true;
  return text.length < 200 && NOTICE_TEXT.test(text.trim());
}
