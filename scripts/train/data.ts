/**
 * Training rows: read from ../shared/train (never copied into the repo), Traditional Chinese derived from the
 * Simplified rows with OpenCC (Taiwan phrasing and Hong Kong wording), and split by a hash of the source text
 * into train / calibration / blind, so a row and its 繁體 copies always land on the same side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { FOLD_END, FOLD_START, type Fold, MODEL_LABELS } from '../../lib/model/features';
import { NEGATIVE_EMOTIONS } from '../../lib/types';
import { readTsv } from '../eval-lib/tsv';
import type { TrainConfig } from './config';

export type Split = 'train' | 'calibration' | 'blind';
export type Script = 'en' | 'hans' | 'twp' | 'hk';

export interface TrainRow {
  text: string;
  /** Index into MODEL_LABELS, or -1 for rows that only say negative / not. */
  label: number;
  /** 1 negative, 0 not. */
  negative: number;
  split: Split;
  script: Script;
  /** Source file name without .tsv. */
  source: string;
}

export function trainDir(): string {
  if (process.env.HEARTLINE_TRAIN_DIR) return resolve(process.env.HEARTLINE_TRAIN_DIR);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // ../shared/train beside the checkout; a git worktree one level deeper (wt/NAME) looks one further up.
  const near = resolve(root, '..', 'shared', 'train');
  return existsSync(near) ? near : resolve(root, '..', '..', 'shared', 'train');
}

/** FNV-1a over UTF-16 units: a stable split that does not depend on file order. */
export function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function splitOf(text: string, cfg: Pick<TrainConfig, 'blindPercent' | 'calibrationPercent'>): Split {
  const b = textHash(text) % 100;
  if (b < cfg.blindPercent) return 'blind';
  if (b < cfg.blindPercent + cfg.calibrationPercent) return 'calibration';
  return 'train';
}

const NEGATIVE: ReadonlySet<string> = new Set(NEGATIVE_EMOTIONS);

type Convert = (s: string) => string;
let converters: Record<'twp' | 'hk', Convert> | null = null;
function convert(kind: 'twp' | 'hk', s: string): string {
  converters ??= {
    twp: OpenCC.Converter({ from: 'cn', to: 'twp' }),
    hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  return converters[kind](s);
}

export function loadRows(cfg: TrainConfig, dir = trainDir()): TrainRow[] {
  if (!existsSync(dir)) throw new Error(`Training data not found at ${dir}; set HEARTLINE_TRAIN_DIR.`);
  const out: TrainRow[] = [];
  for (const file of cfg.files.emotion) {
    const source = file.replace(/\.tsv$/, '');
    const zh = file.includes('zh-hans');
    for (const r of readTsv(join(dir, file))) {
      const label = MODEL_LABELS.indexOf(r.expected as (typeof MODEL_LABELS)[number]);
      if (label < 0 || r.text.trim() === '') continue;
      const split = splitOf(r.text, cfg);
      const negative = NEGATIVE.has(r.expected) ? 1 : 0;
      out.push({ text: r.text, label, negative, split, script: zh ? 'hans' : 'en', source });
      if (zh) {
        for (const v of cfg.hantEmotionVariants) {
          out.push({ text: convert(v, r.text), label, negative, split, script: v, source });
        }
      }
    }
  }
  for (const file of cfg.files.binary) {
    const source = file.replace(/\.tsv$/, '');
    for (const r of readTsv(join(dir, file))) {
      if ((r.expected !== 'negative' && r.expected !== 'non-negative') || r.text.trim() === '') continue;
      const split = splitOf(r.text, cfg);
      const negative = r.expected === 'negative' ? 1 : 0;
      out.push({ text: r.text, label: -1, negative, split, script: 'hans', source });
      const variants = cfg.hantReviewVariants;
      const v = variants[textHash(r.text) % variants.length]!;
      out.push({ text: convert(v, r.text), label: -1, negative, split, script: v, source });
    }
  }
  return out;
}

/** The support messages of config.ts `supportCheck` (negative / non-negative), read from the repo. */
export function loadSupportCheck(cfg: TrainConfig, root: string): TrainRow[] {
  return readTsv(join(root, cfg.supportCheck))
    .filter((r) => (r.expected === 'negative' || r.expected === 'non-negative') && r.text.trim() !== '')
    .map((r) => ({
      text: r.text,
      label: -1,
      negative: r.expected === 'negative' ? 1 : 0,
      split: 'blind' as const,
      script: 'en' as const,
      source: 'support-en',
    }));
}

/**
 * Support messages written and labelled in this repo (config.ts `supportTraining`): the one source of training
 * text that is customer mail rather than Reddit, Weibo or reviews. Training split only, each repeated `repeat`
 * times so a few hundred messages weigh against tens of thousands of chatter rows. Files whose round is named in
 * HEARTLINE_SUPPORT_HOLDOUT (comma-separated, e.g. "blind9,blind10") are left out, to measure the gain on rounds
 * the model never saw.
 */
export function loadSupportTraining(cfg: TrainConfig, root: string): TrainRow[] {
  const holdout = (process.env.HEARTLINE_SUPPORT_HOLDOUT ?? '').split(',').filter((s) => s !== '');
  const out: TrainRow[] = [];
  for (const file of cfg.supportTraining.files) {
    const round = file.replace(/^.*\//, '').replace(/-(en|zh-hans|zh-hant)\.json$/, '');
    if (holdout.includes(round)) continue;
    const script: Script = file.endsWith('-en.json') ? 'en' : file.endsWith('-zh-hans.json') ? 'hans' : 'twp';
    const cases = JSON.parse(readFileSync(join(root, file), 'utf8')) as { label: string; text: string }[];
    for (const c of cases) {
      const label = MODEL_LABELS.indexOf(c.label as (typeof MODEL_LABELS)[number]);
      if (label < 0 || c.text.trim() === '') throw new Error(`${file}: bad row ${JSON.stringify(c).slice(0, 80)}`);
      const negative = NEGATIVE.has(c.label) ? 1 : 0;
      for (let k = 0; k < cfg.supportTraining.repeat; k++) {
        out.push({ text: c.text, label, negative, split: 'train', script, source: 'support-train' });
      }
    }
  }
  return out;
}

/**
 * The 繁 → 简 fold the model ships (features.ts Fold): every Han character OpenCC turns into one other character
 * when reading Taiwan, Hong Kong or generic Traditional text as Simplified, one character at a time.
 */
export function foldTable(): Fold {
  const readers = [
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 't', to: 'cn' }),
  ];
  const fold = new Uint16Array(FOLD_END - FOLD_START);
  for (let c = FOLD_START; c < FOLD_END; c++) {
    const ch = String.fromCharCode(c);
    for (const read of readers) {
      const s = read(ch);
      if (s.length === 1 && s !== ch) {
        fold[c - FOLD_START] = s.charCodeAt(0);
        break;
      }
    }
  }
  return fold;
}
