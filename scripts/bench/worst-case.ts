// Worst-case inputs with a time budget each: a megabyte pasted as one message, drafts built to make a
// regex backtrack, a 10 MB text node on a page. The unit tests check what these return; how long they
// take depends on the machine and its load, so it is measured and judged here, not in `npm test`.
import { Window } from 'happy-dom';
import { readConversation } from '../../lib/adapters/registry';
import { analyzeConversation, analyzeMessage } from '../../lib/analysis';
import { coachDraft } from '../../lib/coach';
import { EN_CLAUSE_READERS } from '../../lib/coach/clauses/en';
import { ZH_HANS_CLAUSE_READERS } from '../../lib/coach/clauses/zh-hans';
import { ZH_HANT_CLAUSE_READERS } from '../../lib/coach/clauses/zh-hant';
import { guessDisc } from '../../lib/disc';
import { renderTemplate } from '../../lib/templates/render';
import { fmt, table } from './report';

export interface WorstCase {
  what: string;
  budgetMs: number;
  run: () => void;
}

const repeatTo = (piece: string, chars: number) => piece.repeat(Math.ceil(chars / piece.length)).slice(0, chars);

const EN_BAD_REPLY =
  "As I said, it's not our fault. You should have read the terms. Calm down, there is nothing we can do. ";

function pageWithHugeMessage(): { doc: Document; close: () => void } {
  const win = new Window({ url: 'https://support.example.com/ticket/1' });
  const huge = repeatTo('I want my refund now. ', 10_000_000);
  const rows = Array.from({ length: 6 }, (_, i) => {
    const cls = i % 2 ? 'from-agent' : 'from-visitor';
    return `<article class="row ${cls}"><div class="bubble"><p>${i === 4 ? huge : `short message ${i}`}</p></div></article>`;
  }).join('');
  win.document.write(`<main><div class="log" role="log" aria-label="Conversation">${rows}</div></main>`);
  return {
    doc: win.document as unknown as Document,
    close: () => {
      win.happyDOM.abort();
      win.close();
    },
  };
}

export const WORST_CASES: readonly WorstCase[] = [
  {
    what: 'analysis: one 1 MB message',
    budgetMs: 1_000,
    run: () => analyzeMessage(`${'lorem ipsum dolor sit amet '.repeat(40_000)}I am furious`),
  },
  {
    what: 'analysis: 50 messages of 20,000 characters',
    budgetMs: 6_000,
    run: () =>
      analyzeConversation(
        Array.from({ length: 50 }, () => ({
          role: 'customer' as const,
          text: repeatTo('I am so angry about this refund!!! ', 20_000),
        })),
      ),
  },
  {
    // One unpunctuated block of a threat pasted over and over: every copy is a cue in the same sentence.
    what: 'analysis: a threat repeated through 20,000 characters',
    budgetMs: 500,
    run: () => {
      analyzeMessage(repeatTo("I've reported it to the FCA and I have told your people on the phone, ", 20_000));
      analyzeMessage(repeatTo('如果不退款我就去12315投诉 ', 20_000));
    },
  },
  ...(
    [
      ['spaces', `${' '.repeat(20_000)}x`],
      ['one letter', 'a'.repeat(20_000)],
      ['repeated words', 'not ours, '.repeat(2_000)],
      ['Han', '您'.repeat(20_000)],
      ['punctuation', '!?。，'.repeat(5_000)],
    ] as const
  ).map(([name, draft]) => ({
    what: `coach: 20,000-character draft of ${name}`,
    budgetMs: 500,
    run: () => coachDraft(draft),
  })),
  {
    what: 'coach: 5 MB pasted draft',
    budgetMs: 5_000,
    run: () => coachDraft(repeatTo(EN_BAD_REPLY, 5_000_000)),
  },
  {
    what: 'coach: English clause readers on a long draft',
    budgetMs: 1_500,
    run: () => {
      const long = `${EN_BAD_REPLY.repeat(40)}${'you '.repeat(20_000)}`;
      for (const r of EN_CLAUSE_READERS) r.find(long);
    },
  },
  ...['您没按时喂药，狗狗才会反复发炎。', '您您没没因为因为规定不能绝对', '，您没带，所以，因为您，'].map((piece) => ({
    what: `coach: Chinese clause readers on 100,000 characters of “${piece.slice(0, 8)}…”`,
    budgetMs: 3_000,
    run: () => {
      const draft = repeatTo(piece, 100_000);
      for (const r of [...ZH_HANS_CLAUSE_READERS, ...ZH_HANT_CLAUSE_READERS]) r.find(draft);
    },
  })),
  ...(
    [
      ['English', 'I need this ASAP, order #123456, maybe today? '],
      ['Chinese', '马上处理。不好意思,麻烦您看一下订单号20231102的明细~'],
      ['emoji', '😡🎉'],
    ] as const
  ).map(([name, sample]) => ({
    what: `DISC: 50,000 characters of ${name}`,
    budgetMs: 2_000,
    run: () => guessDisc([{ role: 'customer', text: repeatTo(sample, 50_000) }]),
  })),
  {
    what: 'templates: 2 MB template, 100,000 placeholders',
    budgetMs: 3_000,
    run: () =>
      renderTemplate('Order {orderId} for {customerName}, {issue}. '.repeat(50_000), { customerName: 'Ana' }, 'en'),
  },
  {
    what: 'reader: a 10 MB text node in one message (happy-dom)',
    budgetMs: 5_000,
    run: () => {
      const page = pageWithHugeMessage();
      try {
        readConversation(page.doc, new URL('https://support.example.com/ticket/1'), {});
      } finally {
        page.close();
      }
    },
  },
];

export interface WorstCaseResult {
  what: string;
  budgetMs: number;
  worstMs: number;
  ok: boolean;
}

/** Each case once to warm up, then `runs` times; the slowest run is judged against the budget. */
export function runWorstCases(runs = 3): WorstCaseResult[] {
  const results: WorstCaseResult[] = [];
  for (const c of WORST_CASES) {
    c.run();
    let worst = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      c.run();
      worst = Math.max(worst, performance.now() - t0);
    }
    results.push({ what: c.what, budgetMs: c.budgetMs, worstMs: worst, ok: worst <= c.budgetMs });
  }
  console.log(
    table(
      ['case', 'slowest of runs', 'budget', 'result'],
      results.map((r) => [r.what, `${fmt(r.worstMs, 0)} ms`, `≤ ${fmt(r.budgetMs, 0)} ms`, r.ok ? 'met' : 'MISSED']),
    ),
  );
  return results;
}
