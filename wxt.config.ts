import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill fetch()es chunks; extension pages load from disk and need none.
    // Terser squeezes ~5% more than esbuild, which matters for the content script's 20 KB budget.
    build: { modulePreload: { polyfill: false }, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  hooks: {
    // Host access at install is exactly where the content script runs by itself, and that list is built
    // from the site adapters' own `sites` (KNOWN_HOSTS in lib/adapters/registry.ts): no adapter host can
    // be missing from the manifest. For MV2, WXT moves host_permissions into permissions after this hook.
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...matches])];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Any other site is opt-in, one origin at a time ("Enable on this site"). MV2 (Firefox) spells it
    // optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpen__',
      },
    },
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'heartline@heartline.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
