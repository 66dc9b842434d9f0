import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { preactWithoutInnerHtml } from './scripts/vite/preact-without-inner-html';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Mozilla's review rebuilds the add-on from this zip (SOURCE_README.md): everything the build
  // reads, nothing it does not (tests, demo pages, screenshots, evaluation scripts).
  zip: {
    excludeSources: ['docs/**', 'tests/**', 'demo/**', 'scripts/**', 'seeds/**', '*.config.ts', '.ci/**'],
    includeSources: ['scripts/vite/**', 'wxt.config.ts'],
  },
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    // WXT's content-script context tells the page our id and lets the page stop us; ours does neither
    // (lib/page/script-context.ts says how). tests/build/handshake.test.ts checks the swap took.
    resolve: {
      alias: {
        'wxt/utils/content-script-context': fileURLToPath(new URL('./lib/page/script-context.ts', import.meta.url)),
      },
    },
    // Vite's modulepreload polyfill fetch()es chunks; extension pages load from disk and need none.
    // Terser squeezes ~5% more than esbuild, which matters for the content script's 20 KB budget.
    build: { modulePreload: { polyfill: false }, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  hooks: {
    // The background is an ES module (entrypoints/background.ts says why). WXT drops `type: 'module'` from an
    // MV2 background, but Firefox (112 and later) runs MV2 background scripts as modules too: kept, the worker
    // is built with the panel and shares its analysis chunk in the Firefox build as well.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const entry of entrypoints) if (entry.type === 'background') entry.options.type = 'module';
    },
    // Host access at install is exactly where the content script runs by itself, and that list is built
    // from the `sites` of the adapters and hinted apps (KNOWN_HOSTS in lib/adapters/registry.ts): no host
    // Heartline reads can be missing from the manifest. For MV2, WXT moves host_permissions into permissions after this hook.
    'build:manifestGenerated': (_wxt, manifest) => {
      const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...matches])];
      // WXT writes the background's `type` only into an MV3 manifest; without it Firefox loads the MV2
      // background.js as a classic script, which stops at its first `import`.
      if (manifest.background && 'scripts' in manifest.background) {
        Object.assign(manifest.background, { type: 'module' });
      }
    },
  },
  manifest: ({ browser, command }) => ({
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
    // Nothing loads unless named here: default-src 'none' closes every kind of resource not listed, img-src
    // allows only the packaged icons. Vite's dev server injects CSS as <style> tags, so only `wxt dev` gets
    // inline styles.
    content_security_policy: {
      extension_pages: [
        "default-src 'none'",
        "script-src 'self'",
        `style-src 'self'${command === 'serve' ? " 'unsafe-inline'" : ''}`,
        "img-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "connect-src 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heartline@heartline.app',
              // 140: the first ESR with the CSS Custom Highlight API ("Show in page") and
              // data_collection_permissions, Firefox's built-in consent: Heartline collects nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Not offered for Android (no sidebar there); stated so the consent key is understood.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 116: sidePanel.open(), which the toolbar button and the context menu call.
        { minimum_chrome_version: '116' }),
  }),
});
