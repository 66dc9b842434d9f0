/**
 * Everything that decides the committed model besides the code and the data. Its hash (with the code's) is
 * written into the model and MODEL_CARD.md, and a unit test recomputes it, so weights and recipe cannot drift.
 *
 * Tried on the blind slices and not kept (label-balanced negative-F1, training-only calibration; an English-only
 * feature change alone moves the Chinese figures by 0.004 and a Chinese-only one GoEmotions by 0.006, through hash
 * collisions, so that is the noise floor).
 * Before: GoEmotions 0.831, SMP2020 简体 / TW / HK 0.874 / 0.876 / 0.875, reviews 0.929.
 * - Label smoothing 0.1: negative-F1 unchanged, SMP2020 macro-F1 0.708 → 0.679.
 * - Negative rows weighted 1.5 in the negative head: 0.827, 0.873 / 0.875 / 0.874, 0.929.
 * - ruleOnlyShare 0.1 / 0.4: 0.828 / 0.833, SMP2020 0.869–0.875, reviews 0.928.
 * - Step 0.2 / L2 3e-6: within ±0.004 everywhere. Mean of the weights of epochs 3–6 (or 5–8 of 8): the same.
 * - Chinese 4-grams added (SMP2020 0.871 / 0.873 / 0.872, reviews 0.926; GoEmotions 0.837 by collision luck)
 *   or in place of Han unigrams (SMP2020 0.859): the table is full; more n-grams mean more collisions.
 * - English words after but / however / though read as their own features: 0.831, SMP2020 0.870–0.872.
 * - A stacker fitted on the calibration slice (negative logit, the emotion head's negative log-odds, the rules'
 *   verdict, its valence and no-cue flag, one-hot verdicts, or verdict × logit) instead of Platt scaling:
 *   GoEmotions −0.005 … +0.002, SMP2020 +0.000 … +0.004, reviews −0.003 … −0.005.
 * - The English negative offset chosen on the support check's messages (`supportCheck`, as the reviews set it
 *   for Chinese): it came out +0.6, the Reddit model missing problem reports, and cost GoEmotions macro-F1
 *   0.639 → 0.610 and complaints-en on dev; a single offset cannot fix support text both ways.
 * Round emo-fusion (issue #13: a prototype gained on dev "when averaged with the lexicon"). Before: GoEmotions 0.831,
 * SMP2020 0.873 / 0.873 / 0.873, reviews 0.929 / 0.929 (training-only); with `rulesWeight` 0.823, 0.868 / 0.871 /
 * 0.871, 0.926 / 0.925, support check 0.864. Seeds 20202 and 20203 alone move GoEmotions to 0.822 / 0.825 and SMP2020
 * by up to 0.003: on GoEmotions the noise floor is nearer ±0.009 than ±0.006.
 * - Late fusion, σ(a·z + b·s + c·verdict + d) per group on the calibration slice, with s a continuous rules
 *   negativity (−valence; the negative minus the positive emotion scores, summed or max) or all three at once:
 *   GoEmotions 0.821 … 0.829 (0.823 … 0.836 against 0.834 with the English offset below), SMP2020 −0.005 …
 *   +0.003, reviews −0.003 … 0. The rules' read-out is already among the
 *   model's inputs, so a second, late look at it adds nothing. The prototype's own setting, a model of the text
 *   alone (rules' slots 1–28 left out) fused late with the verdict or with all the scores: 0.828 / 0.824, SMP2020
 *   0.871 … 0.873, reviews 0.932 / 0.930; late fusion equals early fusion here. The prototype's dev gain came from
 *   a lexicon tuned on the dev files (issue #13: the rules read GoEmotions 0.809 on dev, 0.78 unseen).
 * - NBSVM-style scaling of the negative head's n-gram inputs by naive-Bayes log-count ratios r (α = 1, sign(r)·|r|^γ,
 *   folded into the weights, so nothing changes at run time). Under Adagrad it is a per-row step size ∝ |r|. γ = 1:
 *   0.830, 0.870 … 0.872, 0.927. γ = 0.5 over seeds 20201–20203: training-only GoEmotions +0.004 … +0.009 and
 *   SMP2020 −0.001 … +0.007, but with `rulesWeight` GoEmotions −0.001 each time, SMP2020 −0.001 … +0.004, reviews
 *   −0.001 … −0.002, and the support check 0.864 → 0.851 / 0.851 / 0.841. γ = 0.25: between the two.
 * - The negative decision's offset chosen for the best negative-F1 on calibration rows, now through settle() (what
 *   `npm run eval` scores): English, on the label-balanced GoEmotions rows, +0.7 training-only (blind 0.826 → 0.837
 *   after settle, macro-F1 0.634 → 0.618, the trade the support-check offset above made) and +0.2 / +0.3 with
 *   `rulesWeight` (0.818 → 0.818 / 0.816: the rules weight already sits at the F1 optimum); Chinese, re-chosen with
 *   settle(): the same 0.1 on reviews, or 0.1 … 0.6 on balanced SMP2020 rows (±0.003).
 * - settle() (lib/model/blend.ts) costs 0.004 … 0.008 blind negative-F1: on Weibo and the reviews 52–73% of its
 *   neg → neutral calls and 82–95% of its Chinese neg → confusion calls were negative rows. Holding the confusion
 *   rule to an unsure model (negative < 0.75) cost the headline check (blind 简体 91 → 84%, 繁體 78 → 72%, fresh
 *   繁體 78 → 75%): it stays, and the card's blind figures are now scored through it.
 * Round emo-acc (label-balanced blind slices, through settle(); "pure" = training-only, "ship" = with
 * `rulesWeight`; GoEmotions / SMP2020 简体 · TW · HK / reviews). Before, 2^18 rows, seed 20201: pure 0.826 /
 * 0.864 · 0.866 · 0.866 / 0.920, ship 0.820 / 0.863 · 0.865 · 0.865 / 0.919 (macro-F1 ship 0.610 / 0.690).
 * - More table rows (features.ts DIM, rows picked by multiply-shift on 22 bits of the hash), not kept.
 *   3 · 2^17 rows: pure 0.838 / 0.872 · 0.875 · 0.875 / 0.923, ship 0.823 / 0.868 · 0.870 · 0.869 / 0.918 (macro
 *   ship 0.604 / 0.688). Seed 20202, 2^18 → 3 · 2^17: pure 0.817 → 0.838, 0.869 · 0.872 · 0.873 → 0.872 · 0.874 ·
 *   0.874; ship 0.817 → 0.820, 0.869 · 0.870 · 0.871 → 0.868 · 0.869 · 0.868; seed 20203: pure 0.821 → 0.839,
 *   0.871 · 0.873 · 0.872 → 0.867 · 0.868 · 0.867; ship 0.817 → 0.823, 0.866 · 0.869 · 0.868 → 0.864 · 0.866 ·
 *   0.865. Over three seeds English gains (+0.012 … +0.021 pure, +0.003 … +0.006 shipped) and Chinese stays
 *   within its noise. Checked once on dev (seed 20201): complaints-en 0.812 → 0.810 (rules 0.811: the hybrid no
 *   longer beats them), GoEmotions 0.817 → 0.819, SMP2020 0.878 / 0.876 → 0.880 / 0.880, waimai 0.885 → 0.888;
 *   and its base64 chunk is 4.74 MB, past the 4 MB the committed-model test holds (the zip would be ≈ 3.3 MB).
 *   5 · 2^16 rows (3.95 MB base64): pure 0.822 / 0.869 · 0.872 · 0.870 / 0.925, ship 0.815 / 0.866 · 0.868 · 0.868
 *   / 0.918: English below 2^18. 7 · 2^16: pure 0.833 / 0.871 · 0.873 · 0.873, ship 0.821 / 0.867 · 0.869 ·
 *   0.869. 2^19 would pass the 4 MB packed budget.
 * Tried and not kept (all at 3 · 2^17 unless said):
 * - 9 epochs instead of 6 (2^18): pure 0.820 / 0.866 · 0.867 · 0.866, ship 0.818 / 0.865 · 0.867 · 0.866.
 * - Half the review rows (the Chinese negative head less review-led): pure 0.832 / 0.871 · 0.873 · 0.873, reviews
 *   0.919, ship 0.822 / 0.867 · 0.871 · 0.870, reviews 0.915.
 * - GoEmotions rows twice: pure 0.834 / 0.866 · 0.868 · 0.866, ship 0.820 / 0.865 · 0.867 · 0.866.
 * - Confident-learning pruning (2^18): two-fold out-of-fold probabilities of each row's own label and side, the
 *   lowest 3 / 6 / 10% of emotion and of review rows dropped. SMP2020 ship 0.868 / 0.866 / 0.869 (+0.005 at most,
 *   the noise floor), reviews −0.000 … −0.002, and GoEmotions collapsed (negative-F1 0.37 … 0.55; not traced:
 *   one ranking across all emotion rows may strip Reddit's hard minority labels whole). Not worth the 2× time.
 * Round emo-acc 2 (issue #13 targets missed on GoEmotions and SMP2020). Shipped figures (with `rulesWeight`), label-
 * balanced blind slices through settle(); "usual" is the SMP2020 usual-domain rows alone (the domain of the dev and
 * unseen sets; the virus rows read about 0.025 lower), 繁 its TW and HK copies. Adagrad, seeds 20201 / 20202 / 20203:
 * GoEmotions 0.820 / 0.817 / 0.818 (macro-F1 0.607 / 0.612 / 0.606), usual 简 0.866 / 0.870 / 0.868 (macro-F1
 * 0.697 / 0.699 / 0.694), 繁 0.867 / 0.872 / 0.870, reviews 简 0.919 / 0.920 / 0.919, support check 0.864 each.
 * - Kept: FTRL-Proximal with L1 on the table (sgd.ts), `l1` 0.1 at seeds 20201 / 20202, 0.05 at 20201, and 0.1 with
 *   no L1 on the negative column at 20201 / 20202: GoEmotions 0.819 / 0.821 / 0.819 / 0.819 / 0.821 (macro-F1
 *   0.610 … 0.612), usual 简 0.871 / 0.868 / 0.870 / 0.870 / 0.869 (macro-F1 0.705 / 0.701 / 0.705 / 0.705 / 0.700),
 *   繁 0.869 … 0.871, reviews 简 0.915 … 0.917, support check 0.851 each (one message). So: emotion macro-F1 up
 *   about 0.006 on Weibo and 0.003 on Reddit, beyond the seeds' spread; negative-F1 within it; reviews down 0.003.
 *   On the dev sets (scored through training's own scoring, seeds 20201 / 20202) SMP2020 negative-F1 0.874 / 0.878
 *   → 0.888 / 0.886, waimai 0.879 / 0.891 → 0.890 / 0.885: larger than the blind slices show.
 *   `rulesWeight` re-checked by its rule on the FTRL model (dev, training's scoring): English 1.5 / 2 / 2.5 / 3 / 3.5:
 *   complaints-en 0.795 / 0.806 / 0.810 / 0.810 / 0.810 (rules 0.811), GoEmotions 0.826 / 0.822 / 0.820 / 0.819 /
 *   0.817: 2.5 stays (the best worst-case margin, the smaller of the tie; `npm run eval`, with the calm-question step,
 *   reads complaints-en 0.812). Chinese 0 misses waimai (0.883 against 0.879); 0.5 beats every file by 0.009 or more
 *   (SMP2020 0.888 / 0.888, waimai 0.890): it stays. FTRL measured no slower than Adagrad (CPU time, an eighth of the rows, 2 epochs: 0.6×).
 * Tried and not kept (seed 20201, shipped: GoEmotions / SMP2020 简 · TW · HK / reviews 简; within the seeds' spread):
 * - Label-balanced row weights, (label count / mean)^−0.5: 0.821 / 0.865 · 0.867 · 0.866 / 0.920; ^−1: 0.819 /
 *   0.868 · 0.869 · 0.869 / 0.920, SMP2020 macro-F1 −0.007.
 * - The negative head's gradient from review rows × 0.5: 0.818 / 0.866 · 0.868 · 0.868 / 0.917; from emotion rows
 *   × 2: 0.818 / 0.867 · 0.868 · 0.868 / 0.917.
 * - No 繁體 copies of the emotion rows: 0.820 / 0.868 / 0.926. L2 1e-5: 0.818 / 0.864 · 0.866 · 0.866 / 0.919.
 *   4 epochs: 0.818 / 0.867 · 0.866 · 0.866 / 0.920. Step 0.15: 0.819 / 0.867 · 0.869 · 0.869 / 0.920.
 * - The virus rows left out (seeds 20201–20203): usual 简 0.872 / 0.872 / 0.866 against 0.866 / 0.870 / 0.868.
 * - An English negative offset only where the rules read neither side (+0.5 / 1 / 1.5 / 2): GoEmotions 0.814 /
 *   0.822 / 0.811 / 0.801, support check 0.864 / 0.867 / 0.833 / 0.789. At `rulesWeight` 2.5 the English negative
 *   decision is the rules' verdict wherever they have one (on the dev GoEmotions file the model overrules 2 of
 *   651 rows the rules call negative), and where they have none the model finds few of the negatives: English
 *   negative-F1 moves with `rulesWeight`, not with the model, and no setting here reaches 0.84 on GoEmotions while
 *   complaints-en holds.
 * Exact duplicate texts: none in the training files, so no deduplication.
 * `rulesWeight` re-checked by its own rule (below) on the 3 · 2^17 model; it would stay. English 0 … 3 by 0.5: complaints-en
 * 0.642, 0.741, 0.780, 0.790, 0.808, 0.810, 0.810 (rules 0.811), GoEmotions 0.833, 0.836, 0.832, 0.824, 0.821,
 * 0.819, 0.820 (rules 0.813): 2.5 and 3 tie on the worst-case margin (−0.001). Chinese: 0 misses waimai (0.871
 * against 0.879); 0.5 beats every file by 0.009 or more (SMP2020 0.880 / 0.880, waimai 0.888).
 */
