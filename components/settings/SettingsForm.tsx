import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import './settings.css';
import { browser } from 'wxt/browser';
import { resetToughCounts as resetStoredToughCounts } from '@/lib/care/tough-counter';
import { type MessageKey, t } from '@/lib/i18n';
import { askBackground } from '@/lib/messaging';
import { loadSettings, type Settings, saveSettings, type UiLanguage, watchSettings } from '@/lib/settings';
import { clearAllData } from './clear-all';
import { storageErrorText } from './storage-error';
import { applyUiLanguage } from './ui-language';

export interface SettingsFormProps {
  /** Panel drawer: smaller headings, fewer hints, and a way to the full options page. */
  compact?: boolean;
  /** Runs after "Clear all data" so the host can reload whatever else it shows (e.g. the template library). */
  onCleared?: () => void;
  /** Resets the local "tough conversations" counts (defaults to the care module's own reset). */
  resetToughCounts?: () => Promise<void>;
  /** Level of the section headings inside each legend, to fit the host page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** How long typing must pause before a text field is saved. */
  debounceMs?: number;
  /**
   * The page's own settings signal (the panel's state), kept current by the page: the form shows and
   * edits that one copy instead of loading and watching its own. Without it (the options page) the form
   * is the page's one place for settings and follows storage itself.
   */
  source?: Signal<Settings>;
}

type TextField = 'agentName' | 'company';
type Toggle = 'discEnabled' | 'careEnabled' | 'toughCountsEnabled';
type Status = { key: MessageKey; subs?: string[]; error?: boolean } | null;

