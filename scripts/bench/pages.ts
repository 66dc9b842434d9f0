// Synthetic host pages for the benchmark: a live chat (bubbles in a role="log") and a helpdesk ticket
// (articles with author, time and body), at any length. The wording is written here, varied enough
// that the readers see distinct messages, and shaped like the demo inbox so the generic reader and
// the observer treat it as a real conversation.

const CUSTOMER_LINES = [
  'My order still has not arrived and nobody answers my emails.',
  'This is the third time I am asking about the refund.',
  'Could you tell me when the replacement will ship?',
  'I was charged twice for the same subscription this month.',
  'Thanks, that helps a lot, but the invoice is still wrong.',
  '我的订单到现在还没发货，已经等了一个星期了。',
  '請問退款什麼時候可以到帳？',
  'The app logs me out every few minutes and I lose my work.',
];
const AGENT_LINES = [
  'Thanks for your patience, let me check that for you.',
  'I have escalated this to our billing team.',
  'I am sorry about the wait, the parcel is with the courier now.',
  '您好，我这边帮您查询一下物流信息。',
];

export function customerLine(i: number): string {
  return `${CUSTOMER_LINES[i % CUSTOMER_LINES.length]} (#${i})`;
}

function agentLine(i: number): string {
  return `${AGENT_LINES[i % AGENT_LINES.length]} (#${i})`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + i * 60_000).toISOString();

/** One chat bubble, as markup; the page script uses the same shape for appended messages. */
export function chatBubble(i: number, role: 'customer' | 'agent', text: string): string {
  const side = role === 'agent' ? 'from-agent' : 'from-visitor';
  const name = role === 'agent' ? 'Sam' : 'Dana Whitfield';
  return `<article class="row ${side}" data-author-role="${role === 'agent' ? 'agent' : 'visitor'}" aria-label="${name}"><div><div class="bubble"><p>${esc(text)}</p></div><span class="meta"><span class="author">${name}</span> · <time datetime="${at(i)}">${at(i).slice(11, 16)}</time></span></div></article>`;
}

function ticketEntry(i: number, role: 'customer' | 'agent', text: string): string {
  const name = role === 'agent' ? 'Sam (Support)' : 'Dana Whitfield';
  return `<article class="message ${role === 'agent' ? 'agent' : 'customer'}" data-role="${role === 'agent' ? 'agent' : 'requester'}"><header><span class="author">${name}</span> <time datetime="${at(i)}">${at(i).slice(0, 16)}</time></header><div class="body"><p>${esc(text)}</p></div></article>`;
}

export type PageKind = 'chat' | 'helpdesk';

/** Message i of a synthetic conversation: customers and agents alternate, customer first. */
export function messageAt(i: number): { role: 'customer' | 'agent'; text: string } {
  return i % 2 === 0 ? { role: 'customer', text: customerLine(i) } : { role: 'agent', text: agentLine(i) };
}

/** The markup inside <body>. */
export function pageBody(kind: PageKind, messages: number): string {
  const items: string[] = [];
  for (let i = 0; i < messages; i++) {
    const m = messageAt(i);
    items.push(kind === 'chat' ? chatBubble(i, m.role, m.text) : ticketEntry(i, m.role, m.text));
  }
  if (kind === 'chat') {
    return `<main><header class="chat-head"><h1>Dana Whitfield</h1></header><div class="log" id="log" role="log" aria-label="Conversation">${items.join('')}</div><form class="composer"><div class="input" id="input" contenteditable="true" role="textbox" aria-label="Type a message"></div><button type="submit">Send</button></form></main>`;
  }
  return `<main><h1 class="subject">Refund still missing for order 4471-2210</h1><section class="thread" id="log" aria-label="Ticket conversation">${items.join('')}</section><form class="reply"><textarea id="reply" aria-label="Reply"></textarea><button type="submit">Send</button></form></main>`;
}

export function pageHtml(kind: PageKind, messages: number, script = ''): string {
  const title = kind === 'chat' ? 'Live chat' : 'Ticket #4471';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body>${pageBody(kind, messages)}${script}</body></html>`;
}
