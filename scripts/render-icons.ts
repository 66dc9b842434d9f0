// Renders scripts/assets/icon.svg to the PNG sizes the manifests use, with Debian's Chromium.
// Run by hand when the logo changes: npx tsx scripts/render-icons.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'scripts/assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({
    path: join(root, 'public/icon', `${size}.png`),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}
await browser.close();
console.log('icons written to public/icon/');
