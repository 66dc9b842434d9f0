import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { findEscalators } from '@/lib/templates/escalators';
import type { Template } from '@/lib/templates/types';
import { BAND_LABEL, DISC_LABEL, EMOTION_LABEL, FLAG_LABEL, KIND_LABEL, LANG_LABEL, STEP_LABEL } from './labels';

export interface TemplateCardProps {
  template: Template;
  hidden: boolean;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onHide: (id: string) => void;
  onRestore: (id: string) => void;
}

export function TemplateCard({
  template,
  hidden,
  onEdit,
  onDuplicate,
  onDelete,
  onHide,
  onRestore,
}: TemplateCardProps) {
  const id = useId();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmDelete) confirmRef.current?.focus();
  }, [confirmDelete]);

  const badges = [
    t(STEP_LABEL[template.step]),
    t(KIND_LABEL[template.kind]),
    t(LANG_LABEL[template.lang]),
    ...(template.emotions ?? []).map((e) => t(EMOTION_LABEL[e])),
    ...(template.intensity ?? []).map((b) => t(BAND_LABEL[b])),
    ...(template.flags ?? []).map((f) => t(FLAG_LABEL[f])),
    ...(template.disc ?? []).map((d) => t(DISC_LABEL[d])),
  ];

  // The suggestion engine silently skips these; the agent should know why theirs never shows up.
  const escalators = template.builtin ? [] : findEscalators(template.text);

  return (
    <li
      class={hidden ? 'tpl-card tpl-card-hidden' : 'tpl-card'}
      aria-labelledby={`${id}-text`}
      data-testid="template-card"
      data-template-id={template.id}
    >
      {/* Template text is shown as text, never as markup: imported files are untrusted. */}
      <p id={`${id}-text`} class="tpl-text" lang={template.lang}>
        {template.text}
      </p>
      {escalators.length > 0 && (
        <p class="tpl-warning" data-testid="template-card-escalators">
          {t('tplEscalatorWarning', escalators.map((e) => `“${e}”`).join(', '))}
        </p>
      )}
      <ul class="tpl-badges">
        <li class={template.builtin ? 'tpl-badge tpl-origin' : 'tpl-badge tpl-origin tpl-mine'}>
          {t(hidden ? 'tplBadgeHidden' : template.builtin ? 'tplBadgeBuiltin' : 'tplBadgeMine')}
        </li>
        {badges.map((b) => (
          <li key={b} class="tpl-badge">
            {b}
          </li>
        ))}
        {(template.tags ?? []).map((tag) => (
          <li key={`#${tag}`} class="tpl-badge tpl-tag">
            #{tag}
          </li>
        ))}
      </ul>
      <div class="hl-row tpl-actions">
        {hidden ? (
          <Action label={t('tplRestore')} of={id} testId="template-restore" onClick={() => onRestore(template.id)} />
        ) : (
          <Action
            label={t('tplDuplicate')}
            of={id}
            testId="template-duplicate"
            onClick={() => onDuplicate(template.id)}
          />
        )}
        {!hidden && template.builtin && (
          <Action label={t('tplHide')} of={id} testId="template-hide" onClick={() => onHide(template.id)} />
        )}
        {!template.builtin && (
          <Action label={t('tplEdit')} of={id} testId="template-edit" onClick={() => onEdit(template.id)} />
        )}
        {!template.builtin &&
          (confirmDelete ? (
            <>
              <button
                type="button"
                ref={confirmRef}
                class="hl-button hl-primary hl-danger"
                aria-describedby={`${id}-text`}
                data-testid="template-delete-confirm"
                onClick={() => onDelete(template.id)}
              >
                {t('tplDeleteConfirm')}
              </button>
              <Action
                label={t('tplCancel')}
                of={id}
                testId="template-delete-cancel"
                onClick={() => setConfirmDelete(false)}
              />
            </>
          ) : (
            <Action
              label={t('tplDelete')}
              of={id}
              testId="template-delete"
              danger
              onClick={() => setConfirmDelete(true)}
            />
          ))}
      </div>
    </li>
  );
}

interface ActionProps {
  label: string;
  /** Id prefix of the card, so a screen reader hears which template the button acts on. */
  of: string;
  testId: string;
  danger?: boolean;
  onClick: () => void;
}

function Action({ label, of, testId, danger, onClick }: ActionProps) {
  return (
    <button
      type="button"
      class={danger ? 'hl-button hl-danger' : 'hl-button'}
      aria-describedby={`${of}-text`}
      data-testid={testId}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
