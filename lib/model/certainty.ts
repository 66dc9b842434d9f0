/** From this the model is right about three times in four: the panel says "sure". */
export const SURE = 0.75;

/**
 * Below this the model's label is as likely wrong as right (its probabilities are calibrated). The blend lets
 * an unsure model overrule nothing, and the panel's certainty meter calls it "unsure" from the same point.
 * Its own module so the panel can read it without loading the model's code.
 */
export const FAIRLY_SURE = 0.5;
