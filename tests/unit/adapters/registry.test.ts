import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { SITE_HINTS, siteHintFor } from '@/lib/adapters/hints';
import { ADAPTERS, adapterFor, KNOWN_HOSTS, readConversation, rootFor } from '@/lib/adapters/registry';

describe('adapterFor', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox/abc', 'gmail'],
    ['https://outlook.office.com/mail/inbox/id/x', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://acme.zendesk.com/hc/en-us', 'generic'],
    ['https://acme.freshdesk.com/a/tickets/3', 'generic'],
    ['https://app.intercom.com/a/inbox/x/inbox/conversation/1', 'generic'],
    ['https://secure.helpscout.net/conversation/1/2/', 'helpscout'],
    ['https://app.frontapp.com/open/cnv_1', 'generic'],
    ['https://app.hubspot.com/live-messages/1/inbox/2', 'generic'],
    ['https://desk.zoho.eu/agent/x/tickets/details/1', 'generic'],
    ['https://my.livechatinc.com/chats/1', 'generic'],
    ['https://app.crisp.chat/website/x/inbox/y/', 'crisp'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://webmail.example.org/?_task=mail&_mbox=INBOX', 'roundcube'],
    ['https://www.udesk.cn/workbench', 'generic'],
    ['http://localhost:5178/chat.html', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url)).id).toBe(id);
  });
});

describe('readConversation falls back to the generic reader only when the site hooks are gone', () => {
  const thread =
    '<div class="thread"><div class="msg in">my order is late</div><div class="msg out">checking</div></div>';
  test('hooks present, no conversation open: null, not the page read generically', () => {
    document.body.innerHTML = `<div data-test-id="omni-log-container"></div>${thread}`;
    expect(readConversation(document, new URL('https://a.zendesk.com/agent/tickets/1'), {})).toBeNull();
  });
  test('hooks gone (a redesign): the generic reader reads the page', () => {
    document.body.innerHTML = thread;
    const c = readConversation(document, new URL('https://a.zendesk.com/agent/tickets/1'), {});
    expect(c?.source).toBe('generic');
    expect(c?.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
  });
  test('rootFor uses the generic thread when the site root is missing', () => {
    document.body.innerHTML = thread;
    expect(rootFor(document, new URL('https://a.zendesk.com/agent/tickets/1'))?.className).toBe('thread');
  });
});

test('a reader that throws gives null instead of breaking the content script', () => {
  document.body.innerHTML = '<div class="thread"><div class="msg in">a</div><div class="msg out">b</div></div>';
  const spy = vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
    throw new Error('host page monkey-patched the DOM');
  });
  try {
    expect(readConversation(document, new URL('https://example.org/'), {})).toBeNull();
  } finally {
    spy.mockRestore();
  }
});

describe('every registered adapter is backed by evidence', () => {
  const SITES = join(import.meta.dirname, '../../../lib/adapters/sites');
  const FIXTURES = join(import.meta.dirname, '../../fixtures/adapters');
  test.each(ADAPTERS.map((a) => a.id))('%s names its evidence and has a fixture built from it', (id) => {
    const source = readFileSync(join(SITES, `${id}.ts`), 'utf8');
    const header = source.slice(0, source.search(/^import /m));
    const kind = /Evidence \((library|captured page)\):/.exec(header)?.[1];
    expect(kind, `${id}.ts has no "Evidence (library|captured page):" header`).toBeDefined();
    const fixtures = readdirSync(join(FIXTURES, id)).filter((f) => f.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThan(0);
    const notes = fixtures.map((f) => readFileSync(join(FIXTURES, id, f), 'utf8').slice(0, 2000));
    if (kind === 'captured page') {
      // The header points at the captured fixtures, and at least one of them says where it was captured.
      expect(header).toContain(`tests/fixtures/adapters/${id}/`);
      expect(notes.some((n) => /<!--[\s\S]*?Captured\b/.test(n))).toBe(true);
    } else {
      // A maintained tool: its repository and file ("owner/repo, path/file.js"). Code the search index holds without
      // a repository name can only back up a hook, never stand as the evidence. Every fixture says it was built
      // from that evidence.
      expect(header).toMatch(/\b[\w.-]+\/[\w.-]+, [\w./-]+\.(js|ts|md|html)\b/);
      for (const n of notes) expect(n).toMatch(/Built from the evidence named in lib\/adapters\/sites\//);
    }
  });
});

describe('sites without an adapter', () => {
  test('no hinted site is also claimed by an adapter', () => {
    const samples = [
      'https://app.intercom.com/a/inbox/x/inbox/conversation/1',
      'https://app.frontapp.com/open/cnv_1',
      'https://acme.freshdesk.com/a/tickets/3',
      'https://app.hubspot.com/live-messages/1/inbox/2',
      'https://desk.zoho.com/agent/acme/all/tickets/1',
      'https://my.livechatinc.com/chats/1',
    ];
    expect(samples.map((u) => siteHintFor(new URL(u))?.id)).toEqual(SITE_HINTS.map((h) => h.id));
    for (const u of samples) expect(adapterFor(new URL(u)).id).toBe('generic');
  });
  test('a hint names only the conversation pages of its app', () => {
    expect(siteHintFor(new URL('https://acme.freshdesk.com/a/admin'))).toBeUndefined();
    expect(siteHintFor(new URL('https://shop.example.com/'))).toBeUndefined();
  });
  test('every host the content script runs on without asking is an adapter site, a hinted site or loopback', () => {
    for (const pattern of KNOWN_HOSTS) {
      const host = pattern
        .replace(/^https?:\/\//, '')
        .replace(/\/\*$/, '')
        .replace(/^\*\./, 'acme.');
      if (host === 'localhost' || host === '127.0.0.1') continue;
      const pages = ['/', '/agent/tickets/1', '/conversation/1/2', '/mail/'].map((p) => new URL(`https://${host}${p}`));
      const claimed =
        ADAPTERS.some((a) => pages.some((u) => a.matches(u))) || SITE_HINTS.some((h) => h.hosts.test(host));
      expect(claimed, pattern).toBe(true);
    }
  });
});

test('the README lists every registered adapter with its evidence, and every hinted app as covered by the generic reader', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('### Site adapters and their evidence'),
    readme.indexOf('### Adding a site'),
  );
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
  expect(rows.slice(1).map((r) => r.split('|')[1]?.trim())).toEqual(ADAPTERS.map((a) => a.label));
  for (const h of SITE_HINTS) expect(section).toContain(h.label);
});
