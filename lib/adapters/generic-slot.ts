// The generic reader is most of the page-reading code, and pages with a site adapter rarely need it, so it
// is not part of the content script: entrypoints/generic-reader.ts is injected into the tab when a page
// needs it (no adapter claims the URL, the adapter's hooks are gone, or the agent picked an area). Both
// scripts run in the extension's isolated world and meet through one global, like lib/page/actions.ts.
// Until it is there, the registry's `generic` reads nothing; tests and tools import the reader directly.
import type { Conversation } from '@/lib/types';
import type { ReadOptions, SiteAdapter } from './types';

export interface GenericReader {
  adapter: SiteAdapter;
  readWithin(el: Element, options: ReadOptions, source?: string): Conversation | null;
}

const KEY = '__heartlineGeneric';
type Slot = { [KEY]?: GenericReader };

export function genericReader(): GenericReader | undefined {
  return (globalThis as Slot)[KEY];
}

export function provideGenericReader(reader: GenericReader): void {
  (globalThis as Slot)[KEY] ??= reader;
}

/** Stands for the generic reader in the registry: delegates once it is loaded, reads nothing before. */
export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Any site',
  provenance: 'The generic reader (lib/adapters/generic.ts), loaded on demand; 2026-12-04',
  sites: [],
  matches: () => true,
  root: (doc) => genericReader()?.adapter.root(doc) ?? null,
  extract: (doc, options) => genericReader()?.adapter.extract(doc, options) ?? null,
};
