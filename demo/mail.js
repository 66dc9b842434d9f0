// Webmail thread (in the spirit of Gmail / Outlook on the web): message list, a thread whose replies
// carry signatures and quoted history ("On … wrote:" with "> " lines), and a contenteditable rich editor.

import {
  applyTheme,
  CONVERSATIONS,
  editableText,
  formatTime,
  h,
  hue,
  initialDraft,
  initials,
  paragraphs,
  setDocumentFor,
  startInbox,
  ui,
  urlFor,
} from './app.js';

/** @typedef {import('./conversations').DemoConversationFull} Conv */
/** @typedef {{ role: 'customer' | 'agent'; at: string; text: string }} Msg */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const editor = $('editor');

/** @type {Map<string, Msg[]>} */
const sent = new Map();
/** Unsent drafts per thread, kept as plain text lines. @type {Map<string, string>} */
const drafts = new Map();
/** @type {Conv | null} */
let open = null;

/** @param {string} name */
function avatar(name) {
  const node = h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
  node.style.background = `hsl(${hue(name)} 50% 45%)`;
  return node;
}

/** @param {Conv} conv @param {Msg} msg */
function sender(conv, msg) {
  return msg.role === 'agent' ? conv.agent : conv.customer;
}

/** The attribution line mail clients put above quoted history. @param {Conv} conv @param {Msg} msg */
function attribution(conv, msg) {
  const who = sender(conv, msg);
  const when = formatTime(msg.at, conv, 'long');
  if (conv.lang === 'zh-Hans') return `${who.name} <${who.email}> 于${when}写道：`;
  if (conv.lang === 'zh-Hant') return `${who.name} <${who.email}> 於 ${when} 寫道：`;
  return `On ${when}, ${who.name} <${who.email}> wrote:`;
}

/** @param {Conv} conv @param {Msg} msg */
function signatureOf(conv, msg) {
  // Agents sign with the standard "-- " delimiter; customers just sign off, as people do.
  return msg.role === 'agent' ? `-- \n${conv.agent.signature}` : conv.customer.signature;
}

/**
 * @param {Conv} conv
 * @param {Msg} msg
 * @param {Msg | undefined} previous the message this one replies to (quoted below it)
 * @param {boolean} expandQuote
 */
function message(conv, msg, previous, expandQuote) {
  const t = ui(conv.lang);
  const who = sender(conv, msg);
  const other = msg.role === 'agent' ? conv.customer : conv.agent;
  const body = h('div', { class: 'msg-body' }, paragraphs(msg.text));
  body.append(h('div', { class: 'signature' }, signatureOf(conv, msg)));
  if (previous) {
    const quoted = `${previous.text}\n\n${signatureOf(conv, previous)}`
      .split('\n')
      .map((line) => (line ? `> ${line}` : '>'))
      .join('\n');
    const quote = h('div', { class: 'quote' }, `${attribution(conv, previous)}\n${quoted}`);
    if (!expandQuote) {
      quote.hidden = true;
      const toggle = h('button', { type: 'button', class: 'trim', 'aria-label': t.trimmed, title: t.trimmed }, '•••');
      toggle.addEventListener('click', () => {
        quote.hidden = !quote.hidden;
      });
      body.append(toggle);
    }
    body.append(quote);
  }
  return h(
    'article',
    { class: `msg ${msg.role === 'agent' ? 'msg--sent' : 'msg--received'}`, role: 'listitem' },
    avatar(who.name),
    h(
      'div',
      {},
      h(
        'header',
        { class: 'msg-head' },
        h(
          'span',
          { class: 'from' },
          h('span', { class: 'from-name' }, who.name),
          ' ',
          h('span', { class: 'from-email' }, `<${who.email}>`),
        ),
        h('span', { class: 'to' }, msg.role === 'agent' ? `${t.to}: ${other.name}` : t.toMe),
        h('time', { datetime: msg.at, title: formatTime(msg.at, conv, 'long') }, formatTime(msg.at, conv, 'long')),
      ),
      body,
    ),
  );
}

/** @param {Conv} current */
function renderList(current) {
  $('thread-list').replaceChildren(
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
          h('span', { class: 'from' }, conv.customer.name),
          last ? h('time', { datetime: last.at }, formatTime(last.at, conv, 'short', 'page')) : null,
          h('span', { class: 'subj' }, conv.subject),
          h('span', { class: 'snippet' }, last ? last.text.replace(/\s+/g, ' ') : ''),
        ),
      );
    }),
  );
}

/** Editor content ⇄ plain text, one <div> per line like Gmail's editor. @param {string} text */
function setEditorText(text) {
  editor.replaceChildren(
    ...(text ? text.split('\n').map((line) => h('div', {}, line || document.createElement('br'))) : []),
  );
}

/** @param {Conv} conv */
function render(conv) {
  if (open) drafts.set(open.id, editableText(editor));
  open = conv;
  const t = ui(conv.lang);
  setDocumentFor(conv, `${conv.subject} - ${conv.agent.email} - ${conv.brand} Mail`);
  $('product').textContent = `${conv.brand} Mail`;
  $('compose-label').textContent = t.compose;
  $('inbox-label').textContent = t.inbox;
  $('inbox-count').textContent = String(CONVERSATIONS.length);
  $('list-title').textContent = t.inbox;
  $('thread-label').textContent = t.inbox;
  $('search').setAttribute('placeholder', t.search);
  $('send').textContent = t.send;
  $('cmd-bold').title = t.bold;
  $('cmd-italic').title = t.italic;
  $('cmd-list').title = t.bulleted;
  $('account').replaceChildren(
    h('span', {}, conv.agent.email),
    Object.assign(avatar(conv.agent.name), { title: `${conv.agent.name} <${conv.agent.email}>` }),
  );
  editor.setAttribute('aria-label', t.messageBody);
  editor.dataset.placeholder = `${t.reply}…`;
  setEditorText(drafts.get(conv.id) ?? initialDraft(conv));
  $('reply-to').textContent = `${t.reply} · ${t.to}: ${conv.customer.name} <${conv.customer.email}>`;
  $('thread-subject').textContent = conv.subject;

  const all = [...conv.messages, ...(sent.get(conv.id) ?? [])];
  const lastCustomer = all.map((m) => m.role).lastIndexOf('customer');
  $('thread').replaceChildren(
    ...all.map((m, i) => {
      const previous = m.role === 'customer' && i > 0 ? all[i - 1] : undefined;
      return message(conv, m, previous, i === lastCustomer);
    }),
  );
  $('scroll').scrollTop = $('scroll').scrollHeight;
  renderList(conv);
}

for (const button of document.querySelectorAll('.toolbar button')) {
  // Keep the editor's selection: a mousedown on the button would otherwise move focus away.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => {
    editor.focus();
    document.execCommand(button.getAttribute('data-command') ?? '', false);
    syncToolbar();
  });
}

function syncToolbar() {
  for (const button of document.querySelectorAll('.toolbar button')) {
    button.setAttribute('aria-pressed', String(document.queryCommandState(button.getAttribute('data-command') ?? '')));
  }
}
document.addEventListener('selectionchange', () => {
  if (editor.contains(document.getSelection()?.anchorNode ?? null)) syncToolbar();
});
editor.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
    event.preventDefault();
    $('reply-form').requestSubmit();
  }
});

$('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = editableText(editor);
  if (!open || !text) return;
  sent.set(open.id, [...(sent.get(open.id) ?? []), { role: 'agent', at: new Date().toISOString(), text }]);
  drafts.delete(open.id);
  editor.replaceChildren();
  const conv = open;
  open = null;
  render(conv);
});

applyTheme();
startInbox(render);
