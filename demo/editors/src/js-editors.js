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

function DraftBox({ onState }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const onChange = (next) => {
    onState(next);
    setState(next);
  };
  return h(Editor, { editorState: state, onChange, placeholder: 'Write a reply' });
}

export function mountDraft(host) {
  let latest = EditorState.createEmpty();
  createRoot(host).render(
    h(DraftBox, {
      onState: (next) => {
        latest = next;
      },
    }),
  );
  return { getText: () => latest.getCurrentContent().getPlainText('\n') };
}

function SlateBox({ editor }) {
  const value = useMemo(() => [{ type: 'paragraph', children: [{ text: '' }] }], []);
  return h(Slate, { editor, initialValue: value }, h(Editable, { placeholder: 'Write a reply' }));
}

export function mountSlate(host) {
  const editor = withHistory(withReact(createEditor()));
  createRoot(host).render(h(SlateBox, { editor }));
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
