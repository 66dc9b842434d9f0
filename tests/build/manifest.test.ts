import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, KNOWN_HOSTS } from '../../lib/adapters/registry';
import { CHROME_DIR, FIREFOX_DIR, ROOT } from './bundle-files';

// The permissions Heartline asks for at install. Adding one must be a deliberate change here.
const CHROME_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'];
const FIREFOX_PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('Chrome manifest', () => {
  const m = manifest(CHROME_DIR);
  test('is MV3 with the side panel and exactly the allowed permissions', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
    expect([...m.permissions].sort()).toEqual(CHROME_PERMISSIONS);
  });
  test('host access at install is only the known helpdesks, webmail and localhost', () => {
    expect([...m.host_permissions].sort()).toEqual([...KNOWN_HOSTS].sort());
    expect(m.host_permissions).not.toContain('<all_urls>');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
  test('every site an adapter serves is in the manifest, so none has to be enabled by hand', () => {
    for (const a of ADAPTERS) for (const site of a.sites) expect(m.host_permissions, a.id).toContain(site);
  });
  test('the content script runs on the known hosts, including any localhost port', () => {
    const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
    expect(matches).not.toContain('<all_urls>');
  });
  test('extension pages have a strict CSP with no remote code and no connections', () => {
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
  });
  test('no externally_connectable: web pages cannot message the extension', () => {
    expect(m.externally_connectable).toBeUndefined();
  });
  test('has a keyboard command and real icons', () => {
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+H');
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});

// Every top-level key Chrome's Manifest V3 reference documents; anything else is a typo or a key from
// another browser, which the Chrome Web Store warns about.
const CHROME_MV3_KEYS = new Set([
  'action',
  'author',
  'background',
  'chrome_settings_overrides',
  'chrome_url_overrides',
  'commands',
  'content_scripts',
  'content_security_policy',
  'cross_origin_embedder_policy',
  'cross_origin_opener_policy',
  'declarative_net_request',
  'default_locale',
  'description',
  'devtools_page',
  'export',
  'externally_connectable',
  'file_browser_handlers',
  'file_system_provider_capabilities',
  'homepage_url',
  'host_permissions',
  'icons',
  'import',
  'incognito',
  'input_components',
  'key',
  'manifest_version',
  'minimum_chrome_version',
  'name',
  'oauth2',
  'offline_enabled',
  'omnibox',
  'optional_host_permissions',
  'optional_permissions',
  'options_page',
  'options_ui',
  'permissions',
  'requirements',
  'sandbox',
  'short_name',
  'side_panel',
  'storage',
  'trial_tokens',
  'tts_engine',
  'update_url',
  'version',
  'version_name',
  'web_accessible_resources',
]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const message = (locale: string, key: string): string =>
  JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'))[key].message;

describe('Chrome Web Store and Edge Add-ons requirements', () => {
  const m = manifest(CHROME_DIR);
  test('no key Chrome does not know', () => {
    expect(Object.keys(m).filter((k) => !CHROME_MV3_KEYS.has(k))).toEqual([]);
  });
  test('states the oldest Chrome it needs (sidePanel.open arrived in 116)', () => {
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
  });
  test('every icon exists at its declared size, including the 128 px store icon', () => {
    expect(Object.keys(m.icons)).toContain('128');
    for (const [size, path] of Object.entries(m.icons as Record<string, string>)) {
      const file = join(CHROME_DIR, path);
      expect(existsSync(file), path).toBe(true);
      expect(pngSize(file)).toEqual([Number(size), Number(size)]);
    }
  });
  test.each(['en', 'zh_CN', 'zh_TW'])('%s name and description fit the store limits', (locale) => {
    expect(m.name).toBe('__MSG_extName__');
    expect(message(locale, 'extName').length).toBeLessThanOrEqual(45);
    expect(message(locale, 'extDescription').length).toBeLessThanOrEqual(132);
  });
});

/** Permissions named in the first column of the tables of a store document. */
function justified(file: string): Set<string> {
  const rows = readFileSync(join(ROOT, 'docs', 'store', file), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| `'));
  return new Set(rows.flatMap((l) => [...(l.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((x) => x[1] as string)));
}

describe('every permission is justified', () => {
  const chrome = manifest(CHROME_DIR);
  const firefox = manifest(FIREFOX_DIR);
  const asked = new Set<string>([
    ...chrome.permissions,
    ...chrome.host_permissions,
    ...chrome.optional_host_permissions,
    ...firefox.permissions,
    ...firefox.optional_permissions,
  ]);
  test.each(['permissions.md', 'listing.en.md', 'listing.zh-Hans.md', 'listing.zh-Hant.md'])('in %s', (file) => {
    const rows = justified(file);
    expect([...asked].filter((p) => !rows.has(p))).toEqual([]);
    expect([...rows].filter((p) => !asked.has(p))).toEqual([]);
  });
});

describe('Firefox manifest', () => {
  const m = manifest(FIREFOX_DIR);
  test('is MV2 with a sidebar and the allowed API permissions', () => {
    expect(m.manifest_version).toBe(2);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    const api = m.permissions.filter((p: string) => !p.includes('://'));
    expect(api.sort()).toEqual(FIREFOX_PERMISSIONS);
    const hosts = m.permissions.filter((p: string) => p.includes('://'));
    expect(hosts.sort()).toEqual([...KNOWN_HOSTS].sort());
  });
  test('other sites are optional, one origin at a time', () => {
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
  });
  test('has a gecko id, declares that it collects no data, and a strict CSP', () => {
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(String(m.content_security_policy)).toContain("connect-src 'none'");
  });
});
