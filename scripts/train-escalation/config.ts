/**
 * Everything that decides the committed escalation model besides the code and the data. Its hash (with the
 * code's, hash.ts) is written into the model and its card, and a unit test recomputes it.
 */
export const ESCALATION_TRAIN_CONFIG = {
  seed: 20414,
  epochs: 16,
  /** Adagrad step size. */
  learningRate: 0.2,
  /** Shrink applied to touched weights on every update, against one-off n-grams of one message. */
  l2: 1e-5,
  /**
   * Rounds never read for training or for choosing anything: sets written as blind checks that land after
   * this model (fresh13 was being written by another helper while this trainer was built).
   */
  blind: ['fresh13'] as readonly string[],
  /**
   * Thresholds tried in leave-one-round-out cross-validation; per language group the lowest at which the model
   * alone (vetoes included) reaches `precision` over all flags is kept: a model flag is only worth adding when
   * it is about as trustworthy as a rule's.
   */
  grid: Array.from({ length: 27 }, (_, i) => Math.round((0.3 + i * 0.025) * 1000) / 1000) as readonly number[],
  precision: 0.95,
  /** When no threshold on the grid reaches it (too few flags to say), the model adds nothing in that group. */
  fallback: 1.01,
} as const;

export type EscalationTrainConfig = typeof ESCALATION_TRAIN_CONFIG;
