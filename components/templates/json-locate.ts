// Import problems name a path such as `templates[3].step`; the agent fixing the file in an editor needs a line.
// This walks already-valid JSON once and records where each value starts, using the same path spelling.

export interface JsonPosition {
  line: number;
  column: number;
}

const WS = new Set([' ', '\t', '\n', '\r']);

function indexPaths(text: string): Map<string, number> {
  const at = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    if (path) at.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      while (i < text.length && text[i] !== '}') {
        const key = readString();
        skip();
        i++; // colon
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] === ',') {
          i++;
          skip();
        }
      }
      i++;
    } else if (c === '[') {
      i++;
      skip();
      let n = 0;
      while (i < text.length && text[i] !== ']') {
        value(`${path}[${n++}]`);
        skip();
        if (text[i] === ',') i++;
        skip();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !WS.has(text[i] as string) && !',]}'.includes(text[i] as string)) i++;
    }
  };
  value('');
  return at;
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

/**
 * A locator for paths in `text`: the line and column where the value at `path` starts, or where its nearest
 * existing parent starts when the value itself is missing. Undefined when the text is not JSON.
 */
export function jsonLocator(text: string): (path: string) => JsonPosition | undefined {
  let paths: Map<string, number>;
  let starts: number[];
  try {
    JSON.parse(text);
    paths = indexPaths(text);
    starts = lineStarts(text);
  } catch {
    // Not JSON, or nested deeper than the call stack allows: the problem list still names each path.
    return () => undefined;
  }
  return (path) => {
    for (let p = path; p; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
      const offset = paths.get(p);
      if (offset !== undefined) return position(starts, offset);
      if (!/(\.[^.[\]]*|\[\d+\])$/.test(p)) break;
    }
    return undefined;
  };
}
