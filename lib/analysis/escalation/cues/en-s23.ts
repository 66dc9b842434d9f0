// Session 23: an ultimatum put as a choice between two questions. Read off fresh36–37 and the rounds of sessions
// 19–21, where four writers put it the same way: "Are you refunding this or do I need to get Visa involved?", "do i
// need to take this to small claims … or are you guys gonna return it". One side is the company acting, the other
// the customer going elsewhere, so neither half is asked for information. "Do I need to call my bank, or can you do
// it from your end?" or "…, or will you do it?" offers the company a task, not a choice, and stays a question.

const YOU = String.raw`(?:you|u|ya|ye|y'all|you\s+(?:guys|lot|people)|someone|somebody|anyone|anybody)`;
const I_MUST = String.raw`(?:do|should|shall|must|will)\s+(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:have|need|got)\s+to`;

// The company offered the same errand ("Do I need to ask my bank to stop the direct debit, or will you do it?").
const SAME_TASK = String.raw`(?!\s+(?:(?:be\s+able\s+to|going\s+to|gonna|just)\s+)?(?:do|handle|arrange|cancel|stop|set\s+up)\s+(?:it|that|this|them)\b)`;

/** Either order: "do I need to X … or are you going to Y", "are you Y … or do I need to X". */
export const RHETORICAL_S23 = String.raw`\b${I_MUST}\b[^?]*\bor\s+(?:are|r|is|will|would)\s+${YOU}\b${SAME_TASK}|\b(?:are|r|is|will|would)\s+${YOU}\b[^?]*\bor\s+(?:do|should|shall|must|will)\s+(?:i|we)\s+(?:really\s+|just\s+|actually\s+)?(?:have\s+to|need\s+to|got\s+to|go\b|take\b|get\b|call\b|ring\b|contact\b|report\b|escalate\b)`;
