// Reads the text a person sees in a part of the page, the way `innerText` would, but without layout
// (happy-dom and detached documents have none) and walking into open shadow roots and same-origin
// iframes, which `innerText` does not. Page text is only ever read here, never written back as HTML.

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'OPTION',
  'INPUT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
  'IFRAME',
]);

/** Marks Heartline's own UI (picker host, badges) so no reader ever takes it for page content. */
export const OWN_UI_ATTR = 'data-heartline-ui';

export interface TextOptions {
  /** Stop after about this many characters. */
  maxChars?: number;
  /** Elements for which this returns true are left out with their subtree (quoted history, toolbars). */
  skip?: (el: Element) => boolean;
}

/** True for elements a reader should never take text from. */
export function isIgnorable(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(OWN_UI_ATTR)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

const parsedSrcdoc = new WeakMap<Element, { src: string; doc: Document }>();

/**
 * The document inside a same-origin frame, or null (cross-origin, not loaded). A `srcdoc` frame that has
 * not loaded yet is parsed inertly (DOMParser runs no scripts) so its text is still readable.
 */
export function frameDocument(frame: Element): Document | null {
  try {
    const d = (frame as HTMLIFrameElement).contentDocument;
    if (d?.body && d.body.childNodes.length > 0) return d;
  } catch {
    // Cross-origin frames throw on access in some browsers; they are simply not readable.
  }
  const src = frame.getAttribute('srcdoc');
  if (!src) return null;
  const cached = parsedSrcdoc.get(frame);
  if (cached && cached.src === src) return cached.doc;
  const Parser = frame.ownerDocument.defaultView?.DOMParser;
  if (!Parser) return null;
  const doc = new Parser().parseFromString(src, 'text/html');
  parsedSrcdoc.set(frame, { src, doc });
  return doc;
}

const EMOJI_ONLY =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f\u20e3#*0-9]|\p{Emoji_Modifier})+$/u;
const SHORTCODE = /^:[a-z0-9_+-]{1,30}:$/i;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * The text an emoji drawn as an image stands for: WhatsApp's `data-plain-text`, Gmail's `data-emoji`, else
 * an `alt` or `aria-label` that is itself emoji. Other images' alt text ("logo", "avatar") is not the message.
 */
export function imageText(el: Element): string {
  const explicit = el.getAttribute('data-plain-text') ?? el.getAttribute('data-emoji');
  if (explicit && explicit.length <= 32) return explicit;
  for (const name of ['alt', 'aria-label']) {
    const v = el.getAttribute(name)?.trim();
    if (v && v.length <= 32 && PICTOGRAPH.test(v) && EMOJI_ONLY.test(v)) return v;
  }
  // Forums and team chats draw emoji as images whose alt is the shortcode (":pray:", ":+1:").
  const alt = el.getAttribute('alt')?.trim();
  return alt && SHORTCODE.test(alt) ? alt : '';
}

function isPre(el: Element): boolean {
  if (el.tagName === 'PRE' || el.tagName === 'TEXTAREA') return true;
  const style = el.getAttribute('style');
  return !!style && /white-space\s*:\s*pre/i.test(style);
}

/** The visible text of `node`, normalised: one space between words, single blank lines between blocks. */
export function textOf(node: Node | null | undefined, options: TextOptions = {}): string {
  if (!node) return '';
  const max = options.maxChars ?? Number.POSITIVE_INFINITY;
  const parts: string[] = [];
  let length = 0;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  // Chat apps often keep line breaks as "\n" under `white-space: pre-wrap` set in a stylesheet. Layout is
  // asked only for text nodes with an inner line break, once per parent, so the cost stays bounded.
  const styleCache = new Map<Element, boolean>();
  const keepsBreaks = (parent: Element | null): boolean => {
    if (!parent) return false;
    const known = styleCache.get(parent);
    if (known !== undefined) return known;
    const view = parent.ownerDocument.defaultView;
    let keep = false;
    try {
      keep = /^(pre|pre-wrap|pre-line|break-spaces)$/.test(view?.getComputedStyle(parent).whiteSpace ?? '');
    } catch {
      keep = false;
    }
    styleCache.set(parent, keep);
    return keep;
  };

  const walk = (n: Node, pre: boolean): void => {
    if (length > max) return;
    if (n.nodeType === 3) {
      const all = n.nodeValue ?? '';
      if (!all) return;
      // One huge text node (a pasted log, a hostile page) is cut to what is still wanted before any work on it.
      const v = all.length > max - length + 1 ? all.slice(0, Math.max(0, max - length) + 1) : all;
      if (pre || (/\S[ \t]*(?:\r?\n[ \t]*)+\S/.test(v) && keepsBreaks(n.parentElement))) push(v);
      else push(v.replace(/[\t\n\r\f ]+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isIgnorable(el) || options.skip?.(el)) return;
      const tag = el.tagName;
      if (tag === 'BR') {
        push('\n');
        return;
      }
      if (tag === 'TEXTAREA') return;
      // Emoji drawn as images (WhatsApp, Gmail, Slack-like spans with role="img") are read as the emoji.
      if (tag === 'IMG' || (el.firstChild === null && el.getAttribute('role') === 'img')) {
        const e = imageText(el);
        if (e) push(e);
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      // Like innerText: a block boundary asks for one line break, a paragraph for a blank line, and
      // adjacent requests merge instead of adding up.
      const gap = tag === 'P' ? BREAK2 : BREAK1;
      if (block) push(gap);
      else if (tag === 'TD' || tag === 'TH') push(' ');
      if (tag === 'IFRAME' || tag === 'FRAME') {
        const d = frameDocument(el);
        if (d?.body) walk(d.body, false);
      } else if (tag === 'SLOT') {
        const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
        const kids = assigned.length > 0 ? assigned : Array.from(el.childNodes);
        for (const k of kids) walk(k, pre);
      } else {
        const shadow = (el as HTMLElement).shadowRoot;
        const innerPre = pre || isPre(el);
        if (shadow) walk(shadow, innerPre);
        else for (let c = el.firstChild; c; c = c.nextSibling) walk(c, innerPre);
      }
      if (block) push(gap);
      return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c, pre);
  };

  walk(node, false);
  return normalizeText(resolveBreaks(parts.join('')));
}

const BREAK1 = '\u0001';
const BREAK2 = '\u0002';

/** Turns runs of requested breaks (with the spaces between them) into one or two line breaks. */
function resolveBreaks(s: string): string {
  return s.replace(/[ \t]*[\u0001\u0002][\s\u0001\u0002]*/g, (run) => {
    const real = (run.match(/\n/g) ?? []).length;
    const wanted = run.includes(BREAK2) ? 2 : 1;
    return '\n'.repeat(Math.max(real, wanted));
  });
}

/** Collapses runs of spaces per line, trims lines and keeps at most one blank line in a row. */
export function normalizeText(raw: string): string {
  const out: string[] = [];
  let blank = false;
  for (const line of raw.replace(/\u00a0/g, ' ').split(/\r?\n/)) {
    const t = line.replace(/[ \t\f\v\u200b\u200e\u200f]+/g, ' ').trim();
    if (!t) {
      if (out.length > 0) blank = true;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(t);
  }
  return out.join('\n');
}
