/**
 * Everything that decides the committed model besides the code and the data. Its hash (with the code's) is
 * written into the model and MODEL_CARD.md, and a unit test recomputes it, so weights and recipe cannot drift.
 */
export const TRAIN_CONFIG = {
  seed: 20201,
  epochs: 6,
  /** Adagrad step size. */
  learningRate: 0.3,
  /** Per-example L2 shrink applied to touched weights, against the rare n-grams Reddit and Weibo are full of. */
  l2: 1e-6,
  /** Share of rows per epoch trained from the rules' cues alone (see sgd.ts). */
  ruleOnlyShare: 0.25,
  /**
   * Extra weight on the rules' verdict in the negative decision, per language group [English-like, Chinese-like],
   * added to the weight calibration learns in-domain. Reddit and Weibo under-rate what support mail shows (a
   * tweet to @support about a broken link is a complaint). Chosen on the dev sets, per group, on a coarse grid
   * (0, 0.5 … 3): the smallest value at which the hybrid beats the rules' negative-F1 on every dev file of the
   * group, or, where none does (English: complaints-en), the one with the best worst-case margin. The blind
   * check shows what it costs on Reddit and Weibo; these are the only dev-chosen numbers in the recipe, and
   * the rest of the recipe is picked on the blind and calibration slices only.
   * English was chosen again by the same rule for the folded 4-gram model: 2 (kept from the first model) gave
   * complaints-en 0.789 against the rules' 0.808; on the grid the worst-case margin is best from 2.5 (complaints
   * 0.802, goemotions 0.816 against 0.813). Chinese was left at 1 (every value from 0 beats the rules there; 1
   * was already committed and is not re-chosen).
   */
  rulesWeight: [2.5, 1] as readonly number[],
  /** Of every 100 source rows (by a hash of the text): this many are the blind check, this many calibrate. */
  blindPercent: 10,
  calibrationPercent: 6,
  /** Each Simplified emotion row is also read in Taiwan and Hong Kong wording; each review row in one of them. */
  hantEmotionVariants: ['twp', 'hk'] as const,
  hantReviewVariants: ['twp', 'hk'] as const,
  /** Emotion labels are re-weighted at decision time from the training priors to even ones (see calibrate.ts). */
  evenPriors: true,
  files: {
    emotion: ['goemotions-train-en.tsv', 'smp2020-usual-zh-hans.tsv', 'smp2020-virus-zh-hans.tsv'],
    binary: ['chnsenticorp-hotel-zh-hans.tsv', 'online-shopping-zh-hans.tsv'],
  },
} as const;

export type TrainConfig = typeof TRAIN_CONFIG;
