// A reply box that opens with the customer's message quoted ("On … wrote:", a blockquote) takes the agent's
// words above the quote: when the caret is in or after the quote (or was never placed, and editors put it at
// the top of the quote), it moves to the end of the agent's part, and the text gets its own paragraph,
// never glued to the quote's first line.

import { quoteStart } from '@/lib/text/quote-markers';
import { QUOTE_SELECTOR, quoteBoundary } from '../reply-quote';
import { selectionOf } from './caret';
import { isTextField, offsetOf, pointAt } from './text';

type Field = HTMLTextAreaElement | HTMLInputElement;

export interface Placement {
  /** The text to insert, with the line breaks that keep it in its own paragraph. */
  text: string;
  /** How far the caller's offsets into the text moved (placeholders). */
  shift: number;
}

/** For a text field whose caret is at `start`: moves the caret above a quoted original when needed. */
export function placeInField(field: Field, start: number, text: string): Placement {
  const value = field.value;
  const q = isTextField(field) && field.tagName === 'TEXTAREA' ? quoteStart(value) : -1;
  if (q < 0 || start < q) return { text, shift: 0 };
  const own = value.slice(0, q).replace(/\s+$/, '');
  const at = own.length;
  field.setSelectionRange(at, at);
  const gapAfter = /\n\s*\n\s*$/.test(value.slice(at, q)) || /^\n\s*\n/.test(value.slice(at, q));
  if (own) return { text: `\n\n${text.replace(/\s+$/, '')}`, shift: 2 };
  return { text: `${text.replace(/\s+$/, '')}${gapAfter ? '' : '\n\n'}`, shift: 0 };
}

/**
 * For a rich editor, after its caret was restored: when the caret sits in or after the quote, it moves to the
 * end of the agent's part (or the very top, when the agent has written nothing yet). Returns the point used.
 */
export function placeInEditor(root: Element, text: string): (Placement & { point: [Node, number] }) | null {
  const boundary = quoteBoundary(root);
  if (!boundary) return null;
  const sel = selectionOf(root);
  const focus = sel?.focusNode;
  const inQuote =
    !focus ||
    !root.contains(focus) ||
    boundary.contains(focus) ||
    !!(boundary.compareDocumentPosition(focus) & 4) /* FOLLOWING */;
  if (!inQuote) return null;
  const before = offsetOf(root, boundary, 0);
  const trimmed = text.replace(/^\s+|\s+$/g, '');
  // Mail clients leave an empty line above the quote for the reply (Gmail, Outlook, Thunderbird): use it.
  const prev = boundary.previousElementSibling;
  if (prev && !(prev.textContent ?? '').trim() && !prev.querySelector('img')) {
    return { text: trimmed, shift: 0, point: [prev, 0] };
  }
  // Agent text above: a new paragraph after it.
  const end = before > 0 ? pointAt(root, before) : null;
  if (end && !boundary.contains(end[0])) return { text: `\n${trimmed}`, shift: 1, point: end };
  // Nothing written yet: the text first, then a break that pushes the quote down. A marker line's block is
  // split at its start; a quote element gets the text just before it.
  if (boundary.matches(QUOTE_SELECTOR) && boundary.parentNode) {
    const parent = boundary.parentNode;
    return {
      text: `${trimmed}\n`,
      shift: 0,
      point: [parent, Array.prototype.indexOf.call(parent.childNodes, boundary)],
    };
  }
  const start = pointAt(root, before);
  return start ? { text: `${trimmed}\n`, shift: 0, point: start } : null;
}