/**
 * English support mail written and labelled here: every headline round (tests/fixtures/headline), the one English
 * text that is customer mail rather than Reddit. See `supportTraining` below.
 *
 * Sixteenth session: blind12, blind13 and hcorpus2a–d (240 English messages that had stayed test sets) joined. Each
 * measured held out, label accuracy with the rest added: blind13-en 30 → 34 of 40 (negative side 36 → 39) with
 * hcorpus2 and blind12; blind12-en 26 → 27 of 40 with hcorpus2 and blind13. Dev: complaints-en 0.808 → 0.807 …
 * 0.810, GoEmotions negative-F1 0.823 → 0.824 (macro-F1 0.645 → 0.631 … 0.635), SMP2020 0.879 / 0.879 →
 * 0.880 … 0.881; the support check 0.891 → 0.879 (one message). blind14, the session's blind check, stays out.
 * hcorpus4a–f (480 English messages written blind as training rows, ten per label per file) read 359 of 480 on
 * arrival (starting code) and 369 with the rounds above. Trained on half, the other half read 181 → 183 (d–f) and
 * 188 → 190 (a–c) of 240; all six trained cost GoEmotions dev 0.823 / 0.639 → 0.819 / 0.630 (negative-F1 / macro-F1).
 * Too little gain for that: they stay out, the largest English support set the model has not seen.
 *
 * Twenty-first session, not kept (blind18 held out, label / negative side of 40 per language, en / 简 / 繁; dev
 * negative-F1 complaints-en, GoEmotions, SMP2020 简 / 繁, waimai, GoEmotions macro-F1 beside it; support check as
 * shipped). Start: blind18 33 / 30 / 34 (side 35 / 37 / 38); dev 0.811, 0.820 / 0.633, 0.885 / 0.883, 0.886;
 * support check 0.867. English blind14–17 trained: blind18 33 / 29 / 33 (side 35 / 36 / 37); dev 0.815, 0.822 /
 * 0.629, 0.880 / 0.878, 0.887; support check 0.876; hcorpus4, still held out, 371 → 376 of 480. With hcorpus4a–f as
 * well: blind18 33 / 30 / 34 (side 35 / 37 / 38); dev 0.814, 0.817 / 0.622, 0.883 / 0.880, 0.883; support check
 * 0.876. blind18-en did not move by a message either way (160 or 640 rows beside the 736 here) and the Chinese
 * files lost one or none. On the Chinese dev files (SMP2020 −0.005 with blind14–17, waimai −0.003 with hcorpus4
 * too) the Chinese negative offset, recalibrated in each run, moved 0.2 → 0 and 0.2 → 0.3 logits (the flat optimum
 * SUPPORT_ROUNDS_ZH describes); GoEmotions lost 0.003 with hcorpus4, as in the sixteenth session. blind14–17 and
 * hcorpus4 stay out.
 */
