// Landing page: every conversation × page type, with a language filter kept in ?lang=.

import { applyTheme, CONVERSATIONS, h } from './app.js';

/** @type {Record<string, string>} */
const LANG_LABELS = { en: 'EN', 'zh-Hans': '简', 'zh-Hant': '繁' };
/** @type {Record<string, string>} */
const PAGE_LABELS = { helpdesk: 'Helpdesk', mail: 'Mail', chat: 'Chat' };

const rows = /** @type {HTMLElement} */ (document.getElementById('rows'));
const filter = /** @type {HTMLFieldSetElement} */ (document.getElementById('filter'));

/** @param {import('./conversations').DemoConversationFull} conv */
function expectation(conv) {
  const parts = [`expect ${conv.expected.primary.join(' / ')}`];
  if (conv.expected.escalation.length) parts.push(`flags: ${conv.expected.escalation.join(', ')}`);
  parts.push(`DISC: ${conv.expected.disc ?? 'unclear'}`);
  return parts.join(' · ');
}

function render() {
  const lang = new URLSearchParams(location.search).get('lang') ?? 'all';
  for (const radio of filter.querySelectorAll('input')) radio.checked = radio.value === lang;
  rows.replaceChildren(
    ...CONVERSATIONS.filter((conv) => lang === 'all' || conv.lang === lang).map((conv) =>
      h(
        'tr',
        { 'data-lang': conv.lang },
        h(
          'td',
          { lang: conv.lang },
          h(
            'div',
            { class: 'summary' },
            h('span', { class: 'lang' }, LANG_LABELS[conv.lang] ?? conv.lang),
            conv.summary,
          ),
          h('div', { class: 'who' }, `${conv.customer.name} · ${conv.subject}`),
          h('div', { class: 'expect', lang: 'en' }, expectation(conv)),
        ),
        h(
          'td',
          {},
          ...Object.entries(PAGE_LABELS).map(([page, label]) =>
            h('a', { href: `${page}.html?c=${encodeURIComponent(conv.id)}` }, label),
          ),
        ),
        h(
          'td',
          { class: 'variant' },
          conv.drafts?.bad
            ? h('a', { href: `helpdesk.html?c=${encodeURIComponent(conv.id)}&draft=bad` }, 'with a bad draft')
            : null,
          h('a', { href: `chat.html?c=${encodeURIComponent(conv.id)}&pace=fast` }, 'fast chat'),
        ),
      ),
    ),
  );
}

filter.addEventListener('change', (event) => {
  const value = event.target instanceof HTMLInputElement ? event.target.value : 'all';
  const url = new URL(location.href);
  if (value === 'all') url.searchParams.delete('lang');
  else url.searchParams.set('lang', value);
  history.replaceState(null, '', url);
  render();
});

applyTheme();
render();
