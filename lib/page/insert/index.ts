import { placeInEditor, placeInField } from './above-quote';
import { beforeInputInsert } from './before-input';
import { caretOffset, keepCaret, restoreCaret, selectChars } from './caret';
import { detectEditor, type EditorKind, editableRoot } from './editable';
import { domInsert, execInsert, execLines } from './exec-command';
import { pasteInsert } from './paste';
import { flatText, isTextField, plainText, squash } from './text';
import { execInsertField, prepareField, setRangeTextField } from './textarea';

export type InsertResult = { ok: true; strategy: string } | { ok: false; reason: string };
export interface Placeholder {
  start: number;
  end: number;
}
export type { EditorKind } from './editable';
export { detectEditor, editableRoot } from './editable';

type Field = HTMLTextAreaElement | HTMLInputElement;
export type Way = 'execCommand' | 'execLines' | 'setRangeText' | 'paste' | 'beforeinput' | 'dom';

/** Ways to insert, in order, per editor. Rich editors are never edited behind their model's back ('dom'). */
export const WAYS: Record<EditorKind, Way[]> = {
  textarea: ['execCommand', 'setRangeText'],
  contenteditable: ['execCommand', 'beforeinput', 'dom'],
  prosemirror: ['paste', 'execCommand'],
  draft: ['paste'],
  lexical: ['paste', 'execLines'],
  slate: ['paste', 'beforeinput'],
  quill: ['paste', 'execCommand'],
  ckeditor: ['paste', 'beforeinput'],
  tinymce: ['paste', 'execCommand'],
};

const RUN: Record<Way, (root: Element, text: string) => boolean | Promise<boolean>> = {
  execCommand: (root, text) => (isTextField(root) ? execInsertField(root, text) : execInsert(root, text)),
  execLines,
  setRangeText: (root, text) => setRangeTextField(root as Field, text),
  paste: pasteInsert,
  beforeinput: beforeInputInsert,
  dom: domInsert,
};

// React- and scheduler-based editors (Draft.js, Slate, Lexical) render a claimed edit a little later.
const CLAIMED_WAIT_MS = 400;
const UNCLAIMED_WAIT_MS = 40;

const readText = (root: Element): string => (isTextField(root) ? root.value : plainText(root));

/**
 * Resolves with the root's text once `accept` holds, or when the editor stops: nothing changed within the short
 * wait, or changes stopped being accepted by the long one. TinyMCE pastes through a temporary "paste bin", so
 * intermediate states are not final. Event-driven, no polling.
 */
function outcome(root: Element, claimed: boolean, accept: (text: string) => boolean): Promise<string> {
  const read = (): string => squash(readText(root));
  if (accept(read()) || isTextField(root)) return Promise.resolve(read());
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const finish = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(read());
    };
    const observer = new MutationObserver(() => {
      if (accept(read())) finish();
      else if (!claimed) {
        claimed = true;
        clearTimeout(timer);
        timer = setTimeout(finish, CLAIMED_WAIT_MS);
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(finish, claimed ? CLAIMED_WAIT_MS : UNCLAIMED_WAIT_MS);
  });
}

const settle = (root: Element): Promise<void> =>
  new Promise((resolve) => (root.ownerDocument.defaultView ?? globalThis).setTimeout(resolve, 30));

/**
 * Insert `text` at the caret of `target`'s editor, through the editor's own input path so its model, undo
 * stack and change events see it. The existing draft is kept (a selection is not replaced). With placeholders
 * (offsets into `text`), the first one is selected afterwards so typing replaces it. `ways` overrides the
 * editor's usual order, for a site known to hijack one of them.
 */
export async function insertText(
  target: Element,
  text: string,
  opts: { placeholders?: Placeholder[]; ways?: Way[] } = {},
): Promise<InsertResult> {
  const root = editableRoot(target);
  if (!root?.isConnected) return { ok: false, reason: 'no editable reply box' };
  if (!text) return { ok: false, reason: 'nothing to insert' };
  const kind = detectEditor(root);
  const field = isTextField(root) ? root : null;
  let start = field ? prepareField(field) : 0;
  let shift = 0;
  if (field) {
    // A reply that quotes the original: the agent's words go above the quote, in their own paragraph.
    const placed = placeInField(field, start, text);
    if (placed.text !== text) {
      text = placed.text;
      shift = placed.shift;
      start = field.selectionStart ?? start;
    }
  } else {
    let point = restoreCaret(root as HTMLElement);
    const placed = placeInEditor(root, text);
    if (placed) {
      text = placed.text;
      shift = placed.shift;
      point = placed.point;
      keepCaret(root, point);
    }
    // Editors copy the DOM selection into their model on selectionchange; some first push their own back.
    for (let i = 0; i < 3; i++) {
      await settle(root);
      if (keepCaret(root, point)) break;
    }
  }
  const placeholders = opts.placeholders?.map((p) => ({ start: p.start + shift, end: p.end + shift }));
  const before = squash(readText(root));
  const startChars = field ? start : (caretOffset(root) ?? 0);
  const expected = squash(field ? field.value.slice(0, start) + text + field.value.slice(start) : '');
  const accept = (after: string): boolean =>
    field ? after === expected : after !== before && after.replace(squash(text), '') === before;
  for (const way of opts.ways ?? WAYS[kind]) {
    const after = await outcome(root, await RUN[way](root, text), accept);
    if (after === before) continue;
    if (!accept(after))
      return { ok: false, reason: `${kind} editor changed the draft unexpectedly (${way}); check it` };
    const first = placeholders?.[0];
    if (first) selectPlaceholder(root, text, first, startChars);
    return { ok: true, strategy: `${kind}:${way}` };
  }
  return { ok: false, reason: `${kind} editor did not accept the text` };
}

function selectPlaceholder(root: Element, text: string, ph: Placeholder, startChars: number): void {
  if (isTextField(root)) {
    root.setSelectionRange(startChars + ph.start, startChars + ph.end);
    return;
  }
  // Offsets in the DOM skip line breaks, which editors turn into blocks.
  const flat = (s: string): number => s.replace(/\n/g, '').length;
  const wanted = text.slice(ph.start, ph.end).replace(/\n/g, '');
  const guess = startChars + flat(text.slice(0, ph.start));
  const haystack = flatText(root).replace(/\u00a0/g, ' ');
  let at =
    haystack.slice(guess, guess + wanted.length) === wanted ? guess : haystack.indexOf(wanted, Math.max(0, guess - 8));
  if (at < 0) at = haystack.lastIndexOf(wanted);
  if (at >= 0) selectChars(root, at, at + wanted.length);
}
