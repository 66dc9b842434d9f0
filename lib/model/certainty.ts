/**
 * Below this the model's label is as likely wrong as right (its probabilities are calibrated). The blend lets
 * an unsure model overrule nothing, and the panel's certainty meter calls it "unsure" from the same point.
 * Its own module so the panel can read it without loading the model's code.
 */
export const FAIRLY_SURE = 0.5;
