/**
 * Everything that decides the committed escalation model besides the code and the data. Its hash (with the
 * code's, hash.ts) is written into the model and its card, and a unit test recomputes it.
 *
 * Tried and not kept. These were compared on the leave-one-round-out figures and on the historic blind union
 * (historic-rules.json; so those figures are no longer fully blind for these choices), the background check,
 * and, as a sanity check only, how many flags the model adds on the dev sets (../shared/eval/dev):
 * - English character 4-grams only (no 3-grams): −0.7 µs per English message, but the historic union en
 *   P/R 0.949/0.771 → 0.940/0.757 and the background check 0.4 → 1.0 %.
 * - Sums scaled by at least 48 features instead of 24 (with biases free): the same figures within ±0.01, dev
 *   additions 20 → 19. With the biases capped (biasMax) it is kept: short check en 10 → 7, 简 2 → 0, 繁 3 → 0.
 * - Biases capped, and features found in 3 % or more of the rows (you, the, ., 你) kept from weighing for a flag:
 *   the scores shrank, LORO chose thresholds 0.75 / 0.6, and the short check got worse (en 8, 简 3, 繁 5).
 * - Biases capped, and each background row's short sentences (≤ 40 characters, two a row) added on their own:
 *   short check en 10, 简 1, 繁 2, but LORO model-alone recall en 0.477 → 0.429, 简 0.566 → 0.535.
 * - Thresholds per flag and language group (the lowest at which that flag alone keeps precision 0.95 at every
 *   higher threshold, given 10 or more flags): chosen on the other rounds and scored on the held-out one, model
 *   alone en P/R 0.951/0.492 -> 0.930/0.510, 简 0.960/0.580 -> 0.933/0.594, 繁 0.967/0.594 -> 0.944/0.615; at 0.97
 *   per flag 0.937/0.499, 0.949/0.586, 0.962/0.605. Too few flags per head to choose on: precision falls under 0.95
 *   for a recall gain of one or two points.
 * - Chinese character pairs within four of a negator (不, 没, 别, 无, 未) added once more as negated, as English
 *   words near "not" are: LORO model alone 简 P/R 0.960/0.580 -> 0.961/0.574, 繁 0.967/0.594 -> 0.963/0.594,
 *   historic union 简 R 0.876 -> 0.873, 繁 0.867 -> 0.864. The clause reading already vetoes a negated cue.
 * - Background rows weighted 0.5 and GoEmotions at 16 %: background check 0.0 / 0.1 %, dev additions 20 → 10,
 *   but the historic union en R 0.771 → 0.743 and zh-Hans P 0.974 → 0.948.
 * - Pruning at 6 / 12 instead of 20: the same figures, 444 / 344 KB instead of 210 KB.
 * - Without background rows (fixtures only): "Yes.", 收到 or "Tomorrow works." read as legal or regulator.
 *
 * Tried in the tenth session and not kept (LORO model alone at precision 0.95, recall read on a 0.005 grid, on the
 * 17 rounds before corpus1 and fresh16 came in; seed 777 instead of this seed moved en 0.484 → 0.479, 简 0.644 →
 * 0.638, 繁 0.642 → 0.634, so differences of a point or two are noise):
 * - Word skip-grams (a word and the one two after it): en 0.484 → 0.500, 简 0.644 → 0.641, 繁 0.642 → 0.648,
 *   20 KB more; with the sentence step, en 0.521 → 0.498.
 * - Thresholds per flag, again: lowered one flag at a time while precision held, chosen on the other rounds and
 *   scored on the held-out one: en P/R 0.957/0.484 → 0.941/0.506, 简 0.955/0.636 → 0.945/0.637, 繁 0.952/0.642 →
 *   0.941/0.650. Precision falls under 0.95 again.
 * - Traps (fixture messages with no flag) weighted 2 as hard negatives: en 0.484 → 0.464, 简 0.644 → 0.628.
 * - More ordinary negatives: GoEmotions at 16 %: en 0.490, but 简 0.610, 繁 0.623 (the heads' class balance
 *   moves) and short check en 4 → 7. Every short row (≤ 30 / 10 characters) of GoEmotions, SMP and half of
 *   online-shopping added as negatives, with crossWeight 3: short check en 18 → 8, but en 0.568 → 0.507 and
 *   简 0.681 → 0.628: the fixtures' own terse threats ("Cancelled.") are what they unlearn.
 * - Background rows weighted 0.75 (or 0.5 with crossWeight 2), to offset crossWeight: recall between the two,
 *   short check no better at equal recall.
 * - 24 epochs (en 0.493, 简 0.647, 繁 0.658, 281 KB); step 0.1 over 24 epochs (0.494 / 0.638 / 0.643); the
 *   weights averaged over epochs 8–16 (0.476 / 0.628 / 0.642). Within noise or worse.
 * - A flag on its best sentence's score alone, without the message's (no dilution by a long email at all):
 *   en 0.484 → 0.513, but the background check 简 3 → 10 of 1540.
 * - Model flags exempt from the clause reading's vetoes: en 0.484 → 0.499, 简 0.644 → 0.629.
 * - The sentence step and crossWeight for Chinese rows too (on the 19 rounds with corpus1 and fresh16): 简 0.632
 *   → 0.648, 繁 0.643 → 0.656 at the chosen thresholds, but short check 简 0 → 1, 繁 1 → 3 and background 2 → 6 of
 *   1540; at the short-row rate the Chinese threshold has now, recall is lower (简 0.630 against 0.638).
 * - A model flag kept out of a rule's cue (the words) rather than its sentence: union precision +0.005 instead of
 *   +0.02 (rules of then + model, en 0.916 → 0.921 against 0.936).
 *
 * Tried for issue #14 and not kept (30 rounds, 9,027 messages):
 * - A model flag's sentence must also pass on its content: the pull toward the head of n-grams made of function
 *   words or punctuation only (是, 个, 。, "is the") left out of the sentence's score, their pull against it kept.
 *   Meant for the short check's 不是 → abuse and 同一个账号 → churn: with the biases capped at 0 and classes
 *   balanced, each head learns part of its prior on the commonest n-grams (是 +55 toward abuse, 。 +72 toward
 *   legal), and a reply made of little else scores as that prior. It cleared those two, but every score fell, so
 *   LORO chose lower thresholds (English 0.55 → 0.3, the grid's floor; Chinese 0.675 → 0.575): short check en
 *   1 → 5 of 80, 简 2 → 1, 繁 1 → 0; historic union R en 0.892 → 0.864, 简 0.908 → 0.834, 繁 0.894 → 0.828; newest
 *   rounds (fresh19–22, corpus4–6, today's rules) rules + model P/R en 0.897/0.780 → 0.891/0.764, 简 0.925/0.838
 *   → 0.927/0.819, 繁 0.941/0.848 → 0.941/0.817; model alone en 0.949/0.409 → 0.940/0.387, 简 0.944/0.452 →
 *   0.986/0.244, 繁 0.977/0.540 → 0.995/0.375.
 *   A gate that removes evidence moves the threshold with it; a fix for these needs the heads to learn their
 *   prior elsewhere (a bias term that is not capped for sentences with content, or trained short negatives).
 */
