// Hosts where the content script runs without asking: the helpdesks and webmail Heartline knows, read
// by an evidence-backed adapter (lib/adapters/registry.ts) or, where no evidence of their markup exists,
// by the generic reader (SITE_HINTS in lib/adapters/hints.ts), plus localhost for the demo inbox and
// self-hosted clients under test. A test checks every entry is one of these. Every other site is opt-in
// per origin (optional host permission + scripting.registerContentScripts).
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
] as const;

/** Match-pattern test for the simple patterns above (scheme://host/*, with an optional leading *.). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== `${m[1]}:`) return false;
  const host = m[3] as string;
  return m[2] ? u.hostname === host || u.hostname.endsWith(`.${host}`) : u.hostname === host;
}

export function isKnownHost(url: string): boolean {
  return KNOWN_HOSTS.some((p) => matchesPattern(p, url));
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}