const SUPPORT_ROUNDS = [
  'hcorpus1',
  'blind',
  'blind2',
  'blind3',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'fresh',
  'blind12',
  'blind13',
  'hcorpus2a',
  'hcorpus2b',
  'hcorpus2c',
  'hcorpus2d',
];

/**
 * Chinese support mail written and labelled here, both scripts (`supportTraining`, fifteenth session, round emo15).
 * Measured by training without blind8–12 and reading their Chinese files (200 messages per script, one message =
 * 0.5 points), against 147 (简) / 146 (繁) without Chinese rows: the older Chinese rounds alone had never helped
 * (thirteenth session); with hcorpus3a–b (320 messages written blind as training rows, ten per label per file)
 * beside them 158 / 149, and with hcorpus3a–f 159 / 154 (the negative head trained on them too; the emotion head
 * alone read 153 / 150). blind8–12 stay out: they are this measure, and training on them as well moved the Chinese
 * negative decision's calibrated offset from 0.1 to −0.1 logits (SMP2020 dev negative-F1 0.885 → 0.876, a flip of
 * a flat optimum). blind13 stays out too: the session's blind check.
 *
 * Seventeenth session: hcorpus5a–h (eight more rounds written blind as training rows, 80 per script each) joined.
 * Held out the same way, the Chinese files of blind8–12 read 314 → 322 of 400 with hcorpus5a–d and 332 with all
 * eight; the English hcorpus4 (never trained on) 369 → 366 of 480 through the shared table. blind15, that session's
 * blind check, stays out.
 *
 * Eighteenth session: hcorpus6a–e (five more, 80 per script each) joined. Held out, blind8–12's Chinese files read
 * 333 → 334 of 400 and blind13–15's 178 → 183 of 240; hcorpus4 366 → 366. The gains have flattened: Chinese support
 * rows now add about a message in a hundred per thousand rows. blind16, that session's blind check, stays out.
 * blind17, the nineteenth session's, stays out too, and blind18, the twentieth's.
 *
 * Twenty-first session: the Chinese files of blind16–17 trained (English as it was; figures as in SUPPORT_ROUNDS's
 * last paragraph): blind18 33 / 29 / 34 of 40 (side 35 / 36 / 38) against 33 / 30 / 34 (35 / 37 / 38); dev
 * complaints-en 0.813, GoEmotions 0.821 / 0.637, SMP2020 0.881 / 0.879 against 0.885 / 0.883 (the negative offset
 * 0.2 → 0.1), waimai 0.886; support check 0.867. No gain on blind18 and SMP2020 down 0.004: not kept.
 */
