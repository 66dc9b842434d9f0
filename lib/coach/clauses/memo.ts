/**
 * Remembers the last call: every reader of a language asks for the same draft's split, once per reader, and
 * the panel asks again on each typing pause.
 */
export function lastCall<T>(fn: (draft: string) => T): (draft: string) => T {
  let lastDraft: string | undefined;
  let last: T;
  return (draft) => {
    if (draft !== lastDraft) {
      last = fn(draft);
      lastDraft = draft;
    }
    return last;
  };
}
