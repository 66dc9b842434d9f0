import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Hosts where the content script runs without asking: the helpdesks and webmail Heartline has
// adapters for, plus localhost for the demo inbox and self-hosted clients under test.
// Everything else is opt-in per origin (optional_host_permissions + scripting.registerContentScripts).
export const KNOWN_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://app.intercom.com/*',
  'https://secure.helpscout.net/*',
  'https://app.frontapp.com/*',
  'https://app.hubspot.com/*',
  'https://desk.zoho.com/*',
  'https://desk.zoho.eu/*',
  'https://my.livechatinc.com/*',
  'https://app.crisp.chat/*',
  'https://web.whatsapp.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: KNOWN_HOSTS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
