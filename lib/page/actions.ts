import type { InsertResult } from './insert';

// Inserting a reply and highlighting evidence happen only when the agent clicks, so their code is
// injected on demand (entrypoints/page-actions.ts) instead of riding along in every page's content
// script. Both scripts share the extension's isolated world, and meet through this one global.

export interface PageActions {
  insertText(
    target: Element,
    text: string,
    opts?: { placeholders?: Array<{ start: number; end: number }> },
  ): Promise<InsertResult>;
  highlightText(doc: Document, root: Node, needle: string): boolean;
}

const KEY = '__heartlineActions';

export function pageActions(): PageActions | undefined {
  return (globalThis as { [KEY]?: PageActions })[KEY];
}

export function providePageActions(actions: PageActions): void {
  (globalThis as { [KEY]?: PageActions })[KEY] ??= actions;
}
