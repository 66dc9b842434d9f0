// `npm run demo:screenshot`: headless screenshots of every demo page with the panel beside it,
// and of the panel alone on every demo conversation in each UI language. Needs a built extension
// (npm start builds it; or run npm run build first) and Debian's Chromium.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  composeSideBySide,
  type Harness,
  launch,
  openPanel,
  ROOT,
  setUiLanguage,
  tabIdOf,
} from './lib/extension-browser';

interface DemoManifest {
  pageTypes: string[];
  conversations: Array<{ id: string; language: string }>;
}

const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? (process.argv[outArg + 1] as string) : join(ROOT, 'docs', 'screenshots');
const UI_LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;
const manifest = JSON.parse(readFileSync(join(ROOT, 'demo', 'manifest.json'), 'utf8')) as DemoManifest;

if (!existsSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'))) {
  console.error('Build the extension first: npm run build');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

async function shoot(h: Harness, pagePath: string, file: string, sideBySide: boolean): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`${h.demo.url}${pagePath}`);
  const panel = await openPanel(h, await tabIdOf(h, page), { width: 400, height: 1000 });
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
  await panel.waitForTimeout(300);
  if (sideBySide) await composeSideBySide(h, page, panel, file);
  else await panel.screenshot({ path: file, fullPage: true });
  await panel.close();
  await page.close();
  console.log(`  ${file.replace(`${ROOT}/`, '')}`);
}

const h = await launch();
try {
  console.log(`Writing screenshots to ${OUT}`);
  await setUiLanguage(h, 'en');
  const first = manifest.conversations[0]?.id ?? '';
  for (const type of manifest.pageTypes) {
    await shoot(h, `/${type}.html?c=${first}`, join(OUT, `demo-${type}.png`), true);
  }
  for (const lang of UI_LANGS) {
    await setUiLanguage(h, lang);
    for (const c of manifest.conversations) {
      await shoot(h, `/helpdesk.html?c=${c.id}`, join(OUT, `panel-${c.id}.${lang}.png`), false);
    }
  }
} finally {
  await setUiLanguage(h, 'auto').catch(() => {});
  await h.close();
}
