import { t } from '@/lib/i18n';

/** Shown above the read-out when the reader is unsure it found the conversation: one click to pick it. */
export function ReaderNotice({ onPick }: { onPick: () => void }) {
  return (
    <section class="card reader-notice" data-testid="reader-unsure" role="status">
      <p class="muted">{t('readerUnsure')}</p>
      <button type="button" class="btn btn-primary" onClick={onPick}>
        {t('actionPick')}
      </button>
    </section>
  );
}
