import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '@/lib/analysis';
import { sentencesOf } from '@/lib/analysis/escalation/clauses';

interface Case {
  text: string;
  flags: Record<string, string>;
}

const dir = join(__dirname, '..', '..', 'fixtures', 'escalation');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function score(cases: Case[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const got = new Set(analyzeMessage(c.text).escalation as string[]);
    for (const f of Object.keys(c.flags)) got.has(f) ? tp++ : fn++;
    for (const f of got) if (!(f in c.flags)) fp++;
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

// Tuned sets must stay at the targets; the last fresh set, scored once blind, keeps its blind figures as floors
// (README, Accuracy), so a change that loses ground on unseen text fails here. fresh12 was scored blind after
// the round-10 passes (fresh10, fresh11) and then tuned on, so it sits above these. fresh13 (written by someone
// who had not seen the cue lists) is scored blind and not tuned on.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  // fresh12-en, tuned on since (esc-en, ninth session: rules alone 1.000/1.000).
  'fresh12-en.json': { precision: 0.97, recall: 0.97 },
  'fresh12-zh-hans.json': { precision: 0.95, recall: 0.62 },
  'fresh12-zh-hant.json': { precision: 0.95, recall: 0.62 },
  'fresh13-en.json': { precision: 0.82, recall: 0.75 },
  'fresh13-zh-hans.json': { precision: 0.89, recall: 0.91 },
  'fresh13-zh-hant.json': { precision: 0.89, recall: 0.85 },
  // fresh14 (60 per language, written by someone who had not seen the cue lists) was scored once, blind, at the
  // start of the eighth session: rules alone en 0.941/0.800, 简 0.973/0.878, 繁 0.933/0.683 (rules + model
  // en 0.943/0.825, 简 0.973/0.878, 繁 0.941/0.780). These floors keep those blind figures while it is tuned on.
  // en was then tuned on by families (esc-en, round 14): rules alone 1.000/0.950.
  // Ninth session (esc-en): rules alone 1.000/0.975.
  'fresh14-en.json': { precision: 0.97, recall: 0.95 },
  'fresh14-zh-hans.json': { precision: 0.97, recall: 0.87 },
  'fresh14-zh-hant.json': { precision: 0.93, recall: 0.68 },
  // fresh15 (60 per language, a new writer, scenarios differing per language) was scored once, blind, on the
  // eighth session's merged rules and model: rules alone en 0.943/0.750, 简 0.971/0.850, 繁 0.897/0.814
  // (rules + model en 0.943/0.750, 简 0.947/0.900, 繁 0.902/0.860). It was then tuned on in the ninth session by
  // families: en (esc-en) rules alone 0.977/0.955; zh (esc-zh) 简 1.000/0.875, 繁 1.000/0.837.
  'fresh15-en.json': { precision: 0.95, recall: 0.93 },
  'fresh15-zh-hans.json': { precision: 0.98, recall: 0.87 },
  'fresh15-zh-hant.json': { precision: 0.98, recall: 0.83 },
  // fresh16 (60 per language, a new writer asked for at least 8 intents per file with no obvious keyword) was
  // scored once, blind, at the start of the ninth session: rules alone en 0.919/0.708, 简 0.941/0.667,
  // 繁 0.923/0.500 (rules + model en 0.897/0.729, 简 0.946/0.729, 繁 0.926/0.521). Then tuned on by families
  // (esc-en, esc-zh): rules alone en 1.000/0.958, 简 1.000/0.938, 繁 0.979/0.958.
  'fresh16-en.json': { precision: 0.97, recall: 0.93 },
  'fresh16-zh-hans.json': { precision: 0.97, recall: 0.92 },
  'fresh16-zh-hant.json': { precision: 0.95, recall: 0.94 },
  // fresh17 and fresh18 (60 per language each, two new writers; 17 a stress mix, 18 a typical queue) were kept
  // unscored until the end of the ninth session and scored once, blind, on its merged rules and retrained model:
  // rules alone / rules + model, fresh17 en 0.903/0.596, 0.906/0.617; 简 0.962/0.532, 0.939/0.660; 繁 0.906/0.674,
  // 0.919/0.791; fresh18 en 0.889/0.533, 0.897/0.578; 简 0.950/0.864, 0.952/0.909; 繁 1.000/0.732, 1.000/0.805.
  // The floors keep the lower of each pair. en was then tuned on by families (esc-en2, tenth session): rules
  // alone fresh17 0.956/0.915, fresh18 1.000/0.911.
  'fresh17-en.json': { precision: 0.95, recall: 0.91 },
  'fresh17-zh-hans.json': { precision: 0.93, recall: 0.53 },
  'fresh17-zh-hant.json': { precision: 0.9, recall: 0.67 },
  'fresh18-en.json': { precision: 0.99, recall: 0.91 },
  'fresh18-zh-hans.json': { precision: 0.95, recall: 0.86 },
  'fresh18-zh-hant.json': { precision: 0.99, recall: 0.73 },
  // corpus1 (300 English messages, written blind this session as training data, weighted toward intents with no
  // obvious keyword) read rules alone 0.851/0.407 and rules + model 0.863/0.451 when it arrived.
  'corpus1-en.json': { precision: 0.85, recall: 0.4 },
  // corpus2 (250 English messages, written blind this session as training data: a typical inbox on a bad week)
  // read rules alone 0.962/0.612 and rules + model 0.963/0.630 when it arrived.
  'corpus2-en.json': { precision: 0.96, recall: 0.61 },
  // corpus1-zh (200 per script, written blind this session as training data, weighted like corpus1-en) read
  // rules alone 简 0.928/0.542, 繁 0.953/0.513 (rules + model 0.923/0.610, 0.947/0.597) when it arrived.
  'corpus1-zh-hans.json': { precision: 0.92, recall: 0.54 },
  'corpus1-zh-hant.json': { precision: 0.94, recall: 0.51 },
  // corpus3 (250 English chat and messaging lines, written blind this session as training data) read rules alone
  // 0.903/0.556 and rules + model 0.893/0.609 when it arrived.
  // Tuned on since; eleventh session (esc-en) rules alone 0.959/0.921.
  'corpus3-en.json': { precision: 0.95, recall: 0.92 },
  // corpus2-zh (200 per script, written blind this session as training data: a typical inbox) read rules alone
  // 简 0.903/0.660, 繁 0.848/0.561 (rules + model 0.897/0.681, 0.854/0.590) when it arrived.
  'corpus2-zh-hans.json': { precision: 0.89, recall: 0.65 },
  'corpus2-zh-hant.json': { precision: 0.84, recall: 0.56 },
  // fresh19 (60 per language, a new writer: a busy Monday inbox, long emails with the intent buried, forwarded
  // threads, elderly and non-native writers) was scored once, blind, at the start of the tenth session: rules
  // alone en 0.929/0.500, 简 0.971/0.773, 繁 0.970/0.696 (rules + model en 0.935/0.558, 简 0.974/0.841, 繁
  // 0.973/0.783). The floors keep the lower of each pair while it is tuned on.
  'fresh19-en.json': { precision: 0.92, recall: 0.5 },
  'fresh19-zh-hans.json': { precision: 0.97, recall: 0.77 },
  'fresh19-zh-hant.json': { precision: 0.96, recall: 0.69 },
  // fresh20 and fresh21 (60 per language each, two new writers: many businesses and voices; live chat and
  // messaging) were kept unscored until the end of the tenth session and scored once, blind, on its merged rules and
  // retrained model: rules alone / rules + model, fresh20 en 0.935/0.659, 0.939/0.705; 简 0.818/0.614,
  // 0.824/0.636; 繁 0.875/0.622, 0.882/0.667; fresh21 en 0.958/0.605, 0.967/0.763; 简 0.906/0.784, 0.912/0.838;
  // 繁 0.923/0.649, 0.939/0.838. (The session's starting code read them pooled en 0.947/0.659, 简 0.879/0.716,
  // 繁 0.909/0.732 with its model.) The floors kept the lower of each pair; then two Chinese families of their
  // false alarms were fixed (不是要退订…就是想 read as 'if not… then'; a card dispute said to be withdrawn, 已经撤销了):
  // rules alone fresh20 简 0.900/0.614, 繁 0.903/0.622, fresh21 简 0.935/0.784, no recall lost anywhere.
  // Eleventh session, issue #14, tuned on by families: en (esc-en) rules alone fresh20 0.952/0.909, fresh21
  // 0.969/0.816; Chinese (esc-zh) fresh20 简 0.975/0.886, 繁 0.973/0.800, fresh21 简 1.000/0.973, 繁 1.000/0.973.
  'fresh20-en.json': { precision: 0.95, recall: 0.9 },
  'fresh20-zh-hans.json': { precision: 0.97, recall: 0.88 },
  'fresh20-zh-hant.json': { precision: 0.97, recall: 0.8 },
  'fresh21-en.json': { precision: 0.96, recall: 0.81 },
  'fresh21-zh-hans.json': { precision: 0.99, recall: 0.97 },
  'fresh21-zh-hant.json': { precision: 0.99, recall: 0.97 },
  // corpus4 (300 English messages, written blind in the tenth session as training data: every flag in as many
  // shapes as the writer could invent) read rules alone 0.877/0.606 and rules + model 0.887/0.713 when it arrived.
  'corpus4-en.json': { precision: 0.87, recall: 0.6 },
  // corpus4-zh (200 per script, written blind in the tenth session as training data: every flag in many shapes)
  // read rules alone 简 0.918/0.636, 繁 0.931/0.623 (rules + model 0.928/0.736, 0.941/0.731) when it arrived;
  // tuned on since: rules alone 简 0.986/0.971, 繁 0.992/0.969 (eleventh session).
  'corpus4-zh-hans.json': { precision: 0.98, recall: 0.96 },
  'corpus4-zh-hant.json': { precision: 0.98, recall: 0.96 },
  // fresh22 (60 per language, a new writer, eleventh session: telecom, energy and B2B SaaS mail, long emails with a
  // buried point, Hong Kong Cantonese and Taiwan usage) was scored once, blind, at the session's start: rules alone
  // en 0.931/0.730, 简 0.853/0.784, 繁 0.900/0.750 (rules + model en 0.935/0.784, 简 0.833/0.811, 繁 0.909/0.833).
  // The floors keep the rules' blind figures while it is tuned on. Then tuned on by kinds of false alarm (eleventh
  // session): en (esc-en-prec: disclaimers, matters over, someone else's words) rules alone 1.000/0.730; Chinese
  // (esc-zh-prec's vetoes, cues/zh-vetoes.ts) 简 0.935/0.784, 繁 0.931/0.750. en with esc-en-r2's recall families
  // (regulator acronyms, senior by rank, leaving as a plan, contact told as a story): 1.000/0.811. Chinese recall
  // then tuned on by esc-zh-r2 (cues/zh-oblique.ts): rules alone 简 0.941/0.865, 繁 0.943/0.917.
  'fresh22-en.json': { precision: 1.0, recall: 0.81 },
  'fresh22-zh-hans.json': { precision: 0.94, recall: 0.86 },
  'fresh22-zh-hant.json': { precision: 0.94, recall: 0.91 },
  // corpus5 (300 English, 200 per Chinese script) and corpus6 (the same sizes, 30+ personas per language writing
  // the least obvious phrasing of each intent), written blind in the eleventh session as training data, read rules
  // alone on arrival: corpus5 en 0.835/0.694, 简 0.924/0.766, 繁 0.935/0.804; corpus6 en 0.805/0.517, 简
  // 0.879/0.708, 繁 0.885/0.586 (rules + model corpus5 0.842/0.769, 0.921/0.838, 0.942/0.907; corpus6
  // 0.810/0.556, 0.872/0.708, 0.897/0.662). Precision was then tuned on by kinds of false alarm: en (esc-en-prec)
  // rules alone corpus5 0.957/0.694, corpus6 0.964/0.517 (0.956/0.527 with esc-en's recall families; with
  // esc-en-r2's, corpus5 0.958/0.719, corpus6 0.962/0.604); Chinese (esc-zh-prec's vetoes) corpus5 简 0.955/0.766,
  // 繁 0.989/0.804; corpus6 简 0.936/0.708, 繁 0.955/0.586.
  // Chinese recall then tuned on by esc-zh-r2 (intents said obliquely, cues/zh-oblique.ts): rules alone corpus5 简
  // 0.971/0.910, 繁 0.989/0.879; corpus6 简 0.945/0.840, 繁 0.975/0.807.
  'corpus5-en.json': { precision: 0.95, recall: 0.71 },
  'corpus5-zh-hans.json': { precision: 0.97, recall: 0.9 },
  'corpus5-zh-hant.json': { precision: 0.98, recall: 0.87 },
  'corpus6-en.json': { precision: 0.96, recall: 0.6 },
  'corpus6-zh-hans.json': { precision: 0.94, recall: 0.84 },
  'corpus6-zh-hant.json': { precision: 0.97, recall: 0.8 },
  // fresh23 and fresh24 (60 per language each, two new writers: marketplaces, delivery and travel chat; banks,
  // insurance, gyms, clinics and tutoring, every age) were kept unscored until the end of the eleventh session and
  // scored once, blind, on its merged rules and retrained scorer: pooled rules alone en 0.940/0.778, 简 0.940/0.797,
  // 繁 0.984/0.779; rules + model 0.944/0.840, 0.942/0.823, 0.984/0.805 (the session's starting code: rules + model
  // 0.943/0.815, 0.941/0.810, 0.984/0.805). One Chinese miss kind was then fixed (再不退…我直接起诉: a condition
  // running into its consequence with no comma), and these are the rules-alone figures after it.
  'fresh23-en.json': { precision: 0.88, recall: 0.73 },
  'fresh23-zh-hans.json': { precision: 0.92, recall: 0.92 },
  'fresh23-zh-hant.json': { precision: 0.96, recall: 0.86 },
  'fresh24-en.json': { precision: 0.99, recall: 0.82 },
  'fresh24-zh-hans.json': { precision: 0.96, recall: 0.7 },
  'fresh24-zh-hant.json': { precision: 0.99, recall: 0.72 },
  // fresh25 (60 per language, a new writer, twelfth session: couriers, event tickets, car dealers and garages,
  // online courses and games, letting agents; 简 and 繁 written apart) was scored once, blind, at the session's
  // start: rules alone en 0.879/0.592, 简 0.927/0.844, 繁 0.970/0.780 (rules + model en 0.886/0.633, 简
  // 0.927/0.844, 繁 0.971/0.805). Training data since; the floors keep the rules' blind figures.
  'fresh25-en.json': { precision: 0.87, recall: 0.59 },
  'fresh25-zh-hans.json': { precision: 0.92, recall: 0.84 },
  'fresh25-zh-hant.json': { precision: 0.96, recall: 0.78 },
  // corpus7 (300 English, 200 per Chinese script, twelfth session, written blind as training data: 35+ personas
  // per language, each intent in its least obvious wording, hard traps) read rules alone on arrival en
  // 0.810/0.395, 简 0.872/0.582, 繁 0.880/0.628 (rules + model 0.853/0.541, 0.864/0.631, 0.854/0.682).
  'corpus7-en.json': { precision: 0.8, recall: 0.39 },
  'corpus7-zh-hans.json': { precision: 0.87, recall: 0.58 },
  'corpus7-zh-hant.json': { precision: 0.88, recall: 0.62 },
  // fresh26 (60 per language, another new writer, twelfth session: furniture and appliance retail, pharmacies and
  // vets, package holidays, school and university offices, B2B software) was kept unscored until the session's
  // merged rules and retrained scorer, and scored once, blind, at its end: rules alone en 0.903/0.622, 简
  // 0.971/0.733, 繁 0.917/0.733; rules + model en 0.912/0.689, 简 0.973/0.800, 繁 0.917/0.733 (the session's
  // starting code: the same, but 繁 0.919/0.756). Training data since; the floors keep the rules' blind figures.
  'fresh26-en.json': { precision: 0.9, recall: 0.62 },
  'fresh26-zh-hans.json': { precision: 0.97, recall: 0.73 },
  'fresh26-zh-hant.json': { precision: 0.91, recall: 0.73 },
  // corpus8 (240 English, 150 per Chinese script, thirteenth session, written blind as training data: eight
  // persona sets in English, five per script, oblique intents and hard traps) read on arrival, rules alone, en
  // 0.940/0.569, 简 0.870/0.690, 繁 0.923/0.723 (rules + model 0.911/0.672, 0.882/0.770, 0.929/0.783); after the
  // session's rule round (e-esc, written without it) rules alone en 0.943/0.599, 简 0.871/0.701, 繁 unchanged.
  'corpus8-en.json': { precision: 0.94, recall: 0.56 },
  'corpus8-zh-hans.json': { precision: 0.87, recall: 0.69 },
  'corpus8-zh-hant.json': { precision: 0.92, recall: 0.72 },
  // fresh27 (60 per language, a new writer, thirteenth session: small businesses, schools, clinics and vets, gig
  // platforms, tenants, travellers, second-language writers; half the intents oblique) was scored blind at the
  // session's start (rules + model en 0.813/0.542, 简 0.947/0.818, 繁 0.917/0.786) and again, still unread, after
  // the session's merges: rules alone en 0.828/0.500, 简 0.972/0.795, 繁 0.941/0.762 (rules + model 0.829/0.604,
  // 0.974/0.864, 0.943/0.786). Training data since; the floors keep the rules' final blind figures.
  'fresh27-en.json': { precision: 0.82, recall: 0.5 },
  'fresh27-zh-hans.json': { precision: 0.97, recall: 0.79 },
  'fresh27-zh-hant.json': { precision: 0.94, recall: 0.76 },
  // corpus9 (240 English, 100 per Chinese script, fourteenth session, written blind as training data: oblique
  // intents and their look-alike traps) read on arrival, rules alone, en 0.867/0.503, 简 0.973/0.679, 繁 0.950/0.691
  // (rules + model 0.881/0.622, 0.977/0.792, 0.955/0.764); after the session's two rule rounds (esc14 in English,
  // esczh14 in Chinese, both written without it) rules alone en 0.869/0.510, 简 0.974/0.698, 繁 0.952/0.727.
  // Training data since; the floors keep those rules-alone figures.
  'corpus9-en.json': { precision: 0.86, recall: 0.51 },
  'corpus9-zh-hans.json': { precision: 0.97, recall: 0.69 },
  'corpus9-zh-hant.json': { precision: 0.95, recall: 0.72 },
  // fresh28 (60 per language, a new writer, fourteenth session: marketplaces, B2B software buyers, subscriptions,
  // garages, gyms, wedding vendors, movers, broadband, insurance claims; half the intents oblique, deadlines in
  // another sentence) was scored blind at the session's start (rules + model en 0.800/0.636, 简 0.892/0.825, 繁
  // 0.917/0.550) and again, still unread, after the session's merges and retrains: rules alone en 0.800/0.545, 简
  // 0.892/0.825, 繁 0.913/0.525 (rules + model 0.824/0.636, 0.892/0.825, 0.920/0.575). Training data since; the
  // floors keep the rules' final blind figures.
  'fresh28-en.json': { precision: 0.8, recall: 0.54 },
  'fresh28-zh-hans.json': { precision: 0.89, recall: 0.82 },
  'fresh28-zh-hant.json': { precision: 0.91, recall: 0.52 },
  // fresh29 (60 per language, a new writer, fifteenth session: airlines, hotels, utilities, roaming, car rental,
  // pet services, childcare, building management, trading apps, clinics, visa centres; retirees, night-shift
  // workers, expats, voice dictation) was scored blind at the session's start (rules + model en 0.971/0.739, 简
  // 0.977/0.878, 繁 0.949/0.822) and again, still unread, after the session's data, scorer and deadline changes:
  // rules alone en 0.969/0.674, 简 1.000/0.816, 繁 0.944/0.756 (rules + model 0.973/0.783, 1.000/0.878,
  // 0.975/0.867). The scorer that session shipped did not train on it (config.ts blind); the floors keep the rules'
  // final blind figures.
  'fresh29-en.json': { precision: 0.96, recall: 0.67 },
  'fresh29-zh-hans.json': { precision: 1, recall: 0.81 },
  'fresh29-zh-hant.json': { precision: 0.94, recall: 0.75 },
  // fresh30 (60 per language, a new writer, sixteenth session, asked for oblique intents and threats that come once,
  // late: pharmacies, solar installers, wedding venues, summer camps, crypto exchanges, parking, tutoring) was scored
  // blind at the start, rules + model 0.857 / 0.947 / 0.833, recall 0.558 / 0.837 / 0.732, and again, unread, at the
  // end: 0.862 / 0.925 / 0.833, 0.581 / 0.860 / 0.732. Rules alone (the floors): 0.840 / 0.488, 0.919 / 0.791, 0.818 /
  // 0.659. Not trained on by that session's scorer (scripts/train-escalation/config.ts blind).
  'fresh30-en.json': { precision: 0.84, recall: 0.48 },
  'fresh30-zh-hans.json': { precision: 0.91, recall: 0.79 },
  'fresh30-zh-hant.json': { precision: 0.81, recall: 0.65 },
  // fresh31 (60 per language, a new writer, seventeenth session: pet insurance, airport car rental, solar leasing,
  // mail-order aligners, tutoring marketplaces, funerals, crypto cards, new-build broadband, vets, self-storage; long
  // letters with one late intent, chat lines, voice-to-text, about 40% traps) was scored blind at the start, rules +
  // model 0.909 / 0.816 / 0.872, recall 0.698 / 0.756 / 0.850, and again, unread, after the session's rule rounds:
  // 0.909 / 0.838 / 0.872, 0.698 / 0.756 / 0.850. Rules alone (the floors): 0.897 / 0.605, 0.811 / 0.732, 0.865 /
  // 0.800. Training data since the eighteenth session.
  'fresh31-en.json': { precision: 0.89, recall: 0.6 },
  'fresh31-zh-hans.json': { precision: 0.81, recall: 0.73 },
  'fresh31-zh-hant.json': { precision: 0.86, recall: 0.8 },
  // fresh32 (60 per language, a new writer, eighteenth session: trades and home services, property management, driving
  // schools, opticians, clinics, hosting, bridal shops, second-hand marketplaces; non-native English, retirees,
  // landlords, developers) was scored blind at the start, rules + model 0.970 / 0.895 / 0.895, recall 0.711 / 0.895 /
  // 0.872, and again, unread, after the session's rules and retrains: 0.971 / 0.895 / 0.875, 0.733 / 0.895 / 0.897.
  // Rules alone (the floors): 0.966 / 0.622, 0.914 / 0.842, 0.861 / 0.795. Not trained on by that session's scorer
  // (scripts/train-escalation/config.ts blind).
  'fresh32-en.json': { precision: 0.96, recall: 0.62 },
  'fresh32-zh-hans.json': { precision: 0.91, recall: 0.84 },
  'fresh32-zh-hant.json': { precision: 0.86, recall: 0.79 },
  // fresh33 (60 per language, a new writer, nineteenth session: a broad mix of about thirty sectors, obvious and
  // oblique intents half and half) was scored blind at the start, rules + model 0.929 / 1.000 / 1.000, recall 0.813 /
  // 0.897 / 0.921, and again, unread, after the session's rules and retrains: 0.930 / 1.000 / 1.000, 0.833 / 0.897 /
  // 0.921. Rules alone (the floors): 0.921 / 0.729, 0.941 / 0.821, 0.971 / 0.868. Not trained on by that session's
  // scorer (scripts/train-escalation/config.ts blind).
  'fresh33-en.json': { precision: 0.92, recall: 0.72 },
  'fresh33-zh-hans.json': { precision: 0.94, recall: 0.82 },
  'fresh33-zh-hant.json': { precision: 0.97, recall: 0.86 },
  // fresh34 (60 per language, a new writer, twentieth session: small shops and marketplaces, telecom, energy, banking
  // apps, travel, insurance, healthcare billing, landlords, software; about half traps) was scored blind at the start,
  // rules + model precision 0.935 / 0.932 / 1.000, recall 0.827 / 0.911 / 0.907, and again, unread, after the session's
  // rules and retrains: 0.935 / 0.953 / 1.000, 0.827 / 0.911 / 0.930. Rules alone (the floors): 0.952 / 0.769, 0.902 /
  // 0.822, 1.000 / 0.837. Not trained on by that session's scorer (scripts/train-escalation/config.ts blind).
  'fresh34-en.json': { precision: 0.95, recall: 0.76 },
  'fresh34-zh-hans.json': { precision: 0.9, recall: 0.82 },
  'fresh34-zh-hant.json': { precision: 0.99, recall: 0.83 },
  // fresh35 (60 per language, a new writer, twenty-first session: oblique intent, second-language English, forwarded
  // and quoted text, trigger-word traps across about twenty industries; half traps) was scored blind at the start,
  // rules + model precision 0.960 / 0.952 / 0.974, recall 0.889 / 0.889 / 0.927, and again, unread, after the session's
  // rules and retrains: 0.980 / 0.952 / 0.974, 0.889 / 0.889 / 0.927. Rules alone, the same at both ends (the floors):
  // 0.977 / 0.796, 0.927 / 0.844, 0.972 / 0.854. Not trained on by that session's scorer.
  'fresh35-en.json': { precision: 0.97, recall: 0.79 },
  'fresh35-zh-hans.json': { precision: 0.92, recall: 0.84 },
  'fresh35-zh-hant.json': { precision: 0.97, recall: 0.85 },
  // fresh36 and fresh37 (60 per language each, two new writers, twenty-second session, the same brief as fresh35:
  // oblique intent, second-language English, forwarded and quoted text, trigger-word traps; half traps) were scored
  // blind at the start, rules + model precision / recall: fresh36 0.922 / 0.896 / 0.930, 0.758 / 0.915 / 0.851;
  // fresh37 0.935 / 0.975 / 0.955, 0.878 / 0.867 / 0.955; and again, unread, after the session's scorer: fresh36
  // 0.907 / 0.896 / 0.951, 0.790 / 0.915 / 0.830; fresh37 0.935 / 0.976 / 0.955, 0.878 / 0.911 / 0.955. Rules alone,
  // the same at both ends (the session changed no rule; the floors): fresh36 0.920 / 0.742, 0.886 / 0.830, 0.878 /
  // 0.766; fresh37 0.976 / 0.816, 0.974 / 0.844, 0.932 / 0.932. Neither was trained on by the session's scorer.
  'fresh36-en.json': { precision: 0.92, recall: 0.74 },
  'fresh36-zh-hans.json': { precision: 0.88, recall: 0.82 },
  'fresh36-zh-hant.json': { precision: 0.87, recall: 0.76 },
  'fresh37-en.json': { precision: 0.97, recall: 0.81 },
  'fresh37-zh-hans.json': { precision: 0.97, recall: 0.84 },
  'fresh37-zh-hant.json': { precision: 0.93, recall: 0.93 },
  // fresh38 and fresh39 (60 per language each, two new writers, twenty-third session, the brief of fresh37; fresh39
  // leaning to more English regions and to mainland, Taiwan and Hong Kong alike): scored blind, rules + model,
  // pooled over both, at the start 0.896 / 0.934 / 0.939, 0.789 / 0.895 / 0.846 and after the session's rules and
  // retrained scorer 0.929 / 0.945 / 0.963, 0.835 / 0.905 / 0.846 (the Chinese quote reading was tightened after a
  // first end-scoring showed fresh39-zh-hans rules-alone recall 0.860 → 0.791; none of their text was read). Rules
  // alone, pooled, start → end: en 0.918 / 0.716 → 0.941 / 0.734, 简 0.929 / 0.832 and 繁 0.921 / 0.769 unchanged.
  // The session's scorer never trained on them. Floors at the end's rules-alone figures (fresh38-en after the session's
  // last rules, written after that scoring: 0.929 / 0.684).
  'fresh38-en.json': { precision: 0.92, recall: 0.68 },
  'fresh38-zh-hans.json': { precision: 0.89, recall: 0.8 },
  'fresh38-zh-hant.json': { precision: 0.87, recall: 0.72 },
  'fresh39-en.json': { precision: 0.95, recall: 0.8 },
  'fresh39-zh-hans.json': { precision: 0.97, recall: 0.86 },
  'fresh39-zh-hant.json': { precision: 0.97, recall: 0.82 },
  // fresh40 and fresh41 (60 per language each, two new writers, twenty-fourth session, the brief of fresh39): scored
  // blind, rules + model, pooled over both, at the start 0.917 / 0.906 / 0.964, 0.822 / 0.870 / 0.860 (en / 简 / 繁,
  // precision then recall) and after the session's rules the same (rules alone 简 recall 0.790 → 0.800, the rest
  // unchanged). A scorer retrained with corpus28 read them at 0.924 / 0.916 / 0.975, 0.794 / 0.870 / 0.849 and was not
  // shipped (README). Two English false flags were then read off them and mended. Floors at the rules-alone figures.
  'fresh40-en.json': { precision: 0.95, recall: 0.71 },
  'fresh40-zh-hans.json': { precision: 0.91, recall: 0.78 },
  'fresh40-zh-hant.json': { precision: 0.94, recall: 0.74 },
  'fresh41-en.json': { precision: 1.0, recall: 0.72 },
  'fresh41-zh-hans.json': { precision: 0.9, recall: 0.81 },
  'fresh41-zh-hant.json': { precision: 0.97, recall: 0.81 },
  // fresh42 and fresh43 (60 per language each, two more writers, twenty-fourth session, the same brief), written while
  // that session's scorer retrain was judged and scored once at its end, rules + model, start → end (en / 简 / 繁,
  // precision / recall): fresh42 0.935 / 0.946 / 0.975, 0.782 / 0.795 / 0.951 → 0.956 / 0.946 / 0.975, 0.782 / 0.795 /
  // 0.951; fresh43 1.000 / 0.900 / 0.950, 0.796 / 0.918 / 0.950 → 0.975 / 0.900 / 0.950, 0.796 / 0.918 / 0.950. The one
  // English false flag the session's rules added on fresh43 was then mended. Floors at the rules-alone figures after.
  'fresh42-en.json': { precision: 0.94, recall: 0.67 },
  'fresh42-zh-hans.json': { precision: 0.87, recall: 0.77 },
  'fresh42-zh-hant.json': { precision: 0.91, recall: 0.78 },
  'fresh43-en.json': { precision: 1.0, recall: 0.65 },
  'fresh43-zh-hans.json': { precision: 0.89, recall: 0.89 },
  'fresh43-zh-hant.json': { precision: 0.97, recall: 0.92 },
  // fresh44 and fresh45 (60 per language each, two writers who saw no code, twenty-fifth session, fresh43's brief),
  // scored once on the starting code and once at the end, never read; the scorer that session shipped never trained on
  // them. Rules + model, pooled, start → end (en / 简 / 繁, precision / recall): 0.889 / 0.966 / 0.962, 0.889 / 0.885 /
  // 0.882 → 0.918 / 0.956 / 0.962, 0.899 / 0.906 / 0.894; rules alone unchanged. Floors at the rules-alone figures.
  'fresh44-en.json': { precision: 0.95, recall: 0.76 },
  'fresh44-zh-hans.json': { precision: 0.88, recall: 0.79 },
  'fresh44-zh-hant.json': { precision: 0.89, recall: 0.85 },
  'fresh45-en.json': { precision: 0.88, recall: 0.79 },
  'fresh45-zh-hans.json': { precision: 1.0, recall: 0.89 },
  'fresh45-zh-hant.json': { precision: 1.0, recall: 0.8 },
  // fresh46 and fresh47 (60 per language each, two more writers, twenty-fifth session, the same brief), written after the
  // session's first retrain and scored on the start, on that retrain and on a second retrain (not shipped), never read.
  // Rules + model, pooled (en / 简 / 繁, precision / recall): start 0.906 / 0.965 / 0.962, 0.897 / 0.922 / 0.872; shipped
  // 0.924 / 0.976 / 0.987, 0.876 / 0.922 / 0.884. Floors at the rules-alone figures.
  'fresh46-en.json': { precision: 0.92, recall: 0.75 },
  'fresh46-zh-hans.json': { precision: 0.97, recall: 0.91 },
  'fresh46-zh-hant.json': { precision: 0.92, recall: 0.83 },
  'fresh47-en.json': { precision: 0.93, recall: 0.83 },
  'fresh47-zh-hans.json': { precision: 0.97, recall: 0.86 },
  'fresh47-zh-hant.json': { precision: 0.92, recall: 0.86 },
  // fresh48–49 (60 per language each, the twenty-sixth session's blind writers; fresh49's brief stressed angry venting
  // with no intent), written before any change and scored on the start, after each rules pass (aggregate only) and at the
  // end, never read until then. Rules + model, pooled (en / 简 / 繁, precision / recall): start 0.957 / 0.931 / 0.975,
  // 0.890 / 0.910 / 0.940; end (this session's rules, the scorer unchanged) 0.967 / 0.943 / 0.975, 0.890 / 0.933 /
  // 0.940. Floors at the rules-alone figures.
  'fresh48-en.json': { precision: 0.95, recall: 0.83 },
  'fresh48-zh-hans.json': { precision: 0.95, recall: 0.89 },
  'fresh48-zh-hant.json': { precision: 1.0, recall: 0.9 },
  'fresh49-en.json': { precision: 0.97, recall: 0.82 },
  'fresh49-zh-hans.json': { precision: 0.94, recall: 0.87 },
  'fresh49-zh-hant.json': { precision: 1.0, recall: 0.82 },
  // corpus10, corpus11, corpus12 (23 rounds of 60 per language, fifteenth session, written blind as training data by
  // 23 writers, each with its own domains, personas and style: chat fragments, formal letters, second-language
  // English, B2B, voice-to-text, multi-issue mail, regulated services, face-saving hints, traps beside their twins,
  // platform culture, timelines, intents without their words, leaving and money back, harm and its look-alikes,
  // deadlines, registers by age, calm intents and hot venting, code-switching, long loyalty, platform sellers,
  // mid-ticket replies, legal-word traps). Read on arrival, pooled, rules alone en 0.904/0.634, 简 0.903/0.758,
  // 繁 0.920/0.732 (rules + the session's starting model 0.897/0.695, 0.902/0.805, 0.918/0.784). Training data
  // since, with no rule round written from them; the floors keep each file's rules-alone figures on arrival.
  'corpus10a-en.json': { precision: 1, recall: 0.54 },
  'corpus10a-zh-hans.json': { precision: 0.96, recall: 0.68 },
  'corpus10a-zh-hant.json': { precision: 1, recall: 0.77 },
  'corpus10b-en.json': { precision: 0.8, recall: 0.54 },
  'corpus10b-zh-hans.json': { precision: 0.67, recall: 0.72 },
  'corpus10b-zh-hant.json': { precision: 0.87, recall: 0.55 },
  'corpus10c-en.json': { precision: 0.91, recall: 0.67 },
  'corpus10c-zh-hans.json': { precision: 0.88, recall: 0.77 },
  'corpus10c-zh-hant.json': { precision: 0.95, recall: 0.87 },
  'corpus10d-en.json': { precision: 0.95, recall: 0.46 },
  'corpus10d-zh-hans.json': { precision: 0.93, recall: 0.73 },
  'corpus10d-zh-hant.json': { precision: 0.9, recall: 0.64 },
  'corpus10e-en.json': { precision: 0.91, recall: 0.52 },
  'corpus10e-zh-hans.json': { precision: 0.91, recall: 0.76 },
  'corpus10e-zh-hant.json': { precision: 0.9, recall: 0.69 },
  'corpus10f-en.json': { precision: 0.87, recall: 0.73 },
  'corpus10f-zh-hans.json': { precision: 0.95, recall: 0.86 },
  'corpus10f-zh-hant.json': { precision: 0.88, recall: 0.78 },
  'corpus10g-en.json': { precision: 0.94, recall: 0.62 },
  'corpus10g-zh-hans.json': { precision: 0.9, recall: 0.8 },
  'corpus10g-zh-hant.json': { precision: 0.88, recall: 0.84 },
  'corpus10h-en.json': { precision: 0.83, recall: 0.46 },
  'corpus10h-zh-hans.json': { precision: 0.84, recall: 0.67 },
  'corpus10h-zh-hant.json': { precision: 0.96, recall: 0.74 },
  'corpus10i-en.json': { precision: 0.95, recall: 0.57 },
  'corpus10i-zh-hans.json': { precision: 0.96, recall: 0.76 },
  'corpus10i-zh-hant.json': { precision: 0.89, recall: 0.64 },
  'corpus11a-en.json': { precision: 0.9, recall: 0.79 },
  'corpus11a-zh-hans.json': { precision: 0.95, recall: 0.82 },
  'corpus11a-zh-hant.json': { precision: 0.97, recall: 0.84 },
  'corpus11b-en.json': { precision: 0.96, recall: 0.68 },
  'corpus11b-zh-hans.json': { precision: 0.94, recall: 0.76 },
  'corpus11b-zh-hant.json': { precision: 0.93, recall: 0.69 },
  'corpus11c-en.json': { precision: 0.84, recall: 0.47 },
  'corpus11c-zh-hans.json': { precision: 0.9, recall: 0.6 },
  'corpus11c-zh-hant.json': { precision: 0.89, recall: 0.6 },
  'corpus11d-en.json': { precision: 0.96, recall: 0.6 },
  'corpus11d-zh-hans.json': { precision: 0.96, recall: 0.73 },
  'corpus11d-zh-hant.json': { precision: 0.93, recall: 0.78 },
  'corpus11e-en.json': { precision: 0.9, recall: 0.62 },
  'corpus11e-zh-hans.json': { precision: 0.91, recall: 0.8 },
  // 0.84 until the twentieth session: a message-wide "it's resolved" stopped settling a cue in a message of neutral
  // tone, and "老細講咗幾次要將公司條線轉走" (the boss, not the writer, said it several times) now reads as a contact.
  // Twenty-fifth session: bare 唔該 no longer reads as thanks; three right flags more and one false (a bill asked for
  // with 唔該 read as compensation): precision 0.833 → 0.825.
  'corpus11e-zh-hant.json': { precision: 0.82, recall: 0.65 },
  'corpus11f-en.json': { precision: 0.83, recall: 0.71 },
  'corpus11f-zh-hans.json': { precision: 0.97, recall: 0.85 },
  'corpus11f-zh-hant.json': { precision: 0.93, recall: 0.74 },
  'corpus12a-en.json': { precision: 0.87, recall: 0.79 },
  'corpus12a-zh-hans.json': { precision: 0.92, recall: 0.86 },
  'corpus12a-zh-hant.json': { precision: 0.91, recall: 0.77 },
  'corpus12b-en.json': { precision: 0.83, recall: 0.68 },
  'corpus12b-zh-hans.json': { precision: 0.88, recall: 0.68 },
  'corpus12b-zh-hant.json': { precision: 0.91, recall: 0.8 },
  'corpus12c-en.json': { precision: 0.96, recall: 0.72 },
  'corpus12c-zh-hans.json': { precision: 0.96, recall: 0.75 },
  'corpus12c-zh-hant.json': { precision: 0.93, recall: 0.72 },
  'corpus12d-en.json': { precision: 0.97, recall: 0.75 },
  'corpus12d-zh-hans.json': { precision: 0.97, recall: 0.8 },
  'corpus12d-zh-hant.json': { precision: 0.94, recall: 0.84 },
  'corpus12e-en.json': { precision: 0.91, recall: 0.56 },
  'corpus12e-zh-hans.json': { precision: 0.87, recall: 0.71 },
  'corpus12e-zh-hant.json': { precision: 0.94, recall: 0.65 },
  'corpus12f-en.json': { precision: 0.8, recall: 0.6 },
  'corpus12f-zh-hans.json': { precision: 0.83, recall: 0.77 },
  'corpus12f-zh-hant.json': { precision: 0.89, recall: 0.65 },
  'corpus12g-en.json': { precision: 0.89, recall: 0.7 },
  'corpus12g-zh-hans.json': { precision: 0.96, recall: 0.78 },
  'corpus12g-zh-hant.json': { precision: 0.94, recall: 0.84 },
  'corpus12h-en.json': { precision: 1, recall: 0.71 },
  'corpus12h-zh-hans.json': { precision: 0.88, recall: 0.72 },
  'corpus12h-zh-hant.json': { precision: 0.88, recall: 0.75 },
  // corpus13a–f, corpus14a–d (English only, 120 each) and corpus15a–g: 2,820 training messages (en 1,260, 简 780,
  // 繁 780) by seventeen writers in the sixteenth session, none of whom saw the code or earlier rounds (fintech, older
  // customers by voice, young travellers, B2B, clinics and schools, renovation; letting, gaming, bereavement, motoring;
  // oblique and buried intents, a trap-heavy round, payment platforms, several intents at once, terse chat). Read on
  // arrival, pooled, rules alone en 0.922/0.592, 简 0.885/0.706, 繁 0.918/0.707 (rules + the session's starting model
  // 0.926/0.677, 0.898/0.765, 0.929/0.766). Training data since; the floors keep each file's rules-alone figures on
  // arrival or after the session's harm shapes, whichever is lower.
  'corpus13a-en.json': { precision: 0.83, recall: 0.59 },
  'corpus13a-zh-hans.json': { precision: 0.77, recall: 0.65 },
  'corpus13a-zh-hant.json': { precision: 1, recall: 0.66 },
  'corpus13b-en.json': { precision: 0.9, recall: 0.66 },
  'corpus13b-zh-hans.json': { precision: 0.92, recall: 0.76 },
  'corpus13b-zh-hant.json': { precision: 0.92, recall: 0.81 },
  'corpus13c-en.json': { precision: 0.91, recall: 0.7 },
  'corpus13c-zh-hans.json': { precision: 0.97, recall: 0.75 },
  'corpus13c-zh-hant.json': { precision: 1, recall: 0.71 },
  'corpus13d-en.json': { precision: 0.83, recall: 0.49 },
  'corpus13d-zh-hans.json': { precision: 0.87, recall: 0.71 },
  'corpus13d-zh-hant.json': { precision: 0.9, recall: 0.72 },
  'corpus13e-en.json': { precision: 0.94, recall: 0.72 },
  'corpus13e-zh-hans.json': { precision: 1, recall: 0.78 },
  'corpus13e-zh-hant.json': { precision: 0.86, recall: 0.71 },
  'corpus13f-en.json': { precision: 0.86, recall: 0.59 },
  'corpus13f-zh-hans.json': { precision: 0.93, recall: 0.86 },
  'corpus13f-zh-hant.json': { precision: 0.97, recall: 0.77 },
  'corpus14a-en.json': { precision: 0.98, recall: 0.51 },
  'corpus14b-en.json': { precision: 0.96, recall: 0.65 },
  'corpus14c-en.json': { precision: 0.92, recall: 0.61 },
  'corpus14d-en.json': { precision: 0.95, recall: 0.63 },
  'corpus15a-en.json': { precision: 0.88, recall: 0.17 },
  'corpus15a-zh-hans.json': { precision: 0.71, recall: 0.33 },
  'corpus15a-zh-hant.json': { precision: 0.9, recall: 0.4 },
  'corpus15b-en.json': { precision: 0.93, recall: 0.35 },
  'corpus15b-zh-hans.json': { precision: 0.94, recall: 0.48 },
  'corpus15b-zh-hant.json': { precision: 0.9, recall: 0.54 },
  'corpus15c-en.json': { precision: 0.86, recall: 0.52 },
  'corpus15c-zh-hans.json': { precision: 0.78, recall: 0.55 },
  'corpus15c-zh-hant.json': { precision: 0.83, recall: 0.59 },
  'corpus15d-en.json': { precision: 0.87, recall: 0.63 },
  'corpus15d-zh-hans.json': { precision: 0.76, recall: 0.87 },
  'corpus15d-zh-hant.json': { precision: 0.77, recall: 0.84 },
  'corpus15e-en.json': { precision: 0.97, recall: 0.72 },
  'corpus15e-zh-hans.json': { precision: 0.94, recall: 0.78 },
  'corpus15e-zh-hant.json': { precision: 0.94, recall: 0.75 },
  'corpus15f-en.json': { precision: 0.93, recall: 0.7 },
  'corpus15f-zh-hans.json': { precision: 0.94, recall: 0.82 },
  'corpus15f-zh-hant.json': { precision: 0.97, recall: 0.77 },
  'corpus15g-en.json': { precision: 0.96, recall: 0.7 },
  'corpus15g-zh-hans.json': { precision: 0.97, recall: 0.89 },
  'corpus15g-zh-hant.json': { precision: 0.95, recall: 1 },
  // corpus16a–e: 1,200 training messages (en 480, 简 360, 繁 360) by five writers in the eighteenth session who saw no
  // code and no earlier round (regional and non-native English and Chinese, near misses for precision, homes and
  // deadlines, business customers and formal letters, social and mobile English). Read on arrival with the starting
  // code, pooled, rules alone en 0.926/0.716, 简 0.936/0.767, 繁 0.966/0.849 (rules + model 0.932/0.782,
  // 0.929/0.831, 0.974/0.904). Training data since; the floors keep each file's rules-alone figures on arrival or
  // after the session's rules, whichever is lower (corpus16c-zh-hant: going over the front line's head to the
  // chairman's office reads as repeat contact too, as fresh31's writer labelled it and this one did not).
  // Precision 1 → 0.97 in the twenty-first session: "every time you say 'I check with my team' then nothing happen" now
  // reads as contact made before (LABELS.md: contacted before about the same problem); the set says supervisor only.
  'corpus16a-en.json': { precision: 0.97, recall: 0.75 },
  'corpus16a-zh-hans.json': { precision: 0.94, recall: 0.74 },
  'corpus16a-zh-hant.json': { precision: 1, recall: 0.92 },
  'corpus16b-en.json': { precision: 0.92, recall: 0.94 },
  'corpus16b-zh-hans.json': { precision: 0.96, recall: 0.78 },
  'corpus16b-zh-hant.json': { precision: 0.88, recall: 0.86 },
  'corpus16c-en.json': { precision: 0.96, recall: 0.66 },
  'corpus16c-zh-hans.json': { precision: 1, recall: 0.84 },
  'corpus16c-zh-hant.json': { precision: 0.97, recall: 0.75 },
  'corpus16d-en.json': { precision: 0.9, recall: 0.6 },
  'corpus16d-zh-hans.json': { precision: 0.85, recall: 0.7 },
  'corpus16d-zh-hant.json': { precision: 0.97, recall: 0.86 },
  'corpus16e-en.json': { precision: 0.87, recall: 0.69 },
  // corpus17a–d: 720 training messages (en 360, 简 120, 繁 120) by four more writers of the eighteenth session (oblique
  // everyday English, North American and Australasian English, health, care and education, Chinese-first platforms).
  // On arrival, pooled, rules alone en 0.905/0.636, 简 0.893/0.827, 繁 0.986/0.854 (rules + model 0.922/0.747,
  // 0.899/0.877, 1.000/0.890). Floors as for corpus16.
  'corpus17a-en.json': { precision: 0.85, recall: 0.51 },
  'corpus17b-en.json': { precision: 0.91, recall: 0.62 },
  'corpus17c-en.json': { precision: 0.91, recall: 0.7 },
  'corpus17c-zh-hans.json': { precision: 0.81, recall: 0.73 },
  'corpus17c-zh-hant.json': { precision: 0.97, recall: 0.81 },
  'corpus17d-en.json': { precision: 0.94, recall: 0.84 },
  'corpus17d-zh-hans.json': { precision: 0.97, recall: 0.92 },
  'corpus17d-zh-hant.json': { precision: 1, recall: 0.89 },
  // corpus18a–e: 960 training messages (en 600, 简 120, 繁 120) by five writers of the nineteenth session (formal letters
  // from older customers, app and gig-economy chat, travel across English-speaking countries, business customers,
  // mid-thread follow-ups). On arrival, pooled, rules alone en 0.890/0.591, 简 0.976/0.798, 繁 0.946/0.745 (rules +
  // model 0.909/0.703, 0.978/0.865, 0.940/0.830). Floors as for corpus16.
  'corpus18a-en.json': { precision: 0.78, recall: 0.51 },
  'corpus18b-en.json': { precision: 0.96, recall: 0.61 },
  'corpus18c-en.json': { precision: 0.93, recall: 0.61 },
  'corpus18d-en.json': { precision: 0.94, recall: 0.68 },
  'corpus18d-zh-hans.json': { precision: 0.94, recall: 0.81 },
  'corpus18d-zh-hant.json': { precision: 0.96, recall: 0.8 },
  'corpus18e-en.json': { precision: 0.85, recall: 0.58 },
  'corpus18e-zh-hans.json': { precision: 1, recall: 0.78 },
  'corpus18e-zh-hant.json': { precision: 0.92, recall: 0.7 },
  // corpus19a–c: 360 English training messages by three more writers of the nineteenth session (online retail;
  // services people depend on, written under stress; the indirect: understatement, veiled threats, hints). On
  // arrival, pooled, rules alone 0.948/0.568 (rules + model 0.951/0.676). Floors as for corpus16.
  'corpus19a-en.json': { precision: 0.98, recall: 0.68 },
  'corpus19b-en.json': { precision: 0.91, recall: 0.54 },
  'corpus19c-en.json': { precision: 0.92, recall: 0.45 },
  // corpus20a–c and corpus21a–b: 650 English training messages by five writers of the twentieth session who saw no code
  // (long messages with the intent in the middle; oblique and regional English; trigger words without the intent; US
  // and Canadian chat; UK, Irish, Australian and New Zealand mail). Read on arrival with the starting code, rules alone
  // (rules + model): corpus20a–c pooled 0.905/0.631 (0.898/0.715), corpus21a 0.974/0.608 (0.978/0.720), corpus21b
  // 0.938/0.684 (0.956/0.812); corpus21a–b arrived after the session's first classes were written. Floors at each
  // file's rules-alone figures on arrival, as for corpus16.
  'corpus20a-en.json': { precision: 0.9, recall: 0.69 },
  'corpus20b-en.json': { precision: 0.84, recall: 0.4 },
  'corpus20c-en.json': { precision: 0.95, recall: 0.87 },
  'corpus21a-en.json': { precision: 0.97, recall: 0.6 },
  'corpus21b-en.json': { precision: 0.93, recall: 0.68 },
  // corpus22a–b (260 more, business customers; people under strain), read on arrival after all of the above: rules alone
  // 0.915/0.696 (rules + model 0.939/0.774), not one flag changed by this session's classes until then.
  'corpus22a-en.json': { precision: 0.9, recall: 0.66 },
  'corpus22b-en.json': { precision: 0.92, recall: 0.72 },
  // corpus20d: 240 Chinese training messages (简 120, 繁 120 with Hong Kong Cantonese) by a writer of the twentieth
  // session (hints and sarcasm, intents buried in long stories, unpunctuated chat, passing contact counts, money asked
  // for indirectly, with procedure, negation, resolved and third-party traps). On arrival, rules alone 简 0.943/0.629,
  // 繁 0.918/0.663 (rules + model 0.926/0.714, 0.927/0.752). Floors at the rules-alone figures on arrival.
  'corpus20d-zh-hans.json': { precision: 0.94, recall: 0.62 },
  'corpus20d-zh-hant.json': { precision: 0.91, recall: 0.66 },
  // corpus23a (简 120, 繁 120) and corpus23b (en 130): written at the end of the twentieth session and read once, after
  // all of its rules were merged and before any was read off them, so they measure those rules on writers they were
  // not read from: rules + model (the nineteenth session's scorer) en 0.935/0.856 → 0.936/0.864, 简 0.957/0.818 →
  // 0.958/0.827, 繁 0.933/0.824 unchanged, from the session's starting code to its rules. Untouched since, for the next
  // session's rules and scorer; floors at the rules-alone figures then.
  'corpus23a-zh-hans.json': { precision: 0.96, recall: 0.7 },
  'corpus23a-zh-hant.json': { precision: 0.93, recall: 0.72 },
  'corpus23b-en.json': { precision: 0.94, recall: 0.77 },
  // corpus24a (en 120: oblique intent, second-language English, chat fragments; traps of what-if questions, forwarded
  // complaints and writers who work in law, banking or the press) and corpus24b (en 120: long emails with the intent
  // in one line, quoted replies and forwarded letters): training rounds of the twenty-first session. On arrival, rules
  // alone 0.921/0.586 and 0.933/0.712 (rules + model 0.935/0.727, 0.941/0.805). Floors at the rules-alone figures then.
  'corpus24a-en.json': { precision: 0.92, recall: 0.58 },
  // Twenty-fifth session: conditional appreciation no longer reads as thanks; one right flag more and one false
  // (compensation on a final-bill query): precision 0.935 → 0.927.
  'corpus24b-en.json': { precision: 0.92, recall: 0.71 },
  // corpus24c (简 100, 繁 100 with Hong Kong Cantonese): a training writer of the twenty-first session who saw no code
  // (oblique intent: plans, decisions, rhetorical questions, deadlines in passing; WeChat fragments; long formal
  // letters; traps of what-ifs, third parties, resolved events, platforms as sources). Read on arrival with the
  // session's starting code, rules alone 简 0.957/0.710, 繁 0.960/0.800 (rules + model 0.945/0.742, 0.988/0.878).
  // Floors at the rules-alone figures on arrival.
  'corpus24c-zh-hans.json': { precision: 0.95, recall: 0.7 },
  'corpus24c-zh-hant.json': { precision: 0.96, recall: 0.8 },
  // corpus25a (en 130) and corpus25b (简 100, 繁 100): written late in the twenty-first session, after its rules and
  // scorer were merged, and read once as a check of them on writers they were not read from. Rules + model, the
  // session's starting code → its merged rules and scorer: en 0.950/0.800 → 0.941/0.800, 简 0.914/0.944 → 0.924/0.944,
  // 繁 0.916/0.905 unchanged (rules alone en 0.946/0.733 → 0.938/0.750). English classes were then read off corpus25a
  // (rules alone 0.972/0.883 after, in-sample); corpus25b is untouched. Floors at the rules-alone figures on arrival.
  'corpus25a-en.json': { precision: 0.93, recall: 0.75 },
  'corpus25b-zh-hans.json': { precision: 0.92, recall: 0.9 },
  'corpus25b-zh-hant.json': { precision: 0.91, recall: 0.85 },
  // corpus26a (70 per language: questions that are really threats, veiled threats of harm or of turning up in person,
  // money back as an invoice or "just pay it"; traps of real questions about the same acts) and corpus26b (70 per
  // language: long emails, pasted chats and quoted replies with the intent in one middle sentence, repeat contact
  // counted in passing, platforms named casually; traps of the same platforms and counts): training rounds of the
  // twenty-second session by writers who saw no code, read for the escalation scorer only (no rule was read off
  // them). On arrival, rules alone / rules + model: 26a en 0.894/0.600, 0.887/0.671; 简 1.000/0.746, 1.000/0.803;
  // 繁 0.917/0.647, 0.912/0.765; 26b en 0.943/0.825, 0.935/0.900; 简 0.985/0.833, 0.986/0.872; 繁 0.930/0.835,
  // 0.946/0.886. Floors at the rules-alone figures on arrival.
  'corpus26a-en.json': { precision: 0.89, recall: 0.6 },
  'corpus26a-zh-hans.json': { precision: 1.0, recall: 0.74 },
  'corpus26a-zh-hant.json': { precision: 0.91, recall: 0.64 },
  'corpus26b-en.json': { precision: 0.94, recall: 0.82 },
  'corpus26b-zh-hans.json': { precision: 0.98, recall: 0.83 },
  'corpus26b-zh-hant.json': { precision: 0.92, recall: 0.83 },
  // corpus27a (regional bodies, courts, review sites and idiom), corpus27b (long letters, forwarded threads, pasted
  // chats, quoted replies; traps in someone else's words) and corpus27c (short chat, slang, decisions said in passing),
  // 70 per language each: training rounds of the twenty-third session by writers who saw no code. On arrival, read
  // by that session's starting code, rules alone / rules + model pooled over the three: en 0.874/0.698, 0.885/0.814;
  // 简 0.886/0.833, 0.909/0.914; 繁 0.902/0.800, 0.916/0.881. The session's readings of someone else's words and of a
  // past act let go were read off corpus27b (rules alone en 0.803 → 0.897, 简 0.787 → 0.855, 繁 0.840 unchanged, in-sample).
  // Floors at the rules-alone figures after them.
  'corpus27a-en.json': { precision: 0.93, recall: 0.62 },
  'corpus27a-zh-hans.json': { precision: 0.93, recall: 0.9 },
  'corpus27a-zh-hant.json': { precision: 0.96, recall: 0.85 },
  'corpus27b-en.json': { precision: 0.89, recall: 0.81 },
  'corpus27b-zh-hans.json': { precision: 0.85, recall: 0.77 },
  'corpus27b-zh-hant.json': { precision: 0.84, recall: 0.82 },
  'corpus27c-en.json': { precision: 0.94, recall: 0.62 },
  'corpus27c-zh-hans.json': { precision: 1.0, recall: 0.84 },
  'corpus27c-zh-hant.json': { precision: 0.94, recall: 0.69 },
  // corpus28a–f (70 per language each, six training writers of the twenty-fourth session who saw no code: oblique
  // intent; unusual industries and professions; harm, abuse and payment disputes; repeat contact and redress; going
  // public or to law obliquely; chat-register abuse and churn). On arrival, read by that session's starting code, rules
  // alone / rules + model: a–c en 0.896/0.648, 0.878/0.775; 简 0.936/0.705, 0.959/0.797; 繁 0.926/0.735, 0.943/0.814;
  // d–f (arriving after the session's first rules, which read them at en 0.974/0.691 against 0.974/0.687) en
  // 0.974/0.687, 0.966/0.774; 简 0.948/0.704, 0.963/0.767; 繁 0.919/0.729, 0.956/0.754. Floors at the rules-alone
  // figures after the session's readings, several of which were read off them (in-sample).
  'corpus28a-en.json': { precision: 0.94, recall: 0.56 },
  'corpus28a-zh-hans.json': { precision: 0.97, recall: 0.61 },
  'corpus28a-zh-hant.json': { precision: 0.89, recall: 0.59 },
  'corpus28b-en.json': { precision: 0.9, recall: 0.75 },
  'corpus28b-zh-hans.json': { precision: 0.91, recall: 0.83 },
  'corpus28b-zh-hant.json': { precision: 0.98, recall: 0.8 },
  'corpus28c-en.json': { precision: 0.93, recall: 0.81 },
  'corpus28c-zh-hans.json': { precision: 0.97, recall: 0.82 },
  'corpus28c-zh-hant.json': { precision: 0.93, recall: 0.88 },
  'corpus28d-en.json': { precision: 0.95, recall: 0.68 },
  'corpus28d-zh-hans.json': { precision: 0.96, recall: 0.72 },
  'corpus28d-zh-hant.json': { precision: 0.96, recall: 0.77 },
  'corpus28e-en.json': { precision: 1.0, recall: 0.7 },
  'corpus28e-zh-hans.json': { precision: 0.96, recall: 0.71 },
  'corpus28e-zh-hant.json': { precision: 0.92, recall: 0.76 },
  'corpus28f-en.json': { precision: 0.96, recall: 0.76 },
  'corpus28f-zh-hans.json': { precision: 0.95, recall: 0.84 },
  'corpus28f-zh-hant.json': { precision: 0.9, recall: 0.9 },
  // corpus29a–f (70 per language each, six training writers of the twenty-fifth session who saw no code: intent
  // buried in long mail, quoted replies and forwards; regional English and Chinese net slang; short chat lines;
  // courteous business escalation; threats put as questions; less-covered industries and channels). On arrival, read
  // by that session's starting code, pooled, rules alone / rules + model: en 0.926/0.685, 0.920/0.783; 简 0.911/0.802,
  // 0.922/0.852; 繁 0.912/0.787, 0.932/0.872. Floors at the rules-alone figures after the session's readings, several
  // of which were read off them (in-sample).
  'corpus29a-en.json': { precision: 0.98, recall: 0.82 },
  'corpus29a-zh-hans.json': { precision: 0.9, recall: 0.85 },
  'corpus29a-zh-hant.json': { precision: 0.9, recall: 0.8 },
  'corpus29b-en.json': { precision: 0.93, recall: 0.65 },
  'corpus29b-zh-hans.json': { precision: 0.93, recall: 0.77 },
  'corpus29b-zh-hant.json': { precision: 0.92, recall: 0.91 },
  'corpus29c-en.json': { precision: 1.0, recall: 0.82 },
  'corpus29c-zh-hans.json': { precision: 0.94, recall: 0.96 },
  'corpus29c-zh-hant.json': { precision: 0.97, recall: 0.88 },
  'corpus29d-en.json': { precision: 0.95, recall: 0.55 },
  'corpus29d-zh-hans.json': { precision: 0.94, recall: 0.74 },
  'corpus29d-zh-hant.json': { precision: 0.97, recall: 0.55 },
  'corpus29e-en.json': { precision: 0.92, recall: 0.39 },
  'corpus29e-zh-hans.json': { precision: 1.0, recall: 0.6 },
  'corpus29e-zh-hant.json': { precision: 0.97, recall: 0.66 },
  'corpus29f-en.json': { precision: 0.98, recall: 0.84 },
  'corpus29f-zh-hans.json': { precision: 0.93, recall: 0.86 },
  'corpus29f-zh-hant.json': { precision: 0.95, recall: 0.91 },
  // corpus30a–f (70 per language each, six more training writers of the twenty-fifth session: plain retail and
  // delivery mail; money and accounts; mixed-language writers; travel and hospitality; home and health services;
  // software, telecom and subscriptions), written after the session's first retrain. On arrival, pooled, rules alone /
  // rules + model, read by the starting code: en 0.948/0.792, 0.944/0.913; 简 0.942/0.839, 0.951/0.899; 繁
  // 0.954/0.860, 0.969/0.945; by the first retrain and the session's rules: en 0.951/0.792, 0.954/0.905; 简 0.942/0.839,
  // 0.941/0.910; 繁 0.957/0.860, 0.969/0.948. Floors at the rules-alone figures.
  'corpus30a-en.json': { precision: 0.91, recall: 0.79 },
  'corpus30a-zh-hans.json': { precision: 0.9, recall: 0.82 },
  'corpus30a-zh-hant.json': { precision: 0.92, recall: 0.79 },
  'corpus30b-en.json': { precision: 0.94, recall: 0.82 },
  'corpus30b-zh-hans.json': { precision: 0.92, recall: 0.87 },
  'corpus30b-zh-hant.json': { precision: 0.96, recall: 0.96 },
  'corpus30c-en.json': { precision: 0.94, recall: 0.81 },
  'corpus30c-zh-hans.json': { precision: 0.96, recall: 0.88 },
  'corpus30c-zh-hant.json': { precision: 0.94, recall: 0.91 },
  'corpus30d-en.json': { precision: 0.94, recall: 0.8 },
  'corpus30d-zh-hans.json': { precision: 0.92, recall: 0.81 },
  'corpus30d-zh-hant.json': { precision: 0.96, recall: 0.89 },
  'corpus30e-en.json': { precision: 0.98, recall: 0.73 },
  'corpus30e-zh-hans.json': { precision: 0.96, recall: 0.79 },
  'corpus30e-zh-hant.json': { precision: 0.96, recall: 0.76 },
  'corpus30f-en.json': { precision: 0.96, recall: 0.79 },
  'corpus30f-zh-hans.json': { precision: 0.96, recall: 0.83 },
  'corpus30f-zh-hant.json': { precision: 0.97, recall: 0.83 },
  // corpus31a–f (70 per language each, six training writers of the twenty-sixth session: angry venting with and
  // without intent; repeat contact and supervisors asked obliquely; money as decisions against process questions;
  // abuse and harm against hyperbole; churn, public and regulators by their real names; pasted chats, forwards and
  // very short lines), written before the session's retrain. On arrival, pooled, rules alone / rules + model, read by
  // the starting code and by the session's first rules alike (no message read differently): en 0.967/0.793,
  // 0.970/0.877; 简 0.948/0.871, 0.966/0.930; 繁 0.950/0.869, 0.965/0.936. Floors at the rules-alone figures.
  'corpus31a-en.json': { precision: 0.94, recall: 0.76 },
  'corpus31a-zh-hans.json': { precision: 0.98, recall: 0.92 },
  'corpus31a-zh-hant.json': { precision: 0.98, recall: 0.9 },
  'corpus31b-en.json': { precision: 1.0, recall: 0.65 },
  'corpus31b-zh-hans.json': { precision: 0.95, recall: 0.77 },
  'corpus31b-zh-hant.json': { precision: 1.0, recall: 0.77 },
  'corpus31c-en.json': { precision: 0.97, recall: 0.92 },
  'corpus31c-zh-hans.json': { precision: 0.91, recall: 0.97 },
  'corpus31c-zh-hant.json': { precision: 0.95, recall: 0.89 },
  'corpus31d-en.json': { precision: 0.94, recall: 0.74 },
  'corpus31d-zh-hans.json': { precision: 0.94, recall: 0.78 },
  'corpus31d-zh-hant.json': { precision: 0.88, recall: 0.8 },
  'corpus31e-en.json': { precision: 0.96, recall: 0.81 },
  'corpus31e-zh-hans.json': { precision: 0.95, recall: 0.85 },
  'corpus31e-zh-hant.json': { precision: 0.95, recall: 0.95 },
  'corpus31f-en.json': { precision: 0.98, recall: 0.9 },
  'corpus31f-zh-hans.json': { precision: 0.92, recall: 0.93 },
  'corpus31f-zh-hant.json': { precision: 0.93, recall: 0.9 },
  // probe-zh-*-s9 (50 per script, written in the ninth session's esc-zh pass). The first 40 were scored once,
  // blind, before any change: rules alone 简 0.938/0.682, 繁 0.833/0.476 (rules + model 0.947/0.818, 0.813/0.619);
  // the last 10, written after the first tuning pass, once at its end: 简 0.750/0.600, 繁 1.000/0.600 (rules +
  // model 0.800/0.800, 1.000/0.800). Tuned on after that: rules 简 1.000/0.963, 繁 1.000/0.962.
  'probe-zh-hans-s9.json': { precision: 0.98, recall: 0.96 },
  'probe-zh-hant-s9.json': { precision: 0.98, recall: 0.96 },
  // probe-zh-*-s10 (70 per script, written in the tenth session's esc-zh pass; 简 mainland, 繁 half Taiwan, half Hong
  // Kong Cantonese; 40% traps). The first 40 were scored once, blind, before any change: rules alone 简 0.900/0.692,
  // 繁 1.000/0.792 (rules + model 0.885/0.885, 1.000/1.000). The last 30, written after tuning on the other sets,
  // once before any output on them: rules alone 简 0.833/0.556, 繁 1.000/0.944 (rules + model 0.867/0.722,
  // 1.000/1.000). Tuned on after that: rules 简 0.978/1.000, 繁 1.000/1.000.
  'probe-zh-hans-s10.json': { precision: 0.97, recall: 0.97 },
  'probe-zh-hant-s10.json': { precision: 0.97, recall: 0.97 },
  // probe-zh-*-s11 (62 per script, written by esc-zh in the eleventh session for issue #14 before any rule change:
  // the kinds of false alarm and miss unseen writers showed, each a trap and its true-intent twin, 简 mainland, 繁
  // Taiwan and Hong Kong Cantonese). Scored once, blind, before any change: rules alone 简 0.463/0.655, 繁
  // 0.628/0.900 (rules + model 0.465/0.690, 0.636/0.933). The last 27 / 26, written after the first tuning pass,
  // once before any output on them: rules alone 简 0.706/0.923, 繁 0.857/1.000 (rules + model 0.667/0.923,
  // 0.800/1.000). Tuned on after that: rules alone 简 1.000/1.000, 繁 0.977/1.000 (the model, not yet retrained on
  // them, adds a legal flag to 热搜见-style lines: rules + model 0.956 / 0.955 precision).
  'probe-zh-hans-s11.json': { precision: 0.95, recall: 0.97 },
  'probe-zh-hant-s11.json': { precision: 0.95, recall: 0.97 },
  // probe-zh-*-s11p (50 per script, eleventh session's esc-zh-prec pass on Chinese precision: half traps of a
  // disclaimed intent, someone else's intent declined, a wrong made good and thanked for, swearing in delight, an
  // organisation writing as itself, definitions; half true intents that look like them). The first 30 scored once
  // before any change: rules alone 简 0.944/0.895, 繁 0.850/0.895; the last 20, written after the first pass, once
  // before any output on them: 简 0.750/0.818, 繁 0.750/0.818 (rules + model 繁 0.692/0.818). Tuned on after that:
  // rules alone 1.000/0.867 both (rules + model 繁 0.963/0.867; the misses are recall, left to esc-zh).
  'probe-zh-hans-s11p.json': { precision: 0.98, recall: 0.86 },
  'probe-zh-hant-s11p.json': { precision: 0.96, recall: 0.86 },
  // probe-zh-*-s11r (50 per script, eleventh session's esc-zh-r2 pass on Chinese recall: half true intents said
  // obliquely (leaving as a plan or done, local regulators, the one who decides, repeat contact as a story, group
  // chats and TV as audience, money back without 退款, card disputes via the bank), half look-alike traps). The first
  // 25 scored once before any change: rules alone 简 1.000/0.923, 繁 0.900/0.692; the last 25, written after the
  // first pass, once before any output on them: 简 1.000/0.769, 繁 0.857/0.462 (rules + model 1.000/0.923,
  // 0.909/0.769). Tuned on after that: rules alone 简 1.000/1.000, 繁 0.962/0.962.
  'probe-zh-hans-s11r.json': { precision: 0.98, recall: 0.98 },
  'probe-zh-hant-s11r.json': { precision: 0.95, recall: 0.95 },
  // probe-en-s9 (50 messages written by esc-en in the ninth session before any engine output on them) scored once,
  // blind: rules alone 0.857/0.462 (rules + model 0.889/0.615).
  // Then tuned on: 1.000/1.000.
  'probe-en-s9.json': { precision: 0.97, recall: 0.97 },
  // probe-en-s9b (50 more, written by esc-en after probe-en-s9 was tuned on, before any output on them) scored once,
  // blind: rules alone 0.864/0.655 (rules + model 0.808/0.724).
  // Then tuned on: 1.000/0.931.
  'probe-en-s9b.json': { precision: 0.97, recall: 0.9 },
  // probe-en-s9c (50 more, written by esc-en after all of the ninth session's English tuning, before any output on
  // them) scored once, blind: rules alone 1.000/0.741 (rules + model 0.875/0.778, the model still main's).
  'probe-en-s9c.json': { precision: 0.97, recall: 0.74 },
  // probe-en-s10 (40 messages written by esc-en2 after its first tuning pass, before any output on them) scored
  // once, blind: the first 40 rules alone 1.000/0.826, no false alarms on their 17 ordinary messages; the last 10,
  // written after tuning on those, rules alone 0.800/0.667 (rules + model 0.833/0.833). Then tuned on: 1.000/0.966.
  'probe-en-s10.json': { precision: 0.97, recall: 0.96 },
  // probe-en-s10a (85 messages by esc-en-a, tenth session: repeat-contact, churn, compensation, chargeback, supervisor,
  // forwarded threads and quoted replies). The first 50, written before any change, scored once, blind: rules alone
  // 0.846/0.512 (rules + model 0.867/0.605); the last 35, written after the tuning pass, once: rules alone
  // 0.947/0.720 (rules + model 0.957/0.880). Then tuned on: rules alone 0.942/0.956.
  'probe-en-s10a.json': { precision: 0.94, recall: 0.95 },
  // probe-en-s10b (52 messages written by esc-en-b in the tenth session before reading any misses: going public,
  // legal, regulator, abuse and harm without their usual words, 20 traps) scored once, blind: rules alone
  // 0.931/0.794 (rules + model 0.906/0.853). Then tuned on by families: rules alone 1.000/1.000.
  'probe-en-s10b.json': { precision: 0.97, recall: 0.97 },
  // probe-en-s10b2 (50 more, written by esc-en-b after that tuning, before any output on them): the first 36 (14
  // traps) scored once, blind: rules alone 1.000/0.348 (rules + model 1.000/0.435); the last 14, written after
  // tuning on those: rules alone 0.667/0.250 (rules + model 0.667/0.500). Then tuned on by families.
  'probe-en-s10b2.json': { precision: 0.97, recall: 0.97 },
  // probe-en-s11p (50 messages by esc-en-prec, eleventh session: false-alarm kinds in new wordings, and true intents
  // that look like them). The first 44, written before any change, scored once: rules alone 0.917/0.880 (rules +
  // model 0.880/0.880); the last 6, written after tuning, once: rules alone 0.667/0.667 (the same with the model).
  // After tuning: rules alone 0.929/0.929. Precision 0.92 → 0.89 in the twentieth session: "Your team said it was
  // resolved last week, it's not" now reads as a contact made before (the set says regulator only), since "said it
  // was resolved" no longer counts as the matter being over.
  'probe-en-s11p.json': { precision: 0.89, recall: 0.92 },
  // probe-en-s11r (50 messages by esc-en-r2, eleventh session: recall on wordings unseen writers use, leaving as a
  // plan, contact told as a story, someone senior by rank, regulators by acronym, the press as an audience, harm
  // as idiom; 21 traps). The first 30, written before any change, scored once: rules alone 1.000/0.421 (rules +
  // model 1.000/0.579); the last 20, written after the first pass, once: rules alone 0.778/0.636 (rules + model
  // 0.818/0.818). After tuning by families: rules alone 0.960/0.774.
  'probe-en-s11r.json': { precision: 0.96, recall: 0.77 },
  // corpus32a–f (70 per language each, six training writers of the twenty-seventh session: long emails and quoted
  // threads, chat bursts, hard traps, regional registers, business customers, distress and harm against figures of
  // speech). On arrival, pooled, rules alone / rules + model, read by the starting code (707a394): en 0.911/0.751,
  // 0.938/0.856; 简 0.900/0.799, 0.915/0.857; 繁 0.937/0.786, 0.939/0.860. After the session's passes, read off them:
  // en 0.953/0.802, 0.979/0.901; 简 0.966/0.863, 0.977/0.912; 繁 0.978/0.814, 0.976/0.888. Floors at the rules alone.
  'corpus32a-en.json': { precision: 0.96, recall: 0.72 },
  'corpus32a-zh-hans.json': { precision: 0.96, recall: 0.71 },
  'corpus32a-zh-hant.json': { precision: 0.96, recall: 0.68 },
  'corpus32b-en.json': { precision: 0.93, recall: 0.83 },
  'corpus32b-zh-hans.json': { precision: 0.97, recall: 0.88 },
  'corpus32b-zh-hant.json': { precision: 0.97, recall: 0.89 },
  'corpus32c-en.json': { precision: 1, recall: 0.85 },
  'corpus32c-zh-hans.json': { precision: 0.97, recall: 0.83 },
  'corpus32c-zh-hant.json': { precision: 0.98, recall: 0.9 },
  'corpus32d-en.json': { precision: 0.94, recall: 0.75 },
  'corpus32d-zh-hans.json': { precision: 0.96, recall: 0.94 },
  'corpus32d-zh-hant.json': { precision: 1, recall: 0.87 },
  'corpus32e-en.json': { precision: 0.88, recall: 0.86 },
  'corpus32e-zh-hans.json': { precision: 0.95, recall: 0.92 },
  'corpus32e-zh-hant.json': { precision: 0.97, recall: 0.78 },
  'corpus32f-en.json': { precision: 1, recall: 0.8 },
  'corpus32f-zh-hans.json': { precision: 0.95, recall: 0.93 },
  'corpus32f-zh-hant.json': { precision: 0.97, recall: 0.8 },
  // fresh50–51 (60 per language each, the twenty-seventh session's blind writers; fresh50's brief stressed trigger
  // words in everyday mail, fresh51's oblique intent), scored once on the starting code and once at the end, before
  // anyone read them. Rules + model, pooled, start and end alike: en 0.916/0.905, 简 0.926/0.962, 繁 0.986/0.910;
  // rules alone en 0.914/0.762 → 0.928/0.762, 简 0.907/0.872 both, 繁 0.967/0.756 → 0.968/0.769. Floors at the end.
  'fresh50-en.json': { precision: 0.92, recall: 0.87 },
  'fresh50-zh-hans.json': { precision: 0.9, recall: 0.94 },
  'fresh50-zh-hant.json': { precision: 0.96, recall: 0.84 },
  'fresh51-en.json': { precision: 0.93, recall: 0.65 },
  'fresh51-zh-hans.json': { precision: 0.91, recall: 0.79 },
  'fresh51-zh-hant.json': { precision: 0.96, recall: 0.7 },
  // corpus33a–f (70 per language each, six training writers of the twenty-eighth session: business and procedural
  // escalation, chat bursts, repeat contact and asking for someone higher, money and card disputes, public exposure /
  // legal / regulators, abuse and harm against figures of speech). Added for the escalation scorer's retrain, with no
  // rule read off them. On arrival, pooled, rules + model, read by the starting code (de63a28): en 0.935/0.850,
  // 简 0.946/0.848, 繁 0.964/0.859. Floors at the rules alone as they arrived.
  'corpus33a-en.json': { precision: 0.91, recall: 0.71 },
  'corpus33a-zh-hans.json': { precision: 0.98, recall: 0.82 },
  'corpus33a-zh-hant.json': { precision: 0.96, recall: 0.85 },
  'corpus33b-en.json': { precision: 0.95, recall: 0.81 },
  'corpus33b-zh-hans.json': { precision: 0.97, recall: 0.83 },
  'corpus33b-zh-hant.json': { precision: 0.93, recall: 0.75 },
  'corpus33c-en.json': { precision: 0.93, recall: 0.82 },
  'corpus33c-zh-hans.json': { precision: 0.89, recall: 0.66 },
  'corpus33c-zh-hant.json': { precision: 0.9, recall: 0.63 },
  'corpus33d-en.json': { precision: 0.91, recall: 0.88 },
  'corpus33d-zh-hans.json': { precision: 0.9, recall: 0.83 },
  'corpus33d-zh-hant.json': { precision: 0.96, recall: 0.77 },
  'corpus33e-en.json': { precision: 0.92, recall: 0.83 },
  'corpus33e-zh-hans.json': { precision: 0.93, recall: 0.86 },
  'corpus33e-zh-hant.json': { precision: 1, recall: 0.89 },
  'corpus33f-en.json': { precision: 0.94, recall: 0.8 },
  'corpus33f-zh-hans.json': { precision: 0.93, recall: 0.77 },
  'corpus33f-zh-hant.json': { precision: 0.94, recall: 0.69 },
  // fresh52–54 (60 per language each, four blind writers of the twenty-eighth session: a queue as it arrives, business
  // and high-stakes customers, and both again as fresh54a/b), scored once on the starting code (de63a28) before anyone
  // read them, and used to judge a scorer retrain (not shipped). Rules + model, pooled over the three: en 0.951/0.869,
  // 简 0.977/0.884, 繁 0.955/0.914; rules alone en 0.951/0.784, 简 0.963/0.831, 繁 0.928/0.824. Floors at the rules alone
  // after the session's first two English readings, which were read off them (later ones only raise them).
  'fresh52-en.json': { precision: 0.94, recall: 0.81 },
  'fresh52-zh-hans.json': { precision: 0.97, recall: 0.97 },
  'fresh52-zh-hant.json': { precision: 0.94, recall: 0.83 },
  'fresh53-en.json': { precision: 0.93, recall: 0.74 },
  'fresh53-zh-hans.json': { precision: 0.93, recall: 0.8 },
  'fresh53-zh-hant.json': { precision: 0.93, recall: 0.77 },
  'fresh54a-en.json': { precision: 0.97, recall: 0.87 },
  'fresh54a-zh-hans.json': { precision: 0.97, recall: 0.84 },
  'fresh54a-zh-hant.json': { precision: 0.92, recall: 0.88 },
  'fresh54b-en.json': { precision: 0.95, recall: 0.75 },
  'fresh54b-zh-hans.json': { precision: 0.97, recall: 0.72 },
  'fresh54b-zh-hant.json': { precision: 0.9, recall: 0.81 },
  // fresh55a/b (60 per language each, two blind writers of the twenty-ninth session: a busy Monday in less common
  // sectors, and indirect and polite escalation with its look-alikes), scored once on the starting code (0376e10) and once
  // at the end of the session's own readings, before anyone read them. Rules + model, pooled: start en 0.920/0.792,
  // 简 0.956/0.879, 繁 0.936/0.917; end en 0.920/0.802, 简 and 繁 the same. Floors at the rules alone after the readings
  // read off them once scored.
  'fresh55a-en.json': { precision: 0.95, recall: 0.81 },
  'fresh55a-zh-hans.json': { precision: 0.95, recall: 0.81 },
  'fresh55a-zh-hant.json': { precision: 0.91, recall: 0.76 },
  'fresh55b-en.json': { precision: 0.93, recall: 0.85 },
  'fresh55b-zh-hans.json': { precision: 0.91, recall: 0.91 },
  'fresh55b-zh-hant.json': { precision: 1, recall: 0.9 },
  // fresh56a/b (60 per language each, two blind writers of the thirtieth session: chat bursts in street registers, and
  // long letters with the intent buried), scored once on the starting code (04af3d9) before anyone read them. Rules +
  // model, pooled: en 0.922/0.825, 简 0.935/0.896, 繁 0.931/0.920. Floors at the rules alone after the readings read off
  // them once scored.
  'fresh56a-en.json': { precision: 1, recall: 0.86 },
  'fresh56a-zh-hans.json': { precision: 0.91, recall: 0.95 },
  'fresh56a-zh-hant.json': { precision: 0.94, recall: 0.91 },
  'fresh56b-en.json': { precision: 0.94, recall: 0.8 },
  'fresh56b-zh-hans.json': { precision: 0.93, recall: 0.86 },
  'fresh56b-zh-hant.json': { precision: 0.97, recall: 0.88 },
  // fresh57a/b (60 per language each, two blind writers of the thirty-first session: uncommon sectors, conditions and
  // reported acts; pasted conversations and mixed voices), scored once on the starting code (7aa9934) before anyone read
  // them. Rules + model, pooled: en 0.877/0.802, 简 0.895/0.810, 繁 0.910/0.892. Floors at the rules alone after the
  // readings read off them once scored.
  'fresh57a-en.json': { precision: 0.94, recall: 0.84 },
  'fresh57a-zh-hans.json': { precision: 0.94, recall: 0.82 },
  'fresh57a-zh-hant.json': { precision: 1, recall: 0.84 },
  'fresh57b-en.json': { precision: 0.93, recall: 0.72 },
  'fresh57b-zh-hans.json': { precision: 0.9, recall: 0.75 },
  'fresh57b-zh-hant.json': { precision: 0.95, recall: 0.81 },
  // fresh58a/b (60 per language each, two blind writers of the thirty-second session: money, contracts and regulated
  // services; short messages, hedges and second attempts), scored once on the starting code (31912dc) before anyone read
  // them. Rules + model, pooled: en 0.932/0.854, 简 0.988/0.894, 繁 0.988/0.919. Floors at the rules alone after the
  // readings read off them once scored.
  'fresh58a-en.json': { precision: 0.94, recall: 0.85 },
  'fresh58a-zh-hans.json': { precision: 1, recall: 0.89 },
  'fresh58a-zh-hant.json': { precision: 0.97, recall: 0.95 },
  'fresh58b-en.json': { precision: 1, recall: 0.9 },
  'fresh58b-zh-hans.json': { precision: 1, recall: 0.89 },
  'fresh58b-zh-hant.json': { precision: 1, recall: 0.92 },
  // fresh59a/b (60 per language each, two more blind writers of the thirty-second session: structured text, forms,
  // signatures and quoted history; strong feeling, hardship and harm), scored once on the starting code (31912dc) and
  // again, still unread, after the readings from fresh58 (f54f55d). Rules + model, pooled, start → after: en 0.864/0.890
  // → 0.864/0.890, 简 0.872/0.872 → same, 繁 0.947/0.908 → 0.947/0.918. Floors at the rules alone after the readings read
  // off them once scored.
  'fresh59a-en.json': { precision: 1, recall: 0.79 },
  'fresh59a-zh-hans.json': { precision: 0.93, recall: 0.85 },
  'fresh59a-zh-hant.json': { precision: 0.97, recall: 0.84 },
  'fresh59b-en.json': { precision: 0.97, recall: 0.85 },
  'fresh59b-zh-hans.json': { precision: 0.95, recall: 0.93 },
  'fresh59b-zh-hant.json': { precision: 1, recall: 0.86 },
  // round13 (written without the cue lists) scored the rules blind at en 0.896/0.531, 简 0.893/0.642,
  // 繁 0.925/0.559; the rules were then tuned on it by families of wording, and these are the tuned figures.
  'round13-en.json': { precision: 0.99, recall: 0.98 },
  'round13-zh-hans.json': { precision: 0.98, recall: 0.96 },
  'round13-zh-hant.json': { precision: 0.98, recall: 0.94 },
};
const TARGET = { precision: 0.95, recall: 0.9 };

describe('escalation sets', () => {
  test('every set has at least 50 messages, and the tuning sets 150 with 40% trigger words without intent', () => {
    for (const f of files) {
      const cases = JSON.parse(readFileSync(join(dir, f), 'utf8')).cases as (Case & { trap?: boolean })[];
      expect(cases.length, f).toBeGreaterThanOrEqual(50);
      if (/^(?:en|zh-hans|zh-hant)\.json$/.test(f)) {
        expect(cases.length, f).toBeGreaterThanOrEqual(150);
        expect(cases.filter((c) => c.trap).length / cases.length, f).toBeGreaterThanOrEqual(0.4);
      }
    }
  });

  test('every set names its language as its file name does, in the case the trainer reads', () => {
    // The escalation trainer (scripts/train-escalation) compares languages exactly: 28 sets once said "zh-hans",
    // and its per-language held-out figures and veto choice silently left their Chinese rows out.
    const wanted: Record<string, string> = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };
    for (const f of files) {
      const language = JSON.parse(readFileSync(join(dir, f), 'utf8')).language;
      expect(Object.values(wanted), f).toContain(language);
      // Probe sets ("probe-en-s10.json") name no language at the end; the trainer does not read them.
      const suffix = /-?(en|zh-hans|zh-hant)\.json$/.exec(f)?.[1];
      if (suffix) expect(language, f).toBe(wanted[suffix]);
    }
  });

  test.each(files)('%s holds its precision and recall', (f) => {
    const { precision, recall } = score(JSON.parse(readFileSync(join(dir, f), 'utf8')).cases);
    const floor = FLOORS[f] ?? TARGET;
    expect(precision).toBeGreaterThanOrEqual(floor.precision);
    expect(recall).toBeGreaterThanOrEqual(floor.recall);
  });
});

describe('sentences', () => {
  test('a list stays with the sentence that introduces it; decimals and domains do not end one', () => {
    const text = 'Please confirm:\n1. the charge,\n2. the refund amount.\nIt was $40.00 on x.com. Thanks!';
    expect(sentencesOf(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Please confirm:\n1. the charge,\n2. the refund amount.',
      'It was $40.00 on x.com.',
      'Thanks!',
    ]);
  });

  test('Chinese sentence ends', () => {
    const text = '我要退款！你们到底管不管？谢谢。';
    expect(sentencesOf(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '我要退款！',
      '你们到底管不管？',
      '谢谢。',
    ]);
  });
});
