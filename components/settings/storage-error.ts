import { t } from '@/lib/i18n';

/**
 * What went wrong with a storage write, in the agent's language. Chrome's own wording ("Resource::kQuotaBytes
 * quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded") says nothing about what to do next.
 */
export function storageErrorText(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(raw)) return t('errStorageBusy');
  if (/quota/i.test(raw)) return t('errStorageFull');
  return raw;
}
