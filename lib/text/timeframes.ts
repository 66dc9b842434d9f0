// How long the agent has already said something will take ("within 3 business days", "3 到 5 个工作日",
// "7 個工作天內"), so a follow-up reply repeats the same promise instead of leaving "[timeframe]".
// Only the agent's own words count: a customer quoting an earlier, broken promise is not a new one.

const PATTERNS: readonly RegExp[] = [
  /\bwithin\s+((?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|twelve|24|48|72)(?:\s*(?:-|to)\s*\d+)?\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?))\b/i,
  /(\d+\s*(?:到|至|-|~)?\s*\d*\s*个?(?:工作日|工作天|個工作天|個工作日|小时|小時|天))(?:内|內|之内|之內)?/,
];

/** The timeframe in the latest agent message that states one, or undefined. */
export function findTimeframe(agentTexts: readonly string[]): string | undefined {
  for (let i = agentTexts.length - 1; i >= 0; i--) {
    const text = agentTexts[i] as string;
    for (const re of PATTERNS) {
      const m = re.exec(text);
      if (m?.[1]) return m[1].replace(/\s+/g, ' ').trim();
    }
  }
  return undefined;
}
