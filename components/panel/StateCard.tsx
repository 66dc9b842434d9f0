import type { PanelStatus } from '@/entrypoints/sidepanel/state';
import { type MessageKey, t } from '@/lib/i18n';

type Action = { key: MessageKey; run: () => void; primary?: boolean };

export function StateCard({
  status,
  actions,
}: {
  status: Exclude<PanelStatus, 'ready'>;
  actions: Partial<Record<'pick' | 'enable' | 'readOnce' | 'paste' | 'reload', () => void>>;
}) {
  const list: Action[] = [];
  const add = (name: keyof typeof actions, key: MessageKey, primary = false) => {
    const run = actions[name];
    if (run) list.push({ key, run, primary });
  };
  if (status === 'empty') {
    add('pick', 'actionPick', true);
    add('paste', 'actionPaste');
  } else if (status === 'not-enabled') {
    add('enable', 'actionEnable', true);
    add('readOnce', 'actionReadOnce');
    add('paste', 'actionPaste');
  } else if (status === 'needs-reload') {
    add('reload', 'actionReload', true);
    add('paste', 'actionPaste');
  } else if (status === 'unsupported') {
    add('paste', 'actionPaste', true);
  }
  return (
    <section class="card state" data-testid="panel-state" data-state={status} aria-live="polite">
      <h2 class="state-title">{t(`state_${status.replace('-', '_')}` as MessageKey)}</h2>
      <p class="muted">{t(`stateHelp_${status.replace('-', '_')}` as MessageKey)}</p>
      <div class="state-actions">
        {list.map((a) => (
          <button key={a.key} type="button" class={`btn${a.primary ? ' btn-primary' : ''}`} onClick={a.run}>
            {t(a.key)}
          </button>
        ))}
      </div>
    </section>
  );
}
