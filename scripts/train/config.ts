/**
 * Everything that decides the committed model besides the code and the data. Its hash (with the code's) is
 * written into the model and MODEL_CARD.md, and a unit test recomputes it, so weights and recipe cannot drift.
 */
export const TRAIN_CONFIG = {
  seed: 20201,
  epochs: 4,
  /** Adagrad step size. */
  learningRate: 0.3,
  /** Per-example L2 shrink applied to touched weights, against the rare n-grams Reddit and Weibo are full of. */
  l2: 1e-6,
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
