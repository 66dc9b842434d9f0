import { clauseEnd, clauseStart, type Sentence, seq, span, type Token, words } from './en-text';
import { AGENT_ANY, CONDITIONAL, OFFER, OWNS, PROBLEM_NOUN } from './en-words';
import type { ClauseHit } from './types';

// No ownership: a failure reported with no doer ("the notice went to an old address", "the sofa arrived damaged").

const OWN_ALT = 'We sent it to the wrong place, and I am sorry — here is how I am fixing it:';

const WENT = words('went was were got been');
const SENT = words('sent posted delivered shipped mailed emailed addressed routed forwarded');
const WRONG_PLACE = words('wrong old previous incorrect outdated different former');
const SLIP = words(
  'lost misplaced overlooked mislaid misfiled mislabelled mislabeled forgotten double-booked overbooked misrouted misdirected miscalculated mispriced mixed deleted wiped erased',
);
const ENDED_AS = words('double-booked overbooked cancelled canceled lost missing delayed forgotten unpaid unsent');
/** Steps a service should have taken, for "was never confirmed". */
const UNDONE = words(
  'confirmed sent processed booked logged recorded passed actioned updated applied posted scheduled submitted filed registered paid refunded loaded collected delivered shipped fitted installed completed done',
);
const ARRIVED_AS = words(
  'damaged broken late cracked dented scratched wrong incomplete open opened torn smashed melted',
);
const TECH = words('update upgrade system app software website site server glitch bug migration sync');
const DESTROYED = words('wiped deleted erased removed reset overwrote cleared corrupted cancelled canceled');
const NOT_HAPPEN = words('happen go went arrive arrived turn show come came');
const BE = words('was were got has have been is are');

