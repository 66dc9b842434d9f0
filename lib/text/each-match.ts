/**
 * What `for (const m of text.matchAll(re))` visits, read with the global regex itself. matchAll builds a copy of
 * the regex for every call: on the engine's long alternations that copy cost more than the match (10–15 µs against
 * under 1 µs on a short message), and once V8's compilation cache has let go of the source after a garbage
 * collection the copy is compiled again. The copy starts at the regex's lastIndex and leaves the regex's own
 * lastIndex alone; so does this. `each` returns true to stop early (a `break`); it must not use `re` itself.
 */
export function eachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => unknown): void {
  const from = re.lastIndex;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // An empty match steps one character on (one code point with the u or v flag), as matchAll does.
      if (m[0].length === 0) re.lastIndex = stepOn(text, re.lastIndex, /[uv]/.test(re.flags));
      if (each(m) === true) break;
    }
  } finally {
    re.lastIndex = from;
  }
}

function stepOn(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