const LANGUAGES: ReadonlyArray<[UiLanguage, MessageKey]> = [
  ['auto', 'optLanguageAuto'],
  ['en', 'optLanguageEn'],
  ['zh-Hans', 'optLanguageZhHans'],
  ['zh-Hant', 'optLanguageZhHant'],
];
// Each option names itself in its own language, whatever the UI language is.
const OPTION_LANG: Partial<Record<UiLanguage, string>> = { en: 'en', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant' };

// Quota errors read as advice in the agent's language; anything else keeps the browser's words.
const errorText = storageErrorText;

export function SettingsForm({
  compact = false,
  onCleared,
  resetToughCounts = resetStoredToughCounts,
  headingLevel = 3,
  debounceMs = 400,
  source,
}: SettingsFormProps) {
  const own = useSignal<Settings | null>(null);
  // One signal either way; the panel's never holds null, so widening its type here is safe.
  const shared = (source ?? own) as Signal<Settings | null>;
  const setSettings = (next: Settings | null | ((s: Settings | null) => Settings | null)) => {
    shared.value = typeof next === 'function' ? next(shared.value) : next;
  };
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Text edits not yet written; a storage echo of an older value must not overwrite what is being typed.
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // saveSettings reads then writes, so two saves in flight could drop each other's field: run them in turn.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';

  useEffect(() => {
    let live = true;
    const unwatch = source
      ? () => {}
      : watchSettings((s) => {
          if (live) own.value = s;
        });
    if (!source) {
      loadSettings().then((s) => {
        if (live) own.value = s;
      });
    }
    return () => {
      live = false;
      unwatch();
      // Whatever was typed just before the drawer closed still gets saved.
      flushRef.current();
    };
  }, [source, own]);
  // What is being typed wins over a storage echo of an older value until it is saved.
  const settings = shared.value ? { ...shared.value, ...pending.current } : null;

  // Keyboard users land on the safe choice when asked, and back on the button when the question goes away.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) clearRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function save(patch: Partial<Settings>): Promise<unknown> {
    queue.current = queue.current
      .then(() => saveSettings(patch))
      .then(
        () => setStatus({ key: 'optSaved' }),
        (e) => setStatus({ key: 'optSaveFailed', subs: [errorText(e)], error: true }),
      );
    return queue.current;
  }

  function flush() {
    clearTimeout(timer.current);
    timer.current = undefined;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length) save(patch);
  }

  const flushRef = useRef(flush);
  flushRef.current = flush;

  function onText(field: TextField, value: string) {
    setSettings((s) => (s ? { ...s, [field]: value } : s));
    pending.current = { ...pending.current, [field]: value };
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, debounceMs);
  }

  function onToggle(field: Toggle, value: boolean) {
    setSettings((s) => (s ? { ...s, [field]: value } : s));
    save({ [field]: value });
  }

  function onLanguage(value: UiLanguage) {
    setSettings((s) => (s ? { ...s, uiLanguage: value } : s));
    applyUiLanguage(value);
    save({ uiLanguage: value });
  }

  async function removeSite(origin: string) {
    try {
      const reply = await askBackground('disableSite', { origin });
      if (!reply?.ok) throw new Error('refused');
      setSettings((s) => (s ? { ...s, enabledSites: s.enabledSites.filter((o) => o !== origin) } : s));
      setStatus({ key: 'optSiteRemoved', subs: [origin] });
    } catch {
      setStatus({ key: 'optSiteRemoveFailed', subs: [origin], error: true });
    }
  }

  async function resetCounts() {
    try {
      await resetToughCounts();
      setStatus({ key: 'optToughResetDone' });
    } catch (e) {
      setStatus({ key: 'optSaveFailed', subs: [errorText(e)], error: true });
    }
  }

  async function clearEverything() {
    setBusy(true);
    clearTimeout(timer.current);
    pending.current = {};
    try {
      await queue.current;
      await clearAllData(settings?.enabledSites ?? []);
      const fresh = await loadSettings();
      setSettings(fresh);
      applyUiLanguage(fresh.uiLanguage);
      setStatus({ key: 'optCleared' });
      onCleared?.();
    } catch (e) {
      setStatus({ key: 'optClearFailed', subs: [errorText(e)], error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const statusLine = (
    <p
      class={status?.error ? 'hl-status hl-status-error' : 'hl-status'}
      role="status"
      aria-live="polite"
      data-testid="settings-status"
    >
      {status ? t(status.key, ...(status.subs ?? [])) : ''}
    </p>
  );

  if (!settings) {
    return (
      <div class="hl-settings" aria-busy="true" data-testid="settings-form">
        {statusLine}
      </div>
    );
  }

  return (
    <form
      class={compact ? 'hl-settings hl-compact' : 'hl-settings'}
      data-testid="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        flush();
      }}
    >
      <fieldset>
        <legend>
          <H class="hl-legend">{t('optAboutYouLegend')}</H>
        </legend>
        {!compact && <p class="hl-hint">{t('optAboutYouHint')}</p>}
        <div class="hl-field">
          <label for={`${id}-agent`}>{t('optAgentName')}</label>
          <input
            id={`${id}-agent`}
            type="text"
            autocomplete="name"
            maxLength={80}
            value={settings.agentName}
            data-testid="settings-agent-name"
            onInput={(e) => onText('agentName', e.currentTarget.value)}
            onBlur={flush}
          />
        </div>
        <div class="hl-field">
          <label for={`${id}-company`}>{t('optCompany')}</label>
          <input
            id={`${id}-company`}
            type="text"
            autocomplete="organization"
            maxLength={80}
            value={settings.company}
            data-testid="settings-company"
            onInput={(e) => onText('company', e.currentTarget.value)}
            onBlur={flush}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>
          <H class="hl-legend">{t('optLanguageLegend')}</H>
        </legend>
        <div class="hl-choices">
          {LANGUAGES.map(([value, key]) => (
            <label key={value} class="hl-choice" lang={OPTION_LANG[value]}>
              <input
                type="radio"
                name={`${id}-lang`}
                value={value}
                checked={settings.uiLanguage === value}
                data-testid={`settings-lang-${value}`}
                onChange={() => onLanguage(value)}
              />
              {t(key)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>
          <H class="hl-legend">{t('optFeaturesLegend')}</H>
        </legend>
        <Check
          label={t('optDisc')}
          hint={compact ? undefined : t('optDiscHint')}
          checked={settings.discEnabled}
          testId="settings-disc"
          onChange={(v) => onToggle('discEnabled', v)}
        />
        <Check
          label={t('optCare')}
          checked={settings.careEnabled}
          testId="settings-care"
          onChange={(v) => onToggle('careEnabled', v)}
        />
        <Check
          label={t('optTough')}
          hint={t('optToughHint')}
          checked={settings.toughCountsEnabled}
          testId="settings-tough"
          onChange={(v) => onToggle('toughCountsEnabled', v)}
        />
        <button type="button" class="hl-button" data-testid="settings-tough-reset" onClick={resetCounts}>
          {t('optToughReset')}
        </button>
      </fieldset>

      <fieldset>
        <legend>
          <H class="hl-legend">{t('optSitesLegend')}</H>
        </legend>
        {settings.enabledSites.length === 0 ? (
          <p class="hl-hint" data-testid="settings-sites-empty">
            {t('optSitesEmpty')}
          </p>
        ) : (
          <ul class="hl-sites" data-testid="settings-sites">
            {settings.enabledSites.map((origin) => (
              <li key={origin} data-testid="settings-site">
                <span class="hl-site-origin">{origin}</span>
                <button
                  type="button"
                  class="hl-button"
                  aria-label={t('optSiteRemoveLabel', origin)}
                  data-testid="settings-site-remove"
                  onClick={() => removeSite(origin)}
                >
                  {t('optSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>
          <H class="hl-legend">{t('optDataLegend')}</H>
        </legend>
        {!compact && <p class="hl-hint">{t('optDataHint')}</p>}
        {!confirming ? (
          <button
            type="button"
            ref={clearRef}
            class="hl-button hl-danger"
            data-testid="settings-clear"
            onClick={() => setConfirming(true)}
          >
            {t('optClearAll')}
          </button>
        ) : (
          <fieldset class="hl-confirm">
            <legend>{t('optClearConfirmText')}</legend>
            <div class="hl-row">
              <button
                type="button"
                class="hl-button hl-danger"
                disabled={busy}
                data-testid="settings-clear-confirm"
                onClick={clearEverything}
              >
                {t('optClearConfirm')}
              </button>
              <button
                type="button"
                ref={cancelRef}
                class="hl-button"
                disabled={busy}
                data-testid="settings-clear-cancel"
                onClick={() => setConfirming(false)}
              >
                {t('optCancel')}
              </button>
            </div>
          </fieldset>
        )}
      </fieldset>

      {compact && (
        <p>
          <button
            type="button"
            class="hl-link"
            data-testid="settings-open-options"
            onClick={() => browser.runtime.openOptionsPage()}
          >
            {t('optOpenFull')}
          </button>
        </p>
      )}
      {statusLine}
    </form>
  );
}

interface CheckProps {
  label: string;
  hint?: string;
  checked: boolean;
  testId: string;
  onChange: (value: boolean) => void;
}

function Check({ label, hint, checked, testId, onChange }: CheckProps) {
  const id = useId();
  return (
    <div class="hl-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hl-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
