import { describe, expect, test } from 'vitest';
import { SITE_HINTS, siteHintFor } from '@/lib/adapters/hints';
import { ADAPTERS, adapterFor, KNOWN_HOSTS } from '@/lib/adapters/registry';
import { isKnownHost, knownHosts, LOCAL_HOSTS, matchesPattern } from '@/lib/hosts';

describe('known hosts', () => {
  test.each([
    ['https://mail.google.com/mail/u/0/#inbox', true],
    ['https://acme.zendesk.com/agent/tickets/1', true],
    ['https://zendesk.com/', true],
    ['https://evilzendesk.com/', false],
    ['https://acme.zendesk.com.evil.example/', false],
    ['http://localhost:5178/helpdesk.html', true],
    ['http://127.0.0.1:9999/', true],
    ['http://demo.localhost:5178/', false],
    ['https://example.com/', false],
    ['chrome://extensions', false],
    ['not a url', false],
  ])('%s → %s', (url, known) => {
    expect(isKnownHost(url, KNOWN_HOSTS)).toBe(known);
  });

  test('http patterns do not match https pages', () => {
    expect(matchesPattern('http://localhost/*', 'https://localhost/')).toBe(false);
  });
});

describe('the host list is built from the adapters and the hinted apps', () => {
  // Pages Heartline reads, including the regional and renamed hosts a hand-kept list had missed.
  test.each([
    ['https://outlook.cloud.microsoft/mail/inbox', 'outlook'],
    ['https://mail.google.com/mail/u/0/#inbox/abc', 'gmail'],
    ['https://acme.zendesk.com/agent/tickets/1', 'zendesk'],
  ])('%s is read by the %s adapter without being enabled by hand', (url, id) => {
    expect(adapterFor(new URL(url)).id).toBe(id);
    expect(isKnownHost(url, KNOWN_HOSTS)).toBe(true);
  });

  test.each([
    ['https://app.eu.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://app.au.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://app.intercom.io/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://my.livechat.com/chats/1', 'livechat'],
    ['https://desk.zoho.in/agent/x/tickets/details/1', 'zohodesk'],
    ['https://desk.zoho.com.au/agent/x/tickets/details/1', 'zohodesk'],
    ['https://desk.zoho.com.cn/agent/x/tickets/details/1', 'zohodesk'],
    ['https://desk.zoho.jp/agent/x/tickets/details/1', 'zohodesk'],
    ['https://app-eu1.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
    ['https://acme.freshdesk.com/a/tickets/3', 'freshdesk'],
  ])('%s (%s, generic reader) runs without being enabled by hand', (url, id) => {
    expect(siteHintFor(new URL(url))?.id).toBe(id);
    expect(isKnownHost(url, KNOWN_HOSTS)).toBe(true);
  });

  test('every adapter and hinted site is a known host, and nothing else is but localhost', () => {
    const sites = [...ADAPTERS, ...SITE_HINTS].flatMap((a) => a.sites);
    expect(new Set(KNOWN_HOSTS)).toEqual(new Set([...sites, ...LOCAL_HOSTS]));
    expect(knownHosts([{ sites: ['https://a.example/*'] }, { sites: ['https://a.example/*'] }])).toEqual([
      'https://a.example/*',
      ...LOCAL_HOSTS,
    ]);
  });

  test('an adapter never claims a page outside its own sites', () => {
    const probes = ADAPTERS.flatMap((a) => a.sites).map((p) => p.replace('*.', 'x.').replace(/\*$/, 'agent/a/inbox/'));
    for (const a of ADAPTERS) {
      if (a.sites.length === 0) continue;
      for (const url of [...probes, 'https://example.com/agent/a/inbox/live-messages/']) {
        if (a.matches(new URL(url)))
          expect(
            a.sites.some((p) => matchesPattern(p, url)),
            `${a.id} ${url}`,
          ).toBe(true);
      }
    }
  });

  test('only adapters that recognise their pages on any host (self-hosted) have no sites', () => {
    expect(ADAPTERS.filter((a) => a.sites.length === 0).map((a) => a.id)).toEqual(['fossil', 'roundcube']);
  });
});
