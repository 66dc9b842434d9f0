import { t } from '@/lib/i18n';
import type { TemplateProblem } from '@/lib/templates/types';

// The library also spells the place out in English inside the message; shown once, translated, is enough.
const LIB_WHERE = / \(line \d+, column \d+\)$/;

/** Every problem on its own line: where it is (path, and line/column when known) and what is wrong. */
export function ProblemList({ problems }: { problems: readonly TemplateProblem[] }) {
  return (
    <ul class="tpl-problem-list" data-testid="problem-list">
      {problems.map((p) => (
        <li key={`${p.path}|${p.message}|${p.line}`} data-testid="problem">
          <code>{p.path}</code>
          {p.line !== undefined && <span class="tpl-where"> ({t('tplProblemLine', p.line, p.column ?? 1)})</span>}
          {`: ${p.line !== undefined ? p.message.replace(LIB_WHERE, '') : p.message}`}
        </li>
      ))}
    </ul>
  );
}
