// Import problems name a path such as `templates[3].step`, and V8's JSON.parse often names no position at all
// ("Unexpected token ','"); the agent fixing the file in an editor needs a line. This strict scanner walks the
// text once, records where each value starts (same path spelling as the validator), and stops at the first
// syntax error with its offset. The one JSON scanner: import messages and the template manager's
// line numbers both come from it.

export interface JsonPosition {
  line: number;
  column: number;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonSyntax extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at ${offset}`);
  }
}

interface Scan {
  paths: Map<string, number>;
  /** Offset of the first syntax error, or -1 when the text is valid JSON. */
  errorAt: number;
}

function scan(text: string): Scan {
  const paths = new Map<string, number>();
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntax(i);
  };
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const expect = (c: string) => {
    if (text[i] !== c) fail();
    i++;
  };
  const readString = (): string => {
    // A string that never closes is reported where it opens, the quote the agent has to look at; a bad
    // character inside one is reported where it is.
    const opening = i;
    expect('"');
    let out = '';
    let from = i;
    while (text[i] !== '"') {
      if (i >= text.length) throw new JsonSyntax(opening);
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        ESCAPE.lastIndex = i;
        const m = ESCAPE.exec(text) ?? fail();
        out += text.slice(from, i) + (JSON.parse(`"${m[0]}"`) as string);
        i += m[0].length;
        from = i;
      } else i++;
    }
    out += text.slice(from, i);
    i++;
    return out;
  };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text) ?? fail();
    i += m[0].length;
  };
  const value = (path: string): void => {
    skip();
    if (path) paths.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        const key = readString();
        skip();
        expect(':');
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] !== ',') break;
        i++;
      }
      expect('}');
      return;
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        skip();
        if (text[i] !== ',') break;
        i++;
      }
      expect(']');
      return;
    }
    if (c === '"') {
      readString();
      return;
    }
    token(c === '-' || (c !== undefined && c >= '0' && c <= '9') ? NUMBER : LITERAL);
  };
  try {
    value('');
    skip();
    if (i < text.length) fail();
    return { paths, errorAt: -1 };
  } catch (error) {
    // A RangeError means nesting deeper than the stack: no positions, but no crash either.
    if (error instanceof JsonSyntax) return { paths, errorAt: error.offset };
    return { paths: new Map(), errorAt: -1 };
  }
}

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  return scan(text).errorAt;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

// A file can hold thousands of problems; a binary search keeps each lookup cheap on a 2 MB file.
function position(starts: readonly number[], offset: number): JsonPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

const LAST_STEP = /(\.[^.[\]]*|\[\d+\])$/;

export interface JsonLocator {
  /** Where the value at `path` starts, or its nearest existing parent when the value itself is missing. */
  at(path: string): JsonPosition | undefined;
  /** Where the first syntax error is, or undefined for valid JSON. */
  syntaxError: JsonPosition | undefined;
}

export function jsonLocator(text: string): JsonLocator {
  const { paths, errorAt } = scan(text);
  const starts = lineStarts(text);
  return {
    syntaxError: errorAt >= 0 ? position(starts, errorAt) : undefined,
    at(path) {
      for (let p = path; p; p = p.replace(LAST_STEP, '')) {
        const offset = paths.get(p);
        if (offset !== undefined) return position(starts, offset);
        if (!LAST_STEP.test(p)) break;
      }
      return undefined;
    },
  };
}
