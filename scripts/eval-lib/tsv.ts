import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Row {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  text: string;
  sourceLabel: string;
  expected: string;
}

export interface EvalFile {
  name: string;
  rows: Row[];
}

/** ../shared/eval/dev relative to the project root, unless HEARTLINE_EVAL_DIR says otherwise. */
export function evalDir(): string {
  if (process.env.HEARTLINE_EVAL_DIR) return resolve(process.env.HEARTLINE_EVAL_DIR);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(root, '..', 'shared', 'eval', 'dev');
}

/** Columns text, source_label, expected, found by header name so their order does not matter. */
export function readTsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const ti = header.indexOf('text');
  const si = header.indexOf('source_label');
  const ei = header.indexOf('expected');
  if (ti < 0 || ei < 0)
    throw new Error(`${path}: header must have text and expected columns, got: ${header.join(', ')}`);
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cols = line.split('\t');
    rows.push({
      line: i + 1,
      text: cols[ti] ?? '',
      sourceLabel: si >= 0 ? (cols[si] ?? '') : '',
      expected: (cols[ei] ?? '').trim(),
    });
  }
  return rows;
}

export function loadEvalFiles(dir = evalDir()): EvalFile[] {
  if (!existsSync(dir)) {
    throw new Error(`Evaluation data not found at ${dir}. Put the dev TSV files there or set HEARTLINE_EVAL_DIR.`);
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  if (names.length === 0) throw new Error(`No .tsv files in ${dir}.`);
  return names.map((f) => ({ name: f.replace(/\.tsv$/, ''), rows: readTsv(join(dir, f)) }));
}
