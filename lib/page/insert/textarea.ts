// <textarea> and <input type=text>. execCommand goes through the browser's editing pipeline, so the host sees
// a normal input event and Ctrl+Z undoes it; setRangeText is the fallback where execCommand is missing.

type Field = HTMLTextAreaElement | HTMLInputElement;

/** Focus the field and collapse its selection to the end, so a selected part of the draft is kept. */
export function prepareField(field: Field): number {
  const win = field.ownerDocument.defaultView;
  if (win && win !== win.top) win.focus();
  field.focus({ preventScroll: true });
  const end = field.selectionEnd ?? field.value.length;
  field.setSelectionRange(end, end);
  return end;
}

export function fieldText(field: Field, text: string): string {
  return field.tagName === 'INPUT' ? text.replace(/\s*\n\s*/g, ' ') : text;
}

export function execInsertField(field: Field, text: string): boolean {
  const doc = field.ownerDocument;
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, fieldText(field, text));
}

export function setRangeTextField(field: Field, text: string): boolean {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const insert = fieldText(field, text);
  field.setRangeText(insert, start, end);
  field.setSelectionRange(start + insert.length, start + insert.length);
  const win = field.ownerDocument.defaultView;
  const init = { bubbles: true, inputType: 'insertText', data: text };
  field.dispatchEvent(win?.InputEvent ? new win.InputEvent('input', init) : new Event('input', { bubbles: true }));
  return true;
}
