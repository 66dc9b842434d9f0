// Engines disagree on JSON.parse messages: V8 sometimes names a position, sometimes only the bad token
// ("Unexpected token 'v', ... is not valid JSON"), Firefox names line and column. To point the agent at the
// right line every time, this walks the text with the JSON grammar and returns where it first breaks.

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WORD = /true|false|null/y;

class Stop {
  constructor(readonly at: number) {}
}

/** Offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) throw new Stop(i);
    i = re.lastIndex;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) throw new Stop(i);
    i++;
  };
  const value = (): void => {
    skip();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        token(STRING);
        skip();
        expect(':');
        value();
        skip();
        if (text[i] === '}') {
          i++;
          return;
        }
        expect(',');
      }
    }
    if (ch === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        skip();
        if (text[i] === ']') {
          i++;
          return;
        }
        expect(',');
      }
    }
    if (ch === '"') token(STRING);
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) token(NUMBER);
    else token(WORD);
  };
  try {
    value();
    skip();
    return i < text.length ? i : -1;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}
