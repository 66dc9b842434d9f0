// `npm run store:screenshots`: the 1280×800 screenshots the Chrome Web Store, Edge Add-ons and
// Firefox Add-ons listings use, in English, 简体中文 and 繁體中文, into docs/store/screenshots/.
// The demo page and the panel side by side, as an agent sees them. Needs `npm run build` and
// Debian's Chromium. Never run by `npm test`: it rewrites tracked files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Harness, launch, openPanel, ROOT, setUiLanguage, tabIdOf } from './lib/extension-browser';

const OUT = join(ROOT, 'docs', 'store', 'screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const PANEL_WIDTH = 400;

interface Shot {
  lang: 'en' | 'zh-Hans' | 'zh-Hant';
  conversation: string;
  /** A reply draft typed before the shot, for the coach. */
  draft: string;
}
const SHOTS: Shot[] = [
  { lang: 'en', conversation: 'en-cancel-repeat', draft: "As I said, it's not our fault. Calm down." },
  { lang: 'zh-Hans', conversation: 'zh-hans-12315', draft: '我已经说过了，这不是我们的问题，你冷静一点。' },
  { lang: 'zh-Hant', conversation: 'zh-hant-complaint', draft: '我已經說過了，這不是我們的問題，你冷靜一點。' },
];

if (!existsSync(join(ROOT, '.output', 'chrome-mv3', 'manifest.json'))) {
  console.error('Build the extension first: npm run build');
  process.exit(1);
}
// Without a CJK font the Chinese listings' screenshots show empty boxes instead of text.
const cjkFonts = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
if (!cjkFonts) {
  console.error('No Chinese font found (fc-list :lang=zh). Install one: apt-get install -y fonts-noto-cjk');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

async function compose(h: Harness, page: Page, panel: Page, file: string): Promise<void> {
  const pageWidth = WIDTH - PANEL_WIDTH - 1;
  await page.setViewportSize({ width: pageWidth, height: HEIGHT });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: HEIGHT });
  await panel.waitForTimeout(300);
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const canvas = await h.context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}">`;
  await canvas.setContent(
    `<style>body{margin:0;display:flex;background:#888}img{display:block}img+img{border-left:1px solid #555}</style>${img(left)}${img(right)}`,
  );
  await canvas.screenshot({ path: file });
  await canvas.close();
  console.log(`  ${file.replace(`${ROOT}/`, '')}`);
}

async function open(h: Harness, path: string): Promise<{ page: Page; panel: Page }> {
  const page = await h.context.newPage();
  await page.goto(`${h.demo.url}${path}`);
  const panel = await openPanel(h, await tabIdOf(h, page), { width: PANEL_WIDTH, height: HEIGHT });
  await panel.getByTestId('emotion-primary').waitFor({ timeout: 20_000 });
  return { page, panel };
}

const h = await launch();
try {
  console.log(`Writing store screenshots to ${OUT}`);
  for (const shot of SHOTS) {
    await setUiLanguage(h, shot.lang);
    {
      const { page, panel } = await open(h, `/helpdesk.html?c=${shot.conversation}`);
      await compose(h, page, panel, join(OUT, `1-helpdesk.${shot.lang}.png`));
      await page.close();
      await panel.close();
    }
    {
      const { page, panel } = await open(h, `/mail.html?c=${shot.conversation}`);
      await page.locator('#editor').click();
      await panel.getByTestId('insert-suggestion').first().click();
      await page.waitForTimeout(300);
      await compose(h, page, panel, join(OUT, `2-mail.${shot.lang}.png`));
      await page.close();
      await panel.close();
    }
    {
      const { page, panel } = await open(h, `/helpdesk.html?c=${shot.conversation}`);
      await page.locator('textarea#reply').fill(shot.draft);
      await panel.getByTestId('draft-coach').waitFor({ timeout: 10_000 });
      await panel.getByTestId('draft-coach').scrollIntoViewIfNeeded();
      await compose(h, page, panel, join(OUT, `3-coach.${shot.lang}.png`));
      await page.close();
      await panel.close();
    }
  }
} finally {
  await setUiLanguage(h, 'auto').catch(() => {});
  await h.close();
}