export const ESCALATION_TRAIN_CONFIG = {
  seed: 20414,
  epochs: 16,
  /** Adagrad step size. */
  learningRate: 0.2,
  /** Shrink applied to touched weights on every update, against one-off n-grams of one message. */
  l2: 1e-5,
  /**
   * No bias may exceed this logit. Trained freely, with classes balanced and ordinary n-grams pushed negative,
   * the biases settled at +0.7…+2.7: a message with little to read ("Will do.", 你也是) scored as its bias,
   * above the threshold. Capped, a flag needs n-grams that speak for it.
   */
  biasMax: 0,
  /**
   * What a Latin-script message that carries other flags counts for as a head's negative, against 1 for a trap or
   * ordinary text. Held out, the model's false flags were mostly a second flag on a message with another ("Refund
   * me the $40 you charged twice" also read as chargeback and regulator): escalation wording in general pulled
   * every head. Weighted, each head learns what tells its flag from the others'. With sentenceWeight, on the 19
   * rounds: LORO model alone en P/R 0.959/0.444 → 0.961/0.486 (threshold bound by the short rows; at precision
   * 0.95 alone 0.952/0.520), rules of then + model en 0.925/0.830 → 0.938/0.849. Not for Chinese rows (below).
   */
  crossWeight: 3,
  /**
   * The sentence step (sgd.ts) for Latin-script rows at this weight: raise.ts shows a flag on the sentence that
   * scores highest for it and that sentence must pass on its own, so each head also learns from that sentence,
   * with the message's label. A long email then hides a one-line threat less among sentences that pull the other
   * way. Alone (17 rounds): en 0.484 → 0.521 at precision 0.95, short check en 4 → 7 at its lower threshold.
   */
  sentenceWeight: 1,
  /**
   * Rounds never read for training or for choosing anything: sets written as blind checks that land after
   * this model (fresh13 was being written by another helper while this trainer was built). fresh15 was written
   * blind in the eighth session and scored once on the merged rules and model; in the ninth it became a tuning
   * round like fresh14 before it, so it trains too.
   */
  // fresh44 and fresh45, the twenty-fifth session's blind rounds, stay out of the model that session ships, so their
  // final figures are ones the model never trained on; fresh30–43 (the sixteenth's to twenty-fourth's) now train.
  blind: ['fresh13', 'fresh44', 'fresh45'] as readonly string[],
  /**
   * Ordinary text as negatives: every fixture message is about escalation (a threat or a trap), so without these
   * a model reads "Yes." or 收到 as whatever its few n-grams collide with. Rows of the shared training corpora
   * (../shared/train, never copied here) whose hash bucket (0–99) is below `percent`; rows the rules flag are left
   * out, as they may be real escalation. Rows in buckets 50 … 50 + `checkPercent` are never trained on and show
   * how often the model flags ordinary text (the card's background check).
   */
  background: {
    files: [
      { file: 'goemotions-train-en.tsv', percent: 8 },
      { file: 'smp2020-usual-zh-hans.tsv', percent: 4 },
      // 4 since the fifteenth session (2 before): with corpus10–12 the abuse head read a product review's 垃圾
      // ("垃圾中的垃圾", "就两字垃圾") as abuse of staff, 2.1 % of short Chinese ordinary rows at 0.7, and the
      // Chinese threshold rose 0.675 → 0.825 to stay under the short-row bound.
      { file: 'online-shopping-zh-hans.tsv', percent: 4 },
    ],
    checkPercent: 2,
    /**
     * What one such row counts for against one fixture message: enough to teach that ordinary words raise
     * nothing, not so much that the fixture's traps (the hard negatives) stop mattering.
     */
    weight: 0.25,
    /** Longer rows are cut to their last this many characters (reviews run to pages; support messages do not). */
    maxChars: 400,
    /**
     * Short rows (at most this many characters) in buckets from `fromBucket` on, never trained on and apart from
     * the check rows: the threshold chosen for a language group is raised until at most `maxRate` of them get a
     * model flag. Precision on the fixtures alone says nothing of how often a terse ordinary reply ("Sent.",
     * 收到) trips a head, and a flag on one is the false alarm agents see most.
     */
    short: { latinChars: 30, hanChars: 10, fromBucket: 60, maxRate: 0.015 },
  },
  /**
   * Table rows whose largest int8 weight is at most this are dropped from the file (read as 0): mostly n-grams
   * seen once in an ordinary message. Keeps the file small; the cross-validation runs on the pruned model.
   */
  prune: 20,
  /** Probabilities tried for taking back a rules' flag the model reads as very unlikely (index.ts chooseVeto). */
  vetoGrid: [0, 0.02, 0.05, 0.1, 0.15, 0.2] as readonly number[],
  /**
   * F1 within this of the best counts as as good (index.ts chooseVeto). At 0 the fifteenth session's run chose 0.15
   * for a pooled F1 of 0.921 against 0.920 at 0.05, and took back "Keep it up and you won't have many customers
   * left." (churn, read 0.10) and "whoever regulates broadband providers would find this very interesting".
   */
  vetoTolerance: 0.002,
  /**
   * Thresholds tried in leave-one-round-out cross-validation; per language group the lowest at which the model
   * alone (vetoes included) reaches `precision` over all flags is kept: a model flag is only worth adding when
   * it is about as trustworthy as a rule's. Per language group [Latin, Chinese].
   *
   * English 0.96 since the eleventh session: raise.ts now keeps short English replies from model flags, so the
   * short-row bound below stopped holding the English threshold up, and at 0.95 it fell from 0.575 to 0.5, where
   * LORO rules + model precision fell (corpus1 0.944 -> 0.928, corpus4 0.963 -> 0.958, fresh 0.938 -> 0.882) and
   * pooled recall gained nothing (0.972 at 0.5 and at 0.55); medium-length ordinary lines ("the email above has
   * my order number", repeat-contact at 0.54) came through.
   */
  grid: Array.from({ length: 27 }, (_, i) => Math.round((0.3 + i * 0.025) * 1000) / 1000) as readonly number[],
  precision: [0.96, 0.95] as readonly number[],
  /** When no threshold on the grid reaches it (too few flags to say), the model adds nothing in that group. */
  fallback: 1.01,
} as const;

export type EscalationTrainConfig = typeof ESCALATION_TRAIN_CONFIG;