function agentless(t: readonly Token[], i: number): number {
  const w = t[i]!.w;
  // "went to an old address", "was sent to the wrong branch"
  let k = -1;
  if (w === 'went') k = i + 1;
  else if (WENT.has(w) && SENT.has(t[i + 1]?.w ?? '')) k = i + 2;
  if (k > 0 && t[k]?.w === 'to') {
    const det = t[k + 1]?.w;
    if ((det === 'the' || det === 'an' || det === 'a' || det === 'your') && WRONG_PLACE.has(t[k + 2]?.w ?? '')) {
      return k + 3;
    }
  }
  if (BE.has(w)) {
    let v = i + 1;
    if (t[v]?.w === 'been') v++;
    if (SLIP.has(t[v]?.w ?? '')) return v + (t[v + 1]?.w === 'up' ? 2 : 1);
    // "the booking was never confirmed": a step nobody is named as having skipped.
    if (t[v]?.w === 'never' && UNDONE.has(t[v + 1]?.w ?? '')) return v + 2;
  }
  if (w === 'ended' && t[i + 1]?.w === 'up' && ENDED_AS.has(t[i + 2]?.w ?? '')) return i + 3;
  // "the sofa arrived damaged"
  if (words('arrived came').has(w) && ARRIVED_AS.has(t[i + 1]?.w ?? '')) return i + 2;
  // "your roaming bundle wasn't applied"
  if (words("wasn't weren't").has(w) && UNDONE.has(t[i + 1]?.w ?? '')) return i + 2;
  // "a scratch was found on the car": damage discovered, its cause unnamed.
  if (
    PROBLEM_NOUN.has(w) &&
    BE.has(t[i + 1]?.w ?? '') &&
    words('found noticed discovered spotted').has(t[i + 2]?.w ?? '')
  ) {
    return i + 3;
  }
  // "the update wiped your settings", "the app deleted the photos"
  if (TECH.has(w) && DESTROYED.has(t[i + 1]?.w ?? '') && (i === 0 || words('the our this that').has(t[i - 1]!.w))) {
    return clauseEnd(t, i);
  }
  // "your booking fell off the schedule"
  if (words('fell dropped slipped').has(w) && (t[i + 1]?.w === 'off' || seq(t, i + 1, ['out', 'of']) > 0)) {
    return clauseEnd(t, i);
  }
  // "your booking vanished from the system"
  if (words('vanished disappeared').has(w) || seq(t, i, ['went', 'missing']) > 0) return i + (w === 'went' ? 2 : 1);
  // "the canapés ran out", "printed with a typo"
  if (seq(t, i, ['ran', 'out']) > 0 && t[i + 2]?.w !== 'of') return i + 2;
  if (
    w === 'with' &&
    words('a an').has(t[i + 1]?.w ?? '') &&
    words('typo error mistake misprint').has(t[i + 2]?.w ?? '')
  ) {
    return i + 3;
  }
  if (BE.has(w) && t[i + 1]?.w === 'late' && i > 0 && !words('you it').has(t[i - 1]!.w)) return i + 2;
  // "the sync stopped working", "the site went down"
  if (seq(t, i, ['stopped', 'working']) > 0 || seq(t, i, ['went', 'down']) > 0 || seq(t, i, ['broke', 'down']) > 0) {
    return i + 2;
  }
  // "was left out of the order", "got left off the list"
  if (BE.has(w) && t[i + 1]?.w === 'left' && words('out off behind').has(t[i + 2]?.w ?? '')) return i + 3;
  // "the engineer visit didn't happen", "the refund never went through"
  if (words("didn't never").has(w) && NOT_HAPPEN.has(t[i + 1]?.w ?? '')) {
    const k = i + 2;
    return words('through ahead up out').has(t[k]?.w ?? '') ? k + 1 : k;
  }
  // "a charge appeared on your account in error": the error named, its maker not.
  if (seq(t, i, ['in', 'error']) > 0 || seq(t, i, ['by', 'mistake']) > 0 || w === 'accidentally') {
    return i + (w === 'accidentally' ? 1 : 2);
  }
  if ((w === 'fell' || w === 'slipped') && t[i + 1]?.w === 'through') return i + 2;
  // "The refund was processed incorrectly": done wrong, by nobody.
  if (
    BE.has(w) &&
    (t[i + 1]?.w ?? '').endsWith('ed') &&
    words('incorrectly wrongly improperly').has(t[i + 2]?.w ?? '')
  ) {
    return i + 3;
  }
  // "Your payment somehow ended up on someone else's account": "somehow" says nobody did it.
  if (w === 'somehow') {
    const v = t[i + 1]?.w ?? '';
    if (words('ended got went was were').has(v) || (v.endsWith('ed') && v.length > 4)) return clauseEnd(t, i);
  }
  return -1;
}

/** "you" in any contracted form: "because you'd formatted the card" names a doer too. */
const YOU_FORMS = words("you you'd you've you're you'll");
const NONE = words('nothing none nobody neither');

export function findNoOwner(draft: string, sentences: readonly Sentence[]): ClauseHit[] {
  const lower = draft.toLowerCase().replace(/’/g, "'");
  if (OWNS.test(lower) || OFFER.test(lower)) return [];
  const out: ClauseHit[] = [];
  for (const s of sentences) {
    if (s.question) continue;
    const t = s.tokens;
    // Somebody is named as the doer: the agent owns it, or the customer is blamed (another reader's call).
    if (t.some((x) => AGENT_ANY.has(x.w) || YOU_FORMS.has(x.w) || CONDITIONAL.has(x.w))) continue;
    for (let i = 0; i < t.length; i++) {
      const end = agentless(t, i);
      if (end < 0) continue;
      // "Nothing went missing", "none of it was lost": the failure is denied, not left without an owner.
      if (NONE.has(t[clauseStart(t, i)]!.w)) continue;
      out.push({ ...span(t, clauseStart(t, i), Math.max(end, clauseEnd(t, i))), alternative: OWN_ALT });
      break;
    }
  }
  return out;
}
