// Live chat (in the spirit of Intercom / LiveChat / WhatsApp Web): bubbles left for the visitor and
// right for the agent. After the agent's first reply the rest of the script arrives over time, so the extension has to
// notice new messages. ?pace=live (default, 4–8 s apart) · fast (0.4–0.8 s) · none (all at once).

import {
  applyTheme,
  CONVERSATIONS,
  editableText,
  formatTime,
  h,
  hue,
  initials,
  localeOf,
  paragraphs,
  setDocumentFor,
  startInbox,
  ui,
  urlFor,
} from './app.js';

/** @typedef {import('./conversations').DemoConversationFull} Conv */
/** @typedef {{ role: 'customer' | 'agent'; at: string; text: string }} Msg */
/** @typedef {{ shown: Msg[]; next: number; draft: string | null }} ChatState */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const input = $('input');
const log = $('log');

const PACE = new URLSearchParams(location.search).get('pace') ?? 'live';
const PACE_SCALE = PACE === 'fast' ? 0.1 : 1;
const TYPING_MS = 1500;

/** Progress per conversation, so switching away and back resumes the script. @type {Map<string, ChatState>} */
const states = new Map();
/** @type {Conv | null} */
let open = null;
/** @type {ReturnType<typeof setTimeout>[]} */
let timers = [];

/** Where the live part starts: the customer's first message after the agent's first reply. @param {Conv} conv */
function liveFrom(conv) {
  if (PACE === 'none') return conv.messages.length;
  const firstReply = conv.messages.findIndex((m) => m.role === 'agent');
  const i = conv.messages.findIndex((m, idx) => idx > firstReply && m.role === 'customer');
  return firstReply < 0 || i < 0 ? conv.messages.length : i;
}

/** 4–8 s, varied but repeatable, so two runs of the demo behave alike. @param {number} index */
function delayFor(index) {
  return Math.round((4000 + ((index * 2654435761) % 4001)) * PACE_SCALE);
}

/** @param {Conv} conv */
function stateOf(conv) {
  let state = states.get(conv.id);
  if (!state) {
    const start = liveFrom(conv);
    // Live, the script is moved to the present so the earlier half reads as "a few minutes ago".
    const anchor = conv.messages[start - 1];
    const shift = PACE === 'none' || !anchor ? 0 : Date.now() - 90_000 - Date.parse(anchor.at);
    const shown = conv.messages
      .slice(0, start)
      .map((m) => ({ ...m, at: new Date(Date.parse(m.at) + shift).toISOString() }));
    state = { shown, next: start, draft: null };
    states.set(conv.id, state);
  }
  return state;
}

/** @param {string} name */
function avatar(name) {
  const node = h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
  node.style.background = `hsl(${hue(name)} 55% 45%)`;
  return node;
}

/** @param {Conv} conv @param {Msg} msg @param {boolean} arrived */
function bubble(conv, msg, arrived) {
  const isAgent = msg.role === 'agent';
  const name = isAgent ? conv.agent.name : conv.customer.name;
  return h(
    'article',
    {
      class: `row ${isAgent ? 'from-agent' : 'from-visitor'}${arrived ? ' arrived' : ''}`,
      'data-author-role': isAgent ? 'agent' : 'visitor',
      'aria-label': name,
    },
    avatar(name),
    h(
      'div',
      {},
      h('div', { class: 'bubble' }, paragraphs(msg.text)),
      h(
        'span',
        { class: 'meta' },
        h('span', { class: 'author' }, name),
        ' · ',
        h('time', { datetime: msg.at, title: formatTime(msg.at, conv, 'long') }, formatTime(msg.at, conv, 'time')),
      ),
    ),
  );
}

/** The day separator's label: "Today" for live messages, the date for older ones. @param {Conv} conv @param {string} iso */
function dayKey(conv, iso) {
  const day = formatTime(iso, conv, 'day');
  if (day !== formatTime(new Date().toISOString(), conv, 'day')) return day;
  const today = new Intl.RelativeTimeFormat(localeOf(conv.lang), { numeric: 'auto' }).format(0, 'day');
  return today.charAt(0).toUpperCase() + today.slice(1);
}

