/**
 * V8 compiles a regular expression on its first runs, and once a process has compiled about 1 MB of regexp code
 * (with 16 MB of executable memory committed) it compiles every later one without its optimisations
 * (TooMuchRegExpCode in V8's src/regexp/regexp.cc): no quick check, no look-ahead skip, so every alternative is
 * tried at every position, and a long list of phrases costs 3 to 15 times as much per message for the rest of
 * the process. The rules compile hundreds of large patterns on the first messages; most of settle()'s patterns
 * (blend.ts) guard a rare branch and were first reached after them. Running each of them a few times when a model
 * is installed, usually before the first message, compiles them while V8 still optimises.
 */

/**
 * A support message in each string representation V8 compiles a pattern for apart (one byte a character, and
 * two), past the 1,000 characters at which V8 compiles native code at once rather than bytecode first. V8 samples
 * the text to weigh its look-ahead, so it reads like the messages the patterns will see.
 */
const ONE_BYTE =
  'Hello, I ordered a replacement part two weeks ago and it still has not arrived. Could you check? '.repeat(11);
const TWO_BYTE = '你好，我上周买的东西到现在还没有收到，请问什么时候能发货？谢谢。'.repeat(34);

let warmed = false;

/** Compiles `patterns` (none of them global or sticky: test() would move their lastIndex) once per process. */
export function warmPatterns(patterns: readonly RegExp[]): void {
  if (warmed) return;
  warmed = true;
  for (const re of patterns) {
    re.test(ONE_BYTE);
    re.test(TWO_BYTE);
  }
}
