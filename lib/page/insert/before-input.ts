// Lexical and Slate handle beforeinput themselves; it is their way in when a paste event is not claimed.
import { eventTarget } from './paste';

/** A paste-shaped beforeinput first, then typing-shaped lines. */
export function beforeInputInsert(root: Element, text: string): boolean {
  const win = root.ownerDocument.defaultView;
  if (!win?.InputEvent) return false;
  const target = eventTarget(root);
  const fire = (init: InputEventInit): boolean => {
    const event = new win.InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, ...init });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  if (win.DataTransfer) {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    if (fire({ inputType: 'insertFromPaste', dataTransfer: data })) return true;
  }
  let claimed = false;
  text.split('\n').forEach((line, i) => {
    if (i > 0) claimed = fire({ inputType: 'insertParagraph' }) || claimed;
    if (line) claimed = fire({ inputType: 'insertText', data: line }) || claimed;
  });
  return claimed;
}