/** @param {Conv} conv @param {Msg} msg @param {boolean} arrived */
function appendMessage(conv, msg, arrived) {
  const last = log.querySelector('article:last-of-type time');
  const lastDay = last ? dayKey(conv, last.getAttribute('datetime') ?? '') : null;
  const day = dayKey(conv, msg.at);
  if (day !== lastDay) log.append(h('div', { class: 'day', role: 'separator' }, day));
  log.append(bubble(conv, msg, arrived));
  log.scrollTop = log.scrollHeight;
}

/** @param {Conv} conv */
function scheduleNext(conv) {
  const state = stateOf(conv);
  const msg = conv.messages[state.next];
  if (!msg) return;
  const wait = delayFor(state.next);
  const t = ui(conv.lang);
  if (msg.role === 'customer') {
    timers.push(
      setTimeout(
        () => {
          $('typing').textContent = `${conv.customer.name} ${t.typing}`;
        },
        Math.max(0, wait - TYPING_MS * PACE_SCALE),
      ),
    );
  }
  timers.push(
    setTimeout(() => {
      $('typing').textContent = '';
      const arrivedMsg = { ...msg, at: new Date().toISOString() };
      state.shown.push(arrivedMsg);
      state.next += 1;
      appendMessage(conv, arrivedMsg, true);
      renderList(conv);
      scheduleNext(conv);
    }, wait),
  );
}

/** @param {Conv} current */
function renderList(current) {
  $('chat-list').replaceChildren(
    ...CONVERSATIONS.map((conv) => {
      const shown = stateOf(conv).shown;
      const last = shown[shown.length - 1];
      return h(
        'li',
        { lang: conv.lang },
        h(
          'a',
          {
            href: urlFor(conv.id),
            'data-conversation': conv.id,
            'aria-current': conv.id === current.id ? 'page' : null,
          },
          avatar(conv.customer.name),
          h('span', { class: 'name' }, conv.customer.name),
          last ? h('time', { datetime: last.at }, formatTime(last.at, conv, 'time', 'page')) : null,
          h('span', { class: 'preview' }, last ? last.text.replace(/\s+/g, ' ') : ''),
        ),
      );
    }),
  );
}

/** @param {Conv} conv */
function render(conv) {
  for (const timer of timers) clearTimeout(timer);
  timers = [];
  if (open) stateOf(open).draft = editableText(input);
  open = conv;
  const t = ui(conv.lang);
  const state = stateOf(conv);
  setDocumentFor(conv, `${conv.customer.name} · ${conv.brand} Chat`);
  $('inbox-title').textContent = t.conversations;
  $('visitor-name').textContent = conv.customer.name;
  $('visitor-status').textContent = t.online;
  $('head-avatar').replaceWith(Object.assign(avatar(conv.customer.name), { id: 'head-avatar' }));
  $('send').textContent = t.send;
  $('hint').textContent = t.enterHint;
  $('typing').textContent = '';
  $('details-title').textContent = t.requester;
  $('details').replaceChildren(
    h('dt', {}, t.email),
    h('dd', {}, conv.customer.email),
    h('dt', {}, t.location),
    h('dd', {}, conv.customer.location),
    h('dt', {}, t.orders),
    h('dd', {}, conv.orderIds.join(', ')),
  );
  input.setAttribute('aria-label', t.typeMessage);
  input.dataset.placeholder = t.typeMessage;
  const draft = state.draft ?? (new URLSearchParams(location.search).get('draft') === 'bad' ? conv.drafts?.bad : '');
  input.replaceChildren(...(draft ? [document.createTextNode(draft)] : []));
  log.setAttribute('aria-label', `${t.conversationLabel}: ${conv.customer.name}`);
  log.replaceChildren();
  for (const msg of state.shown) appendMessage(conv, msg, false);
  renderList(conv);
  scheduleNext(conv);
}

function sendOwnMessage() {
  const text = editableText(input);
  if (!open || !text) return;
  /** @type {Msg} */
  const msg = { role: 'agent', at: new Date().toISOString(), text };
  stateOf(open).shown.push(msg);
  stateOf(open).draft = '';
  appendMessage(open, msg, true);
  input.replaceChildren();
  renderList(open);
}

input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendOwnMessage();
  }
});
$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  sendOwnMessage();
});

applyTheme();
startInbox(render);
