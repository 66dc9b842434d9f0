// Splitting a Chinese draft into sentences and clauses, keeping offsets into the draft as typed.

/** A clause: text between clause punctuation, with its offsets into the draft. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The mark that closed it, or '' at the end of the draft. */
  mark: string;
  clauses: Clause[];
}

const SENTENCE_MARK = /[。！？!?；;\n]/;
const CLAUSE_MARK = /[，,：:—…]/;
const SPACE = /\s/;

function trimmed(draft: string, start: number, end: number): Clause | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(draft[s]!)) s++;
  while (e > s && SPACE.test(draft[e - 1]!)) e--;
  return e > s ? { start: s, end: e, text: draft.slice(s, e) } : null;
}

/** Sentences and their clauses, in one pass over the draft. */
export function readSentences(draft: string): Sentence[] {
  const sentences: Sentence[] = [];
  let clauses: Clause[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const close = (at: number, mark: string) => {
    const c = trimmed(draft, clauseStart, at);
    if (c) clauses.push(c);
    const s = trimmed(draft, sentenceStart, at);
    if (s && clauses.length) sentences.push({ ...s, mark, clauses });
    clauses = [];
    sentenceStart = at + 1;
    clauseStart = at + 1;
  };
  for (let i = 0; i < draft.length; i++) {
    const ch = draft[i]!;
    if (SENTENCE_MARK.test(ch)) close(i, ch);
    else if (CLAUSE_MARK.test(ch)) {
      const c = trimmed(draft, clauseStart, i);
      if (c) clauses.push(c);
      clauseStart = i + 1;
    }
  }
  close(draft.length, '');
  return sentences;
}

/** An alternation, longest first so the regex engine prefers the fuller word. */
export function alt(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;
}
