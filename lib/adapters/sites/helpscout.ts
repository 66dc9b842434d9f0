// Help Scout (secure.helpscout.net/conversation/…).
//
// Evidence (library): public Help Scout tools in the search tool's code index, read 2026-12-04. The index gives
// their text but not their repository names, so they are cited by index file id and the lines that matter:
// - file 48235371037 (a Help Scout extension whose selector table says "Found in your HTML"): the thread
//   `ol[data-testid="ThreadContainer"]`, items `li.ThreadListItem`, the body `.is-ignoring-table`, the sender
//   `span[data-nocollapse="true"]`, the reply bar `[data-testid="reply-bar"]`, the customer
//   `[data-testid="Sidebar.CustomerProfile"]` h1–h3 and `a[data-testid="EmailList.EmailLink"]`.
// - file 35836279373 (an extension moving the reply bar): `[data-testid="ThreadContainer"]`, notes are
//   `li.ThreadListItem.is-note > div` with `span[data-nocollapse]` and `[data-testid="timestamp"] time`.
// - file 22964581143 (an agent skill reading a conversation): `ol[aria-label="Thread Items"] > li`, each with a
//   `[id^="thread-"]` block whose class `is-customer` marks the customer's messages, a `time`; the reply
//   editor a contenteditable `[role="textbox"]`.
// - file 14038737646 (a Help Scout adapter): `[data-testid="ThreadContainer"], ol[aria-label="Thread Items"]`,
//   the editor `[data-cy="ConvoEditor"]`.
// The older `.thread.customer` markup (trentslutzky/helpscout-thread-hider, threadhider.js, 2023) is gone.
import { threadAdapter } from '../thread-adapter';

export const helpscout = threadAdapter({
  id: 'helpscout',
  label: 'Help Scout',
  provenance:
    'Four public Help Scout tools (ThreadContainer / Thread Items, li.ThreadListItem.is-note, [id^=thread-].is-customer), read 2026-12-04',
  sites: ['https://secure.helpscout.net/*'],
  path: /^\/conversation\//,
  root: ['ol[data-testid="ThreadContainer"]', '[data-testid="ThreadContainer"]', 'ol[aria-label="Thread Items"]'],
  item: 'li.ThreadListItem, :scope > li',
  author: ['span[data-nocollapse="true"]', 'span[data-nocollapse]'],
  body: ['.is-ignoring-table'],
  time: ['[data-testid="timestamp"] time', 'time'],
  customerName: [
    '[data-testid="Sidebar.CustomerProfile"] h1',
    '[data-testid="Sidebar.CustomerProfile"] h2',
    '[data-testid="Sidebar.CustomerProfile"] h3',
  ],
  customerEmail: ['a[data-testid="EmailList.EmailLink"]'],
  draft: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[data-testid="reply-bar"] [contenteditable="true"][role="textbox"]',
  ],
  quoted: 'blockquote, .gmail_quote',
  role: (item) => {
    if (item.classList.contains('is-note')) return 'system';
    const thread = item.querySelector('[id^="thread-"]');
    if (thread?.classList.contains('is-customer')) return 'customer';
    return thread ? 'agent' : undefined;
  },
});
