// Helpdesk ticket view (in the spirit of Zendesk / Freshdesk): ticket list, threaded public replies,
// requester card and a plain <textarea> composer.

import {
  applyTheme,
  CONVERSATIONS,
  formatTime,
  h,
  hue,
  initialDraft,
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

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const reply = /** @type {HTMLTextAreaElement} */ ($('reply'));

/** Replies the agent submitted in this session, per ticket. @type {Map<string, Msg[]>} */
const sent = new Map();
/** Unsent drafts per ticket, as a real helpdesk keeps them. @type {Map<string, string>} */
const drafts = new Map();
/** @type {Conv | null} */
let open = null;

/** @param {string} name */
function avatar(name) {
  const node = h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
  node.style.background = `hsl(${hue(name)} 45% 42%)`;
  return node;
}

/** @param {Conv} conv @param {Msg} msg */
function comment(conv, msg) {
  const isAgent = msg.role === 'agent';
  const name = isAgent ? conv.agent.name : conv.customer.name;
  const t = ui(conv.lang);
  return h(
    'article',
    { class: `comment ${isAgent ? 'is-agent' : 'is-end-user'}`, 'data-author-role': isAgent ? 'agent' : 'end-user' },
    avatar(name),
    h(
      'div',
      {},
      h(
        'header',
        { class: 'comment-head' },
        h('span', { class: 'comment-author' }, name),
        isAgent ? h('span', { class: 'badge' }, t.agentBadge) : null,
        h('time', { datetime: msg.at, title: formatTime(msg.at, conv, 'long') }, formatTime(msg.at, conv, 'short')),
      ),
      h('div', { class: 'comment-body' }, paragraphs(msg.text)),
    ),
  );
}

/** @param {Conv} current */
function renderList(current) {
  const list = $('ticket-list');
  list.replaceChildren(
    ...CONVERSATIONS.map((conv) => {
      const last = conv.messages[conv.messages.length - 1];
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
          h(
            'span',
            { class: 'who' },
            h('span', {}, conv.customer.name),
            last ? h('time', { datetime: last.at }, formatTime(last.at, conv, 'time', 'page')) : null,
          ),
          h('span', { class: 'subj' }, `#${conv.ticket} ${conv.subject}`),
        ),
      );
    }),
  );
}

/** @param {Conv} conv */
function renderRequester(conv) {
  const t = ui(conv.lang);
  const since = new Intl.DateTimeFormat(localeOf(conv.lang), { dateStyle: 'medium' }).format(
    new Date(conv.customer.since),
  );
  $('requester-card').replaceChildren(
    h(
      'div',
      { class: 'card-top' },
      avatar(conv.customer.name),
      h('div', {}, h('div', { class: 'card-name' }, conv.customer.name)),
    ),
    h(
      'dl',
      {},
      h('dt', {}, t.email),
      h('dd', {}, h('a', { href: `mailto:${conv.customer.email}` }, conv.customer.email)),
      h('dt', {}, t.location),
      h('dd', {}, conv.customer.location),
      h('dt', {}, t.customerSince),
      h('dd', {}, since),
      h('dt', {}, t.tickets),
      h('dd', {}, String(conv.customer.ticketCount)),
      h('dt', {}, t.orders),
      h('dd', {}, conv.orderIds.join(', ')),
      h('dt', {}, t.tags),
      h('dd', {}, ...conv.tags.map((tag) => h('span', { class: 'tag' }, tag))),
    ),
  );
}

/** @param {Conv} conv */
function render(conv) {
  if (open) drafts.set(open.id, reply.value);
  open = conv;
  const t = ui(conv.lang);
  setDocumentFor(conv, `${conv.subject} – ${conv.customer.name} – ${conv.brand}`);
  $('brand').textContent = `${conv.brand} Desk`;
  $('search').setAttribute('placeholder', t.search);
  $('search').setAttribute('aria-label', t.search);
  $('me-name').textContent = conv.agent.name;
  $('me-avatar').replaceWith(Object.assign(avatar(conv.agent.name), { id: 'me-avatar' }));
  $('views-title').textContent = t.unsolved;
  $('requester-title').textContent = t.requester;
  $('tab-public').textContent = t.publicReply;
  $('tab-note').textContent = t.internalNote;
  $('submit').textContent = t.submit;
  reply.placeholder = t.replyPlaceholder;
  reply.setAttribute('aria-label', t.publicReply);
  reply.value = drafts.get(conv.id) ?? initialDraft(conv);
  $('reply-to').textContent = `${t.to}: ${conv.customer.name} <${conv.customer.email}>`;

  $('ticket-subject').textContent = conv.subject;
  $('ticket-meta').replaceChildren(
    h('span', { class: 'pill pill-open' }, t.status),
    h('span', { class: 'pill pill-high' }, t.priority),
    h('span', {}, `${t.ticket} #${conv.ticket}`),
    h('span', {}, '·'),
    h('span', {}, conv.orderIds.join(', ')),
  );

  const thread = $('thread');
  thread.setAttribute('aria-label', t.conversationLabel);
  thread.replaceChildren(...[...conv.messages, ...(sent.get(conv.id) ?? [])].map((m) => comment(conv, m)));
  thread.scrollTop = thread.scrollHeight;
  renderList(conv);
  renderRequester(conv);
}

$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = reply.value.trim();
  if (!open || !text) return;
  /** @type {Msg} */
  const msg = { role: 'agent', at: new Date().toISOString(), text };
  sent.set(open.id, [...(sent.get(open.id) ?? []), msg]);
  const thread = $('thread');
  thread.append(comment(open, msg));
  thread.scrollTop = thread.scrollHeight;
  reply.value = '';
  drafts.delete(open.id);
});

applyTheme();
startInbox(render);
