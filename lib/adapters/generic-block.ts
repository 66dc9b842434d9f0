// Reads one message block of a thread the generic reader found: author, time and body by tag and class
// words (shallow first), mail-style header lines, badges ("Agent", "Staff", 客服) and transaction types
// ("Correspondence added", "Comments added") as role evidence, and what the block is when it is not a
// message at all (a metadata row, a date separator, a notice, a system line).
import { isIgnorable, textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from './clean';
import { emailIn, nameAndEmail, timeOf } from './dom';
import { isDateSeparator, isFieldText, isNotice, isSystemText } from './generic-noise';
import { AUTHOR_WORDS, BODY_WORDS, TIME_WORDS, wordsOf } from './generic-words';
import { hintWords, roleFromScore, roleScore } from './hints';

export interface Read {
  message: ConversationMessage;
  email?: string;
  block: Element;
  /** Role evidence found inside the block (a badge, a comment vs correspondence transaction). */
  evidence?: Role;
  /** Set when the block is not a message: it is left out of the conversation. */
  noise?: 'field' | 'date' | 'notice' | 'header';
}

interface Parts {
  author?: string;
  email?: string;
  time?: string;
  body?: Element;
  evidence?: Role;
  timeEl?: Element;
  skip: Set<Element>;
}

const AGENT_BADGE =
  /^(agent|staff|support|support team|admin|administrator|moderator|mod|team|team member|employee|official|operator|helpdesk|客服|客服人员|客服人員|管理员|管理員|官方|工作人员|工作人員|版主|坐席)$/i;
const CUSTOMER_BADGE =
  /^(customer|requester|requestor|client|visitor|guest|end user|end-user|contact|original poster|op|客户|客戶|访客|訪客|顾客|顧客|用户|用戶|楼主|樓主)$/i;
/**
 * Transaction lines of ticket histories ("Dana Whitfield - Correspondence added"): the line ends with the
 * transaction's name. A comment is internal, so only staff write one.
 */
const COMMENT_TX = /(comments? added|internal note|private note|内部备注|內部備註|内部评论|內部評論)\s*$/i;
const REPLY_TX = /(correspondence added|ticket created|outgoing email recorded|email sent)\s*$/i;
/** A link to a person's page (RT's /User/Summary.html, forums' /u/name, /profile/…): its text is the author. */
const PROFILE_LINK = /\/(users?|profiles?|u|members?|people|agents?|customers?)\b[^?#]*([?#&]|$)/i;

const AVATAR_WORDS = new Set(['avatar', 'initials', 'gravatar', 'userpic']);

/** Author, time, body and role evidence of one block, found by tag and class words, shallow first. */
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
      const raw = el.textContent ?? '';
      const isTime = el.tagName === 'TIME' || words.some((w) => TIME_WORDS.has(w));
      const isAuthor =
        PROFILE_LINK.test(el.tagName === 'A' ? (el.getAttribute('href') ?? '') : '') ||
        el.getAttribute('itemprop') === 'author' ||
        el.getAttribute('rel') === 'author' ||
        el.tagName === 'CITE' ||
        words.some((w) => AUTHOR_WORDS.has(w));
      const isBody = el.getAttribute('itemprop') === 'text' || words.some((w) => BODY_WORDS.has(w));
      // Avatars show initials ("王", "DW"): a picture of the person, not their words.
      if (words.some((w) => AVATAR_WORDS.has(w))) {
        parts.skip.add(el);
        continue;
      }
      if (raw.length < 40 && el.childElementCount === 0) {
        const t = raw.trim();
        const badge = AGENT_BADGE.test(t) ? 'agent' : CUSTOMER_BADGE.test(t) ? 'customer' : undefined;
        if (badge && !isBody) {
          parts.evidence ??= badge;
          parts.skip.add(el);
          continue;
        }
      }
      if (!isBody && raw.length < 160 && (COMMENT_TX.test(raw) || REPLY_TX.test(raw))) {
        // "Dana Whitfield - Correspondence added": the line is the header, the name inside it the author.
        if (COMMENT_TX.test(raw)) parts.evidence ??= 'agent';
        parts.skip.add(el);
      }
      if (isTime && !parts.time && raw.length < 80) {
        parts.timeEl = el;
        // "Nov 28" shown, the full date in a title or datetime inside it.
        const exact =
          el.hasAttribute('datetime') || el.hasAttribute('title') ? el : el.querySelector('[datetime], [title]');
        parts.time = timeOf(exact ?? el)?.replace(
          /^(date|sent|time|日期|时间|時間|发送时间|傳送時間|寄件日期)\s*[:：]\s*/i,
          '',
        );
        parts.skip.add(el);
        continue;
      }
      if (isAuthor && !parts.author && !isBody && raw.trim().length < 80) {
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
      if (isBody && raw.trim().length > 0) bodies.push(el);
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
  /^(from|to|cc|date|sent|subject|发件人|收件人|抄送|时间|日期|发送时间|主题|寄件者|寄件人|發件人|收件者|副本|傳送時間|寄件日期|主旨)\s*[:：]\s*(.*)$/i;
const FROM_LINE = /^(from|发件人|寄件者|寄件人|發件人)$/i;

/** Leading mail-style header lines ("From: Dana <dana@example.com>", 发件人：…) become author/time. */
function takeHeaders(text: string): { text: string; author?: string; email?: string; time?: string; n: number } {
  const lines = text.split('\n');
  let i = 0;
  const out: { text: string; author?: string; email?: string; time?: string; n: number } = { text, n: 0 };
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
  out.n = i;
  // Header lines are never the message: a block of only headers (a subject line, a To/Cc row) has no text.
  if (i > 0) out.text = lines.slice(i).join('\n');
  return out;
}

/** Quoted history and signatures shown as their own elements: <blockquote>, quote/signature classes. */
export function isQuote(el: Element): boolean {
  if (el.tagName === 'BLOCKQUOTE') return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  if (/quote/i.test(cls) && !/unquote/i.test(cls)) return true;
  return hintWords(cls).some((w) => w === 'signature' || w === 'sig');
}

const HEADING_ONLY = /^(H[1-6])$/;

/** What a block holds that is not a message, judged on its own element and text. */
export function noiseOf(block: Element, text: string, authored = false): Read['noise'] {
  if (HEADING_ONLY.test(block.tagName) || block.getAttribute('role') === 'heading') return 'header';
  if (isNotice(block, text)) return 'notice';
  // A named person's short message ("Monday", "Note: call me") is theirs; unnamed, it is page furniture.
  if (authored) return undefined;
  if (isDateSeparator(text)) return 'date';
  if (isFieldText(text)) return 'field';
  return undefined;
}

/** A bubble's last line that is only its clock ("14:02", "下午 2:21", "9:47 AM") is its time, not its words. */
const CLOCK_LINE =
  /\n[ \t]*((?:上午|下午|凌晨|中午|晚上)?\s*\d{1,2}[:：]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[✓✔]{1,2})?)[ \t]*$/;

function trailingClock(text: string): { text: string; time?: string } {
  const m = CLOCK_LINE.exec(text);
  return m ? { text: text.slice(0, m.index), time: (m[1] ?? '').replace(/\s*[✓✔]+$/, '').trim() } : { text };
}

function systemLine(block: Element, timeEl: Element | undefined): string {
  return textOf(block, { maxChars: 400, skip: (el) => el === timeEl || isQuote(el) })
    .replace(/\s+/g, ' ')
    .replace(/^[#\s\-–—]+/, '')
    .replace(/\s+[-–—]\s+/g, ' ')
    .trim();
}

export function readBlock(block: Element, maxChars: number): Read {
  const parts = partsOf(block);
  const skipAll = (el: Element) => parts.skip.has(el) || isQuote(el);
  let raw = parts.body ? textOf(parts.body, { maxChars, skip: isQuote }) : textOf(block, { maxChars, skip: skipAll });
  // A body that is all <blockquote> (forums, list archives) is the message itself, not quoted history.
  if (!raw.trim()) {
    raw = parts.body ? textOf(parts.body, { maxChars }) : textOf(block, { maxChars, skip: (el) => parts.skip.has(el) });
  }
  const headed = takeHeaders(raw);
  const author = parts.author ?? headed.author;
  const clocked = trailingClock(headed.text);
  const text = cleanMessageText(clocked.text, author);
  const hinted = roleFromScore(roleScore(block));
  // "Status changed from 'new' to 'open' by root": a person's name in a system line does not make it theirs,
  // so a short block is judged on its whole line, the name included.
  const whole = !parts.body && text.length < 160 ? systemLine(block, parts.timeEl) : '';
  const system = hinted === 'system' || (!author && isSystemText(text)) || (!!whole && isSystemText(whole));
  const message: ConversationMessage = { role: system ? 'system' : hinted, text: system && whole ? whole : text };
  if (author) message.author = author;
  const time = parts.time ?? headed.time ?? clocked.time;
  if (time) message.time = time;
  const read: Read = { message, block };
  const email = parts.email ?? headed.email;
  if (email) read.email = email;
  if (parts.evidence) read.evidence = parts.evidence;
  const noise = system ? undefined : noiseOf(block, text || (headed.n > 0 ? '' : raw), !!author);
  if (noise) read.noise = noise;
  else if (!text && headed.n > 0) read.noise = 'header';
  return read;
}
