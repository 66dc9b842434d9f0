// Fossil's built-in forum (any host: self-hosted; recognised by its /forumpost/ and /forumedit pages).
//
// Evidence (captured page): tests/fixtures/adapters/fossil/*.html, captured 2026-12-04 from a real Fossil 2.21
// forum (Debian 12 package) on loopback with scripts/clients/fossil.ts and capture-fossil.ts. A thread page
// lists each post as div.forumTime with h3.forumPostHdr ("(2) By <a …u=login>login</a> on 2026-12-04 14:41:36")
// and the text in div.forumPostBody; the thread title is the first post's h1. The reply page (a POST to
// /forumedit) shows the post being answered inside div.forumEdit under its own h3.forumPostHdr, the title in
// .forumPostReplyTitle, and the agent's reply in textarea[name="content"]. The signed-in user is the header's
// `.status a[href$="/login"]` (it reads "Login" when nobody is signed in): posts by that user are the agent's.

import { textOf } from '@/lib/page/dom-text';
import type { ConversationMessage, Role } from '@/lib/types';
import { cleanMessageText } from '../clean';
import { finishConversation } from '../conversation';
import { lineOf } from '../dom';
import type { SiteAdapter } from '../types';

const PAGES = /\/(forumpost|forumthread|forumedit|forume2)(\/|$)/;

function signedIn(doc: Document): string | undefined {
  const who = lineOf(doc, ['.header .status a[href$="/login"]', '.status a[href$="/login"]']);
  return who && who !== 'Login' ? who : undefined;
}

/** Author and time from "(2) By agent on 2026-12-04 14:41:36 in reply to 1 [link] [source]". */
function headerOf(h: Element | null): { author?: string; time?: string } {
  if (!h) return {};
  const author = lineOf(h, ['a[href*="u="]']);
  const time = /\bon (\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?)/.exec(textOf(h))?.[1];
  return { author, time };
}

function roleOf(author: string | undefined, me: string | undefined): Role {
  if (!me || !author) return 'unknown';
  return author === me ? 'agent' : 'customer';
}

function readPost(header: Element | null, body: Element | null, me: string | undefined): ConversationMessage | null {
  if (!body) return null;
  const { author, time } = headerOf(header);
  return { role: roleOf(author, me), author, text: cleanMessageText(textOf(body), author), time };
}

export const fossil: SiteAdapter = {
  id: 'fossil',
  label: 'Fossil forum',
  provenance: 'Captured from a real Fossil 2.21 forum (Debian 12) on loopback, thread and reply pages, 2026-12-04',
  replyBox: ['textarea[name="content"]'],
  sites: [],
  matches(url) {
    return PAGES.test(url.pathname);
  },
  root(doc) {
    if (!doc.querySelector('.forumPostBody')) return null;
    return doc.querySelector('div.content') ?? doc.body;
  },
  extract(doc, options) {
    if (!this.root(doc)) return null;
    const me = signedIn(doc);
    const box = doc.querySelector('textarea[name="content"]') as HTMLTextAreaElement | null;
    const quoted = doc.querySelector('.forumEdit');
    const messages: ConversationMessage[] = [];
    let title: string | undefined;
    if (box && quoted) {
      // The reply page: only the post being answered is on the page.
      const m = readPost(quoted.previousElementSibling, quoted.querySelector('.forumPostBody'), me);
      if (m) messages.push(m);
      title = lineOf(doc, ['.forumPostReplyTitle']);
    } else {
      const posts = Array.from(doc.querySelectorAll('div.forumTime'));
      for (const p of posts.slice(-(options.maxMessages ?? 50))) {
        const m = readPost(p.querySelector('h3.forumPostHdr'), p.querySelector('.forumPostBody'), me);
        if (m) messages.push(m);
      }
      title = lineOf(doc, ['div.forumTime h1', '.content h1']);
    }
    return finishConversation({ source: 'fossil', title, customer: {}, messages }, options);
  },
};
