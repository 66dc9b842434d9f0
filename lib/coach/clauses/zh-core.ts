import type { CoachIssueKind } from '../types';
import { lastCall } from './memo';
import type { ClauseHit, ClauseReader } from './types';
import { customerCause } from './zh-blame';
import { notUs, thirdParty } from './zh-deflect';
import { minimise, repetition } from './zh-dismiss';
import { agentless } from './zh-no-owner';
import { compile, type Read } from './zh-read';
import { refusal, ruleReason } from './zh-refuse';
import { irony } from './zh-sarcasm';
import { readSentences } from './zh-split';
import type { ReaderName, ZhWords } from './zh-words';

export { alt, type Clause, readSentences, type Sentence } from './zh-split';
export type { ReaderName, ZhWords } from './zh-words';

// Chinese clause readers share one structure reading; each script brings its own word tables (zh-hans.ts,
// zh-hant.ts). A reader looks at who a clause is about (customer, agent side, a third party), whether its verb
// is negated or modal, what is named as the cause, and whether a minimiser, repetition or rule word is in it,
// then decides the kind. Every table repeat is bounded, and each clause is read a fixed number of times, so a
// long draft costs linear time.

/** Both scripts split the same way, so Simplified and Traditional readers share one remembered split. */
const split = lastCall(readSentences);

const READS: Array<[ReaderName, CoachIssueKind, Read]> = [
  ['customer-cause', 'blame', customerCause],
  ['not-us', 'defensive', notUs],
  ['third-party', 'defensive', thirdParty],
  ['minimise', 'dismissive', minimise],
  ['repetition', 'dismissive', repetition],
  ['refusal', 'absolute', refusal],
  ['rule-reason', 'policy', ruleReason],
  ['agentless', 'no-ownership', agentless],
  ['irony', 'sarcasm', irony],
];

/** One reader per move, reading the draft with the given script's word tables. */
export function buildZhReaders(prefix: string, words: ZhWords): ClauseReader[] {
  const c = compile(words);
  return READS.map(([name, kind, read]) => ({
    id: `${prefix}-clause-${name}`,
    kind,
    find(draft: string): ClauseHit[] {
      return read(c, split(draft), draft).map(([start, end]) => ({ start, end, alternative: words.alt[name] }));
    },
  }));
}
