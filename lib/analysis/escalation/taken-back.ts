/**
 * A threat or demand the customer takes back later in the same message: "ok scratch what I said about Amex",
 * "ignore my cancel comment", 頭先講止付嗰句當我冇講過, 刚才说的投诉算了. Customers paste a whole chat, their own
 * earlier threat included, and then say it no longer stands; the label is what they do now. What comes after the
 * retraction stands ("I know I told you to ignore my cancel comment, but … fix it or I'm going"), and so does what
 * was done ('taken': a complaint already lodged is not undone by saying so).
 *
 * A retraction that names what it takes back ("about Amex", 止付嗰句) takes back only cues that share a word with
 * the name; a bare one ("scratch that", 当我没说) takes back every threat and demand before it.
 */
import type { Range } from './clauses';

/** English: the retraction, with what it names captured after "about" / "re" or inside "my … comment". */
const EN =
  /\b(?:scratch|forget|ignore|disregard|strike)\s+(?:what\s+i\s+(?:just\s+)?(?:said|wrote|typed)|my\s+(?:last|earlier|previous|first)\s+(?:message|comment|msg|reply)|(?:that|the)\s+(?:last\s+)?(?:bit|part|comment|message|threat)|that)(?:\s+(?:about|re|regarding|on)\s+([^.,;!?\n]{2,40}))?|\b(?:scratch|forget|ignore|disregard)\s+(?:my|the)\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:comment|threat|remark|message|bit)\b|\bi\s+take\s+(?:that|it)\s+back\b|\bi\s+take\s+back\s+what\s+i\s+said(?:\s+about\s+([^.,;!?\n]{2,40}))?/gi;

/**
 * Chinese: 当我没说 / 當我冇講過 / 收回 / 收返 / 算了 / 不算 / 作废 after 刚才说的… / 頭先講…嗰句, whose words are the name;
 * and 是我太冲动 / 係我太激氣 after 下面说要…的话 (a reply on top of the customer's own quoted threat).
 */
const ZH =
  /(?:刚才|剛才|头先|頭先|之前|上面|前面|下面)(?:说|說|讲|講|话|話)(?:要)?(?:的|嘅)?([^。，,！!？?\n]{0,14}?)(?:那句|嗰句|这句|這句|的话|的話)?(?:话|話)?[，,]?\s*(?:就)?(?:算了|不算|不作数|不作數|作废|作廢|收回|收返|当我没说|當我沒說|当我冇讲过|當我冇講過|撤回|(?:是|係)我[^。！？\n]{0,6}?(?:太冲动|太衝動|太激气|太激氣|一时冲动|一時衝動|气话|氣話))|(?:当我没说|當我沒說|当我冇讲过|當我冇講過|当我无讲过)/g;

/** Words too common to tie a retraction to a cue. */
const STOP = new Set(['the', 'and', 'that', 'this', 'what', 'about', 'with', 'your', 'you', 'bit', 'comment', 'said']);

export interface Retraction extends Range {
  /** What the retraction names, lower-cased; empty for a bare one. */
  named: string;
}

let lastText: string | null = null;
let lastFound: Retraction[] = [];

/** Every retraction in `text`, in order (memoised per text: the cues of one message ask in turn). */
export function retractions(text: string): Retraction[] {
  if (text === lastText) return lastFound;
  const found: Retraction[] = [];
  // Cheap gates first: most messages hold neither word.
  if (/scratch|forget|ignore|disregard|strike|take/i.test(text)) collect(EN, text, found);
  if (/算|收|作|当|當|撤|冲|衝|激|气|氣/.test(text)) collect(ZH, text, found);
  found.sort((a, b) => a.start - b.start);
  lastText = text;
  lastFound = found;
  return found;
}

function collect(re: RegExp, text: string, out: Retraction[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const named = (m[1] ?? m[2] ?? m[3] ?? '').trim().toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, named });
  }
}

/** Whether `named` ties to the cue's own words: a shared word of three letters or more, or two Han characters. */
function ties(named: string, cue: string): boolean {
  const c = cue.toLowerCase();
  for (const w of named.split(/[^a-z0-9\u3400-\u9fff]+/)) {
    if (w.length >= 3 && /^[a-z0-9]+$/.test(w) && !STOP.has(w) && new RegExp(`\\b${w}`).test(c)) return true;
  }
  for (let i = 0; i + 2 <= named.length; i++) {
    const pair = named.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(pair) && c.includes(pair)) return true;
  }
  return false;
}

/** A retraction said as a condition ("if the money lands, forget what I said", 如果退了就当我没说) takes nothing back yet. */
const IF_BEFORE =
  /\b(?:if|once|when|as soon as|provided)\b[^.!?\n]{0,60}$|(?:如果|要是|只要|假如|一旦|等)[^。！？\n]{0,20}$/i;

/**
 * Whether the cue at start…end in the sentence `sentence` is taken back by a retraction after
 * it, or around it: a cue inside the retraction's own words (頭先話要上連登嗰句收返) is what it takes back. A named
 * retraction ties to the cue's sentence ("disputing the charge with Amex" for "about Amex"). A cue read as `done`
 * (taken) before the retraction stands.
 */
export function takenBack(text: string, start: number, end: number, sentence: Range, done: boolean): boolean {
  const found = retractions(text);
  if (found.length === 0) return false;
  for (const r of found) {
    if (r.end <= start) continue;
    if (IF_BEFORE.test(text.slice(Math.max(0, r.start - 60), r.start))) continue;
    // The retraction's own words name the act, whatever tense they read in (頭先講止付嗰句).
    if (r.start < end) return r.start <= start && end <= r.end;
    if (done) return false;
    if (r.named === '' || ties(r.named, text.slice(sentence.start, Math.max(sentence.end, end)))) return true;
  }
  return false;
}
