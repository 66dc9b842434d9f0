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
