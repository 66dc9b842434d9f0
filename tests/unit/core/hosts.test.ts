import { describe, expect, test } from 'vitest';
import { isKnownHost, matchesPattern } from '@/lib/hosts';

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
    expect(isKnownHost(url)).toBe(known);
  });

  test('http patterns do not match https pages', () => {
    expect(matchesPattern('http://localhost/*', 'https://localhost/')).toBe(false);
  });
});
