// Adversarial single-text lines for the batch command, shared by its fuzz test (no error, bounded output)
// and `npm run bench` section f (time per size). Each maker returns about `bytes` UTF-16 units.

/** Shapes that once broke or slowed the DISC guess, and the other hostile kinds batch users feed in. */
export const SHAPES: Record<string, (bytes: number) => string> = {
  'bang-question run': (n) => '!?'.repeat(n / 2),
  emoji: (n) => '😡🙏👍🏽'.repeat(n / 10),
  digits: (n) => '1234567890'.repeat(n / 10),
  'spaced figures': (n) => '12.5 3/4 10:30 '.repeat(n / 15),
  'one giant word': (n) => 'a'.repeat(n),
  'lone surrogates': (n) => '\ud83d x \ude00 '.repeat(n / 6),
  markup: (n) => '<img src=x onerror=alert(1)><b>REFUND</b>&amp;'.repeat(n / 46),
  binary: (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode((i * 2654435761) & 0xff);
    return s;
  },
  'quoted forum post': (n) => '> This is a scam, I want my money back!!!\n'.repeat(n / 42),
  'mixed complaint': (n) => 'Order #A1234567 late?! 为什么还没到？？ 退款！Thanks in advance 😀\n'.repeat(n / 60),
  'question marks': (n) => 'why? '.repeat(n / 5),
  'list lines': (n) => '1. item\n- point\n'.repeat(n / 16),
};
