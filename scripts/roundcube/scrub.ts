// Removes what must not be committed from a captured Roundcube page: session/request tokens,
// scripts (they carry the env with the token and would re-run in tests), the local host name,
// and the mailbox user. Seeded customer addresses are already example.* domains.
export function scrubRoundcubeHtml(
  html: string,
  name: string,
  shape: string,
  url = 'http://mail.example.test/?_task=mail&_mbox=INBOX',
  date = '2026-11-22',
): string {
  let out = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/(name="_token"\s+value=")[^"]*"/gi, '$1SCRUBBED"')
    .replace(/([?&;]_token=)[A-Za-z0-9]+/g, '$1SCRUBBED')
    .replace(/(request_token["']?\s*[:=]\s*["'])[^"']+/g, '$1SCRUBBED')
    .replace(/roundcube_sessid=[A-Za-z0-9]+/g, 'roundcube_sessid=SCRUBBED')
    .replace(/(_uid=)\d+/g, '$11')
    .replace(/(_id=)[0-9a-f]{16,}/g, '$1SCRUBBED')
    .replace(/(name="_id"\s+value=")[^"]*"/gi, '$1SCRUBBED"')
    .replace(/127\.0\.0\.1:\d+/g, 'mail.example.test')
    .replace(/agent@localhost/g, 'agent@example.test');
  const note = `<!-- fixture-url: ${url} -->
<!-- Captured ${date} from a real Roundcube 1.6.5 (Debian 12 package, elastic skin) running on loopback,
     ${shape}, case ${name}; messages seeded by scripts/roundcube/seed.mbox; scrubbed by scripts/roundcube/scrub.ts
     (scripts, stylesheets links, request tokens, session ids, host and mailbox user replaced). -->\n`;
  out = out.replace(/^\s*<!DOCTYPE[^>]*>/i, (d) => `${d}\n${note}`);
  if (!out.includes('<!-- Captured')) out = note + out;
  return out;
}
