// Merges UI strings into the three _locales catalogs so several people can add keys without
// hand-editing (and clobbering) the same JSON files. Usage:
//   npx tsx scripts/i18n-add.ts strings.json
// where strings.json is { "key": { "en": "…", "zh_CN": "…", "zh_TW": "…", "description"?: "…" } }.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Entry = { en: string; zh_CN: string; zh_TW: string; description?: string };
const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/i18n-add.ts strings.json');
  process.exit(2);
}
const input = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
const problems: string[] = [];
for (const [key, entry] of Object.entries(input)) {
  if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: keys may hold only letters, digits and _`);
  for (const loc of LOCALES) if (typeof entry[loc] !== 'string' || !entry[loc]) problems.push(`${key}.${loc}: missing`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
for (const loc of LOCALES) {
  const path = join(import.meta.dirname, '..', 'public', '_locales', loc, 'messages.json');
  const catalog = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string; description?: string }>;
  for (const [key, entry] of Object.entries(input)) {
    catalog[key] = { message: entry[loc], ...(entry.description ? { description: entry.description } : {}) };
  }
  const sorted = Object.fromEntries(
    Object.keys(catalog)
      .sort()
      .map((k) => [k, catalog[k]]),
  );
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
console.log(`merged ${Object.keys(input).length} keys into ${LOCALES.join(', ')}`);