const SUPPORT_ROUNDS_ZH = [
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'fresh',
  'hcorpus1',
  'hcorpus3a',
  'hcorpus3b',
  'hcorpus3c',
  'hcorpus3d',
  'hcorpus3e',
  'hcorpus3f',
  'hcorpus5a',
  'hcorpus5b',
  'hcorpus5c',
  'hcorpus5d',
  'hcorpus5e',
  'hcorpus5f',
  'hcorpus5g',
  'hcorpus5h',
  'hcorpus6a',
  'hcorpus6b',
  'hcorpus6c',
  'hcorpus6d',
  'hcorpus6e',
];

export const TRAIN_CONFIG = {
  seed: 20201,
  epochs: 6,
  /** Adagrad step size. */
  learningRate: 0.3,
  /** Per-example L2 shrink applied to touched weights, against the rare n-grams Reddit and Weibo are full of. */
  l2: 1e-6,
  /**
   * L1 of the table's FTRL-Proximal updates (sgd.ts), against the hashed slots' noise; 0.05 and 0.1 read alike on the
   * blind slices (above). Not yet shipped: both read three plain English questions of the headline sets as confusion
   * (blind3-en 33 → 32 of 40, under its floor; see scripts/lab/ftrl/README.md).
   */
  l1: 0.1,
  /** Share of rows per epoch trained from the rules' cues alone (see sgd.ts). */
  ruleOnlyShare: 0.25,
  /**
   * Extra weight on the rules' verdict in the negative decision, per language group [English-like, Chinese-like],
   * added to the weight calibration learns in-domain. Reddit and Weibo under-rate what support mail shows (a
   * tweet to @support about a broken link is a complaint). Chosen on the dev sets, per group, on a coarse grid
   * (0, 0.5 … 3): the smallest value at which the hybrid beats the rules' negative-F1 by at least 0.005 on every
   * dev file of the group, or, where none does (English: complaints-en), the one with the best worst-case
   * margin. 0.005 is two or three rows of a 500-row file: a one-row lead is a tie, not a win. The blind check
   * shows what it costs on Reddit and Weibo; these are the only dev-chosen numbers in the recipe, and the rest
   * of the recipe is picked on the blind and calibration slices only.
   * English (folded 4-gram model): none beats complaints-en; the worst-case margin is best from 2.5 (complaints
   * 0.801 against the rules' 0.808, GoEmotions 0.816 against 0.813). Chinese, re-chosen by this rule in round
   * model-acc (it had been kept at 1 from the first model): 0 beats waimai by 0.001 only; 0.5 beats every file
   * (SMP2020 简体 0.872, 繁體 0.875, waimai 0.886 against the rules' 0.835 / 0.831 / 0.879; at 1 they were
   * 0.873 / 0.876 / 0.894). On the blind slices 1 → 0.5 is +0.005 on SMP2020 and +0.007 on the reviews: the
   * rules were tuned on the dev sets and read unseen text worse (issue #13: waimai rules 0.88 dev, 0.82 unseen).
   * English re-chosen by the same rule once the model trained on support mail (round emo-support, `npm run eval`):
   * 1.5 / 2 / 2.5 / 3 read complaints-en 0.809 / 0.811 / 0.811 / 0.811 (rules 0.811) and GoEmotions 0.826 / 0.825 /
   * 0.821 / 0.819: 2 is the smallest of the tie on the worst-case margin.
   */
  rulesWeight: [2, 0.5] as readonly number[],
  /** Of every 100 source rows (by a hash of the text): this many are the blind check, this many calibrate. */
  blindPercent: 10,
  calibrationPercent: 6,
  /** Each Simplified emotion row is also read in Taiwan and Hong Kong wording; each review row in one of them. */
  hantEmotionVariants: ['twp', 'hk'] as const,
  hantReviewVariants: ['twp', 'hk'] as const,
  /** Emotion labels are re-weighted at decision time from the training priors to even ones (see calibrate.ts). */
  evenPriors: true,
  /**
   * English customer messages written here (none taken from an eval set), half negative, labelled before any
   * model output on them was seen. A blind check only, in the card beside the others: nothing shipped is chosen
   * on them (the one experiment that did, an English offset, was rejected; see above). Reddit is not support
   * mail, and this is the one English check that is. On them the rules weight of 1.5 … 3 reads alike (0.864),
   * 1 reads 0.851 and 0 reads 0.649, which agrees with the dev choice of 2.5.
   */
  supportCheck: 'scripts/train/blind/support-en.tsv',
  /**
   * Support messages written here as training rows (data.ts loadSupportTraining), each read `repeat` times (about 6 %
   * of the English rows). Measured (round emo-support) by training without headline rounds blind8–10 and reading
   * them, label accuracy summed over the three (en / 简 / 繁; 40 messages each, one message = 2.5 points), against
   * 230 / 244 / 233 without support rows: English rows ×3 239, ×6 248 / 246 (the second with hcorpus1), ×10 253,
   * ×15 253; Chinese rows as well, ×3 … ×20: 简 233 … 249, 繁 221 … 228, never better than without them, so the
   * Chinese rounds stayed test sets only (Weibo and the reviews are nearer support mail than Reddit is). The support
   * check (English, blind) reads 0.864 → 0.876; GoEmotions and SMP2020 blind slices move within their noise.
   * Since the fifteenth session the Chinese rounds train too, with the rounds written as training rows beside them
   * (SUPPORT_ROUNDS_ZH above says how that was measured).
   */
  supportTraining: {
    repeat: 6,
    files: [
      ...SUPPORT_ROUNDS.map((r) => `tests/fixtures/headline/${r}-en.json`),
      ...SUPPORT_ROUNDS_ZH.flatMap((r) => [
        `tests/fixtures/headline/${r}-zh-hans.json`,
        `tests/fixtures/headline/${r}-zh-hant.json`,
      ]),
    ],
  },
  files: {
    emotion: ['goemotions-train-en.tsv', 'smp2020-usual-zh-hans.tsv', 'smp2020-virus-zh-hans.tsv'],
    binary: ['chnsenticorp-hotel-zh-hans.tsv', 'online-shopping-zh-hans.tsv'],
  },
} as const;

export type TrainConfig = typeof TRAIN_CONFIG;
