// Host match patterns: where the content script runs without asking. The list itself (KNOWN_HOSTS in
// lib/adapters/registry.ts) is built from the `sites` of the evidence-backed adapters and of the apps the
// generic reader covers (SITE_HINTS in lib/adapters/hints.ts), so no site Heartline reads is missing from
// the manifest; every other site is opt-in per origin (optional host permission +
// scripting.registerContentScripts).

/** The demo inbox and self-hosted clients under test, on any port. */
export const LOCAL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

/** Every adapter's or hinted app's sites, then localhost; each pattern once, in first-seen order. */
export function knownHosts(adapters: ReadonlyArray<{ sites: readonly string[] }>): string[] {
  return [...new Set([...adapters.flatMap((a) => a.sites), ...LOCAL_HOSTS])];
}

/** Match-pattern test for scheme://host/* patterns, with an optional leading *. on the host. */
export function matchesPattern(pattern: string, url: string | URL): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (u.protocol !== `${m[1]}:`) return false;
  const host = m[3] as string;
  return m[2] ? u.hostname === host || u.hostname.endsWith(`.${host}`) : u.hostname === host;
}

export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

/** Whether one of the given patterns (the manifest's content-script matches) covers the address. */
export function isKnownHost(url: string, patterns: readonly string[]): boolean {
  return matchesAny(patterns, url);
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}
