const root = '/work/wt/esc-model';
const { loadEvalFiles } = await import(`${root}/scripts/eval-lib/tsv.ts`);
const { extract, featureBuffer } = await import(`${root}/lib/analysis/escalation/learned/features.ts`);
const { messageLogits, logit } = await import(`${root}/lib/analysis/escalation/learned/model.ts`);
const { loadEscalationModel } = await import(`${root}/lib/analysis/escalation/learned/index.ts`);
const { bestPer } = await import(`${root}/scripts/bench/cpu.ts`);
const m = await loadEscalationModel();
const rows = loadEvalFiles().flatMap((f: any) => f.rows.map((r: any) => r.text.toLowerCase()));
const buf = featureBuffer();
const out = new Float64Array(16);
let pass = 0;
for (const r of rows) { extract(r, buf, m.fold); messageLogits(m, buf, out); const c = logit(m.meta.thresholds[buf.group]); if ([...out.slice(0, 10)].some((z) => z >= c)) pass++; }
console.log('rows with a head passing', pass, 'of', rows.length);
const e = bestPer(rows, (r: string) => extract(r, buf, m.fold), 5);
const s = bestPer(rows, (r: string) => { extract(r, buf, m.fold); messageLogits(m, buf, out); }, 5);
console.log('extract', e.toFixed(2), 'extract+score', s.toFixed(2));
