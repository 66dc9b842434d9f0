// Loads a captured page into its own happy-dom window, at the URL the fixture says it came from, with
// scripts and network off: fixtures are data, never run.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import type { ReadOptions } from '@/lib/adapters/types';

export interface LoadedFixture {
  doc: Document;
  url: URL;
  options: ReadOptions;
  close: () => Promise<void>;
}

export function parseFixtureMeta(html: string): { url: URL; options: ReadOptions } {
  const url = /<!--\s*fixture-url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error('fixture has no <!-- fixture-url: … --> comment');
  const opts = /<!--\s*fixture-options:\s*(\{.*?\})\s*-->/.exec(html)?.[1];
  return { url: new URL(url), options: opts ? (JSON.parse(opts) as ReadOptions) : {} };
}

export function loadHtml(html: string, url: string): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

export function loadFixture(path: string): LoadedFixture {
  const html = readFileSync(path, 'utf8');
  const { url, options } = parseFixtureMeta(html);
  const { doc, close } = loadHtml(html, url.href);
  return { doc, url, options, close };
}
