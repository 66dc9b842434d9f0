// Plain JS on purpose: the project has Preact's types, not React's, and @lexical/* pin lexical 0.52 while the
// top-level lexical is 0.53, so their types disagree. The build aliases every lexical import to one copy.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { Editor, EditorState } from 'draft-js';
import { $getRoot, createEditor as createLexical } from 'lexical';
import { createElement as h, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

export function mountDraft(host) {
  let latest = EditorState.createEmpty();
  function DraftBox() {
    const [state, setState] = useState(latest);
    const onChange = (next) => {
      latest = next;
      setState(next);
    };
    return h(Editor, { editorState: state, onChange, placeholder: 'Write a reply' });
  }
  createRoot(host).render(h(DraftBox));
  return { getText: () => latest.getCurrentContent().getPlainText('\n') };
}

export function mountSlate(host) {
  const editor = withHistory(withReact(createEditor()));
  const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }];
  function SlateBox() {
    const value = useMemo(() => initialValue, []);
    return h(Slate, { editor, initialValue: value }, h(Editable, { placeholder: 'Write a reply' }));
  }
  createRoot(host).render(h(SlateBox));
  return { getText: () => editor.children.map((n) => Node.string(n)).join('\n') };
}

export function mountLexical(host, rich) {
  const editor = createLexical({
    namespace: host.id,
    nodes: rich ? [HeadingNode, QuoteNode] : [],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(host);
  if (rich) registerRichText(editor);
  else registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return { getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()) };
}
