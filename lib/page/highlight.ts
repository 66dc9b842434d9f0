// "Show in page" for an evidence phrase, with the CSS Custom Highlight API: the host page's DOM is
// never changed (the ::highlight style ships as the content script's manifest stylesheet).

export const HIGHLIGHT_NAME = 'heartline-evidence';
const MAX_SCAN = 500_000;

/** Finds `needle` (case-insensitive) across text nodes under `root`; returns a Range or null. */
export function findTextRange(root: Node, needle: string): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const query = needle.trim().toLowerCase();
  if (!query) return null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n && text.length < MAX_SCAN; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = text.toLowerCase().lastIndexOf(query);
  if (at < 0) return null;
  const locate = (offset: number, isEnd: boolean) => {
    let i = 0;
    while (i + 1 < nodes.length && (starts[i + 1] as number) < offset + (isEnd ? 0 : 1)) i++;
    return { node: nodes[i] as Text, offset: offset - (starts[i] as number) };
  };
  const start = locate(at, false);
  const end = locate(at + query.length, true);
  const range = doc.createRange();
  range.setStart(start.node, Math.min(start.offset, start.node.length));
  range.setEnd(end.node, Math.min(end.offset, end.node.length));
  return range;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/** Highlights the phrase and scrolls to it; false when the browser lacks the API or the text is gone. */
export function highlightText(doc: Document, root: Node, needle: string): boolean {
  const win = doc.defaultView as (Window & { Highlight?: new (...r: Range[]) => unknown }) | null;
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } } | null)?.CSS?.highlights;
  if (!win?.Highlight || !registry) return false;
  registry.delete(HIGHLIGHT_NAME);
  if (!needle.trim()) return true;
  const range = findTextRange(root, needle);
  if (!range) return false;
  registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
