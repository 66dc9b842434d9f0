import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, KNOWN_HOSTS } from '../../lib/adapters/registry';
import { CHROME_DIR, FIREFOX_DIR } from './bundle-files';

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
  test('has a gecko id and a strict CSP', () => {
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(String(m.content_security_policy)).toContain("connect-src 'none'");
  });
});
