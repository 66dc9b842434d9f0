import { t } from '@/lib/i18n';
import type { TemplateProblem } from '@/lib/templates/types';
import { problemText } from './problem-text';

/** Every problem on its own line: where it is (path, and line/column when known) and what is wrong. */
export function ProblemList({ problems }: { problems: readonly TemplateProblem[] }) {
  return (
    <ul class="tpl-problem-list" data-testid="problem-list">
      {problems.map((p) => (
        <li key={`${p.path}|${p.message}|${p.line}`} data-testid="problem">
          <code>{p.path}</code>
          {p.line !== undefined && <span class="tpl-where"> ({t('tplProblemLine', p.line, p.column ?? 1)})</span>}
          {`: ${problemText(p.message)}`}
        </li>
      ))}
    </ul>
  );
}
