import { describe, expect, test } from 'vitest';
import { isEnvelope, isExtensionPage, isOwnContentScript } from '@/lib/messaging';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('sender checks', () => {
  test.each([
    ['our panel page', { id: ID, url: `${ORIGIN}sidepanel.html?tabId=3` }, true, false],
    ['our panel page opened in a tab', { id: ID, url: `${ORIGIN}sidepanel.html?tabId=3`, tab: { id: 4 } }, true, false],
    ['our content script', { id: ID, url: 'https://mail.google.com/', tab: { id: 7 } }, false, true],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/x.html' }, false, false],
    ['another extension in a tab', { id: 'zzzz', url: 'https://a.example/', tab: { id: 2 } }, false, false],
    ['a page pretending with our URL but no id', { url: `${ORIGIN}sidepanel.html` }, false, false],
    ['our id with a web URL and no tab', { id: ID, url: 'https://evil.example/' }, false, false],
  ])('%s', (_name, sender, page, content) => {
    expect(isExtensionPage(sender, ID, ORIGIN)).toBe(page);
    expect(isOwnContentScript(sender, ID, ORIGIN)).toBe(content);
  });
});

describe('envelopes', () => {
  test.each([
    [{ channel: 'heartline', type: 'snapshot', data: {} }, true],
    [{ channel: 'other', type: 'snapshot' }, false],
    [{ type: 'snapshot' }, false],
    ['{"channel":"heartline"}', false],
    [null, false],
    [{ channel: 'heartline', type: 5 }, false],
  ])('%j → %s', (value, ok) => {
    expect(isEnvelope(value)).toBe(ok);
  });
});
