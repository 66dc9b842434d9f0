// What the English phrase rules (rules/en.ts, rules/en-compose.ts), the clause readers and the cue sets
// share, kept once so the suggested wording and the guards cannot drift apart.

/** Apostrophes arrive straight or curly depending on the editor, so every contraction allows both. */
export const A = "['’]";

/** Suggested wording for a refusal: turn to what can be done. */
export const EN_ABSOLUTE_ALT = 'What I can do is…';
/** Suggested wording when a rule is the reason: give it, with what can be offered. */
export const EN_POLICY_ALT = 'Here is the reason, and what I can offer:';

/** Reassurance that shares words with blame: "no worries if you forgot to attach it". */
export const EN_REASSURES = new RegExp(
  String.raw`\b(?:no\s+worries|don${A}t\s+worry|easy\s+to\s+(?:miss|overlook)|happens\s+to\s+(?:all|everyone)|not\s+your\s+fault|completely\s+understandable|no\s+problem)\b`,
  'i',
);

/**
 * The agent owns the failure somewhere in the draft, so a passive "the system did" is an explanation, not
 * a dodge. The phrase and compose rules kept two copies that had drifted; this is their union.
 */
export const EN_OWNS_IT =
  /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:mistake|error|fault|bad|side)|on\s+our\s+(?:end|side)|(?:fault|error|bug|failure|outage|problem|mistake)\s+(?:at|in|on|with|from)\s+our|my\s+(?:mistake|error|fault|bad)|on\s+(?:us|me)|we\s+(?:made|got|messed|dropped|missed|caused|broke|lost|delayed|forgot|should\s+have)|I\s+(?:made|got|messed|dropped|missed|caused|lost|forgot|should\s+have)|(?:we|I)\s+take\s+(?:full\s+)?responsibility|should(?:n['’]t|\s+not)\s+(?:have\s+)?happen(?:ed)?)\b/i;

/** A refusal that turns straight to what the agent is doing or can do instead (the union of the two copies). */
export const EN_PIVOT = new RegExp(
  String.raw`\bbut\s+(?:I|we)(?:${A}ve|\s+have|${A}ll|\s+will|\s+can|\s+am|${A}m|${A}d|\s+could|\s+would)\b|\bwhat\s+(?:I|we)\s+can\s+do\b|\binstead\b|\balternatively\b|\bbut\s+(?:\w+\s+){1,4}?(?:is|are)\s+(?:free|available|open)\b|\bif\s+that\s+works\b|\bbut\s+you\s+(?:can|don${A}t\s+(?:need|have)\s+to|do\s+not\s+need\s+to)\b|\b(?:I|we)\s+can\s+(?:offer|send|arrange|book|set\s+up|move|switch)\b`,
  'i',
);

/** Hypotheticals and questions just before a blaming phrase: "if you entered …", "did you forget …". */
export const EN_CONDITIONAL_BEFORE = /\b(?:if|in\s+case|whether|unless|even\s+if|when|did|do|have)\s+$/i;
