/**
 * Rows → the exact features the panel computes: each text goes through analyzeMessage (rules only), and the
 * blend's training tap hands over the cleaned text and the rules' result, which features.ts turns into numbers.
 */
import { analyzeMessage } from '../../lib/analysis/message';
import { installedModel, installModel, setTap } from '../../lib/model/blend';
import { DENSE, extract, type Fold, featureBuffer, rulesSide } from '../../lib/model/features';
import type { MessageAnalysis } from '../../lib/types';
import type { Settling } from './evaluate';

export interface Dataset {
  /** Concatenated sparse row indices (already × OUT); row i is idx[off[i]..off[i+1]). */
  idx: Int32Array;
  off: Int32Array;
  /** n × DENSE */
  dense: Float32Array;
  group: Uint8Array;
  /** Emotion label index, or -1. */
  label: Int8Array;
  /** 1 negative, 0 not, -1 unknown. */
  negative: Int8Array;
  /** The rules' verdict (features.ts rulesSide). */
  rules: Int8Array;
  /** 1 when the rules flagged abuse aimed at the agent. */
  abuse: Uint8Array;
  n: number;
}

export interface LabelledText {
  text: string;
  label: number;
  negative: number;
}

/** Rows the rules refuse to read (empty, binary) get no features and are left out; `kept` says which stayed. */
export function featurize(
  rows: readonly LabelledText[],
  fold: Fold,
): { data: Dataset; kept: number[]; lexicon: string[]; settling: Settling } {
  const buf = featureBuffer();
  let captured = false;
  let lexPrimary = '';
  let lexAbuse = false;
  let lexText = '';
  let lexEvidence: MessageAnalysis['evidence'] = [];
  let lexEscalation: MessageAnalysis['escalation'] = [];
  const lexicon: string[] = [];
  const texts: string[] = [];
  const evidence: MessageAnalysis['evidence'][] = [];
  const escalation: MessageAnalysis['escalation'][] = [];
  const saved = installedModel();
  installModel(null);
  setTap((text, lex) => {
    extract(text, lex, buf, fold);
    lexPrimary = lex.primary;
    lexAbuse = lex.escalation.includes('abuse');
    lexText = text;
    lexEvidence = lex.evidence;
    lexEscalation = lex.escalation;
    captured = true;
  });
  const parts: Int32Array[] = [];
  const off = new Int32Array(rows.length + 1);
  const dense = new Float32Array(rows.length * DENSE);
  const group = new Uint8Array(rows.length);
  const label = new Int8Array(rows.length);
  const negative = new Int8Array(rows.length);
  const rules = new Int8Array(rows.length);
  const abuse = new Uint8Array(rows.length);
  const kept: number[] = [];
  let total = 0;
  try {
    for (let i = 0; i < rows.length; i++) {
      captured = false;
      analyzeMessage(rows[i]!.text);
      if (!captured || buf.n === 0) continue;
      const k = kept.length;
      kept.push(i);
      lexicon.push(lexPrimary);
      texts.push(lexText);
      evidence.push(lexEvidence);
      escalation.push(lexEscalation);
      parts.push(buf.idx.slice(0, buf.n));
      total += buf.n;
      off[k + 1] = total;
      dense.set(buf.dense, k * DENSE);
      group[k] = buf.group;
      label[k] = rows[i]!.label;
      negative[k] = rows[i]!.negative;
      rules[k] = rulesSide(buf.dense);
      abuse[k] = lexAbuse ? 1 : 0;
    }
  } finally {
    setTap(null);
    installModel(saved);
  }
  const idx = new Int32Array(total);
  let at = 0;
  for (const p of parts) {
    idx.set(p, at);
    at += p.length;
  }
  const n = kept.length;
  return {
    data: {
      idx,
      off: off.slice(0, n + 1),
      dense: dense.slice(0, n * DENSE),
      group: group.slice(0, n),
      label: label.slice(0, n),
      negative: negative.slice(0, n),
      rules: rules.slice(0, n),
      abuse: abuse.slice(0, n),
      n,
    },
    kept,
    lexicon,
    settling: { texts, lexicon, evidence, escalation },
  };
}
